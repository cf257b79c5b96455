import { divisionDirectory } from '../../shared/adapters/directories';
import { listDirectory } from '../../shared/http/directory-routes';
import { functions } from '../../shared/manifest';

export const handler = listDirectory(functions.listDivisions, divisionDirectory());
