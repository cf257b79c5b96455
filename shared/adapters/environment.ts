/** Reads a setting the stack (or the local runtime) must provide; fails at cold start, not mid-request. */
export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set`);
  return value;
}
