import { contract } from '../../shared/api/routes/get-news';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { viewNews } from '../../shared/use-cases/news';
import { newsDeps } from '../../shared/wiring/news-deps';
import { readDelegations } from '../../shared/wiring/stores';

const deps = { delegations: readDelegations(), ...newsDeps() };

export const handler = httpRoute(functions.getNews, contract, ({ params, actor }) =>
  viewNews(params.id, actor, deps),
);
