/**
 * The console's security headers, sent by CloudFront in AWS and by the local gateway: no inline
 * script or style, the API and Cognito as the only places it talks to, never framed.
 */
export function consoleContentSecurityPolicy(connect: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Ant Design writes its styles at run time into <style> elements (CSS-in-JS).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...connect].join(' '),
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** The headers the local gateway sends with the console, as CloudFront's policy does in AWS. */
export const consoleSecurityHeaders = (connect: readonly string[] = []) =>
  ({
    'content-security-policy': consoleContentSecurityPolicy(connect),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'same-origin',
  }) as const;
