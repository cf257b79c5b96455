import { officialDirectory } from '../../shared/adapters/directories';
import { officialListSchema } from '../../shared/domain/resources';
import { replaceDirectory } from '../../shared/http/directory-routes';
import { functions } from '../../shared/manifest';

export const handler = replaceDirectory(functions.replaceOfficials, officialDirectory(), officialListSchema);
