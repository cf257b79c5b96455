import { divisionDirectory } from '../../shared/adapters/directories';
import { divisionListSchema } from '../../shared/domain/divisions';
import { replaceDirectory } from '../../shared/http/directory-routes';
import { functions } from '../../shared/manifest';

export const handler = replaceDirectory(functions.replaceDivisions, divisionDirectory(), divisionListSchema);
