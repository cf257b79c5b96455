import { contract } from '../../shared/api/routes/list-divisions';
import { listDirectory } from '../../shared/http/directory-routes';
import { functions } from '../../shared/manifest';
import { divisionDirectory } from '../../shared/wiring/directories';

export const handler = listDirectory(functions.listDivisions, contract, divisionDirectory());
