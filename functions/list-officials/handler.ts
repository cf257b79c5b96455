import { contract } from '../../shared/api/routes/list-officials';
import { listDirectory } from '../../shared/http/directory-routes';
import { functions } from '../../shared/manifest';
import { officialDirectory } from '../../shared/wiring/directories';

export const handler = listDirectory(functions.listOfficials, contract, officialDirectory());
