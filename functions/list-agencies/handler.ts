import { contract } from '../../shared/api/routes/list-agencies';
import { listDirectory } from '../../shared/http/directory-routes';
import { functions } from '../../shared/manifest';
import { agencyDirectory } from '../../shared/wiring/directories';

export const handler = listDirectory(functions.listAgencies, contract, agencyDirectory());
