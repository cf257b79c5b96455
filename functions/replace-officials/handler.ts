import { contract } from '../../shared/api/routes/replace-officials';
import { replaceDirectory } from '../../shared/http/directory-routes';
import { functions } from '../../shared/manifest';
import { officialDirectory } from '../../shared/wiring/directories';

export const handler = replaceDirectory(
  functions.replaceOfficials,
  contract,
  officialDirectory(),
  (item) => item.id,
);
