/** What the deployment tells the console (`config.json`, written by the stack or the local runtime). */
export interface ConsoleConfig {
  /** `local`: the local stack's developer sign-in; `cognito`: the user pool's managed login. */
  auth: 'local' | 'cognito';
  /** The API's base URL; empty when the API shares the console's origin. */
  apiUrl: string;
  cognito?: {
    /** https://cognito-idp.<region>.amazonaws.com/<user pool id> */
    authority: string;
    clientId: string;
    /** The managed login's domain, for signing out. */
    domain: string;
  };
}

export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch('./config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: ${response.status}`);
  return (await response.json()) as ConsoleConfig;
}
