import { contract } from '../../shared/api/routes/news-file';
import { FileDownload } from '../../shared/http/contract';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { newsFile } from '../../shared/use-cases/news';
import { newsDeps } from '../../shared/wiring/news-deps';
import { readDelegations } from '../../shared/wiring/stores';

const deps = { delegations: readDelegations(), ...newsDeps() };

export const handler = httpRoute(functions.newsFile, contract, async ({ params, query }) => {
  const file = await newsFile(params.id, query.format, deps, new Date());
  return new FileDownload(file.content, file.type, file.fileName);
});
