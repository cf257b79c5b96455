/** `npm run -s token -- <role> [more roles]` prints a JWT the local stack accepts for those roles. */
import { resolve } from 'node:path';
import { type Role, roles } from '../../shared/manifest';
import { loadOrCreateLocalKeys, signLocalToken } from './local-auth';
import { localPaths } from './paths';

const requested = process.argv.slice(2);
const unknown = requested.filter((role) => !(roles as readonly string[]).includes(role));
if (requested.length === 0 || unknown.length > 0) {
  console.error(`Usage: npm run -s token -- <${roles.join('|')}> [more roles]`);
  process.exit(2);
}
const keys = await loadOrCreateLocalKeys(resolve(localPaths().authKeyFile));
console.log(await signLocalToken(keys.privateKey, { roles: requested as Role[] }));
