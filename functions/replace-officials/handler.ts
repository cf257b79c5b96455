import { officialListSchema } from '../../shared/domain/resources';
import { replaceDirectory } from '../../shared/http/directory-routes';
import { functions } from '../../shared/manifest';
import { officialDirectory } from '../../shared/wiring/directories';

export const handler = replaceDirectory(functions.replaceOfficials, officialDirectory(), officialListSchema);
