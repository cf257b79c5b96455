/** `npm run client`: writes the API's TypeScript types for the typed client (shared/api/client). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CLIENT_TYPES_FILE, clientTypes } from './client-types';

writeFileSync(resolve(import.meta.dirname, '../..', CLIENT_TYPES_FILE), await clientTypes());
console.log(`Wrote ${CLIENT_TYPES_FILE}`);
