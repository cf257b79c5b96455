import { divisionListSchema } from '../../shared/domain/divisions';
import { replaceDirectory } from '../../shared/http/directory-routes';
import { functions } from '../../shared/manifest';
import { divisionDirectory } from '../../shared/wiring/directories';

export const handler = replaceDirectory(functions.replaceDivisions, divisionDirectory(), divisionListSchema);
