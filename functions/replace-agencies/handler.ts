import { agencyListSchema } from '../../shared/domain/agency-directory';
import { replaceDirectory } from '../../shared/http/directory-routes';
import { functions } from '../../shared/manifest';
import { agencyDirectory } from '../../shared/wiring/directories';

export const handler = replaceDirectory(functions.replaceAgencies, agencyDirectory(), agencyListSchema);
