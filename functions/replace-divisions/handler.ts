import { contract } from '../../shared/api/routes/replace-divisions';
import { replaceDirectory } from '../../shared/http/directory-routes';
import { functions } from '../../shared/manifest';
import { divisionDirectory } from '../../shared/wiring/directories';

export const handler = replaceDirectory(
  functions.replaceDivisions,
  contract,
  divisionDirectory(),
  (item) => item.id,
);
