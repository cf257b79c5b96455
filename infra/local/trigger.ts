/** `npm run trigger -- <job> [--at 2026-12-31T16:00:00+07:00]`: runs a schedule on the running local stack now. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOrCreateLocalKeys, signLocalToken } from './local-auth';
import { localPaths } from './paths';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { at: { type: 'string' } } });
const [job] = positionals;
if (!job) {
  console.error(
    'Usage: npm run trigger -- <visit-progress|overdue-reports|quarterly-report|yearly-report|conference-report> [--at <ISO time>]',
  );
  process.exit(2);
}
const url = `http://localhost:${process.env.PORT ?? 3000}/_local/schedules/${job}`;
const keys = await loadOrCreateLocalKeys(resolve(localPaths().authKeyFile));
const response = await fetch(url, {
  method: 'POST',
  headers: { authorization: `Bearer ${await signLocalToken(keys.privateKey, { roles: ['admin'] })}` },
  body: JSON.stringify(values.at ? { scheduledTime: new Date(values.at).toISOString() } : {}),
}).catch((error: Error) => {
  console.error(`Could not reach the local stack at ${url} (${error.message}); start it with npm start.`);
  process.exit(1);
});
console.log(JSON.stringify(await response.json(), null, 2));
process.exit(response.ok ? 0 : 1);
