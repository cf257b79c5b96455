import { contract } from '../../shared/api/routes/news-file';
import { issuer } from '../../shared/config/issuer';
import { FileDownload } from '../../shared/http/contract';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { newsFile } from '../../shared/use-cases/news';
import { officialDirectory } from '../../shared/wiring/directories';
import { readDelegations, readMeetings } from '../../shared/wiring/stores';

const deps = {
  delegations: readDelegations(),
  meetings: readMeetings(),
  officials: officialDirectory(),
  issuer: issuer(),
};

export const handler = httpRoute(functions.newsFile, contract, async ({ params, query }) => {
  const file = await newsFile(params.id, query.format, deps, new Date());
  return new FileDownload(file.content, file.type, file.fileName);
});
