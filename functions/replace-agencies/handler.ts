import { agencyDirectory } from '../../shared/adapters/directories';
import { agencyListSchema } from '../../shared/domain/agency-directory';
import { replaceDirectory } from '../../shared/http/directory-routes';
import { functions } from '../../shared/manifest';

export const handler = replaceDirectory(functions.replaceAgencies, agencyDirectory(), agencyListSchema);
