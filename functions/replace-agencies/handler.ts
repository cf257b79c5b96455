import { contract } from '../../shared/api/routes/replace-agencies';
import { replaceDirectory } from '../../shared/http/directory-routes';
import { functions } from '../../shared/manifest';
import { agencyDirectory } from '../../shared/wiring/directories';

export const handler = replaceDirectory(functions.replaceAgencies, contract, agencyDirectory());
