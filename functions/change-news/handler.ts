import { contract } from '../../shared/api/routes/change-news';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { changeNews } from '../../shared/use-cases/news';
import { newsDeps } from '../../shared/wiring/news-deps';
import { writableDelegations } from '../../shared/wiring/writable-stores';

const deps = { delegations: writableDelegations(), ...newsDeps() };

export const handler = httpRoute(functions.changeNews, contract, (request) =>
  changeNews(request.params.id, request.body, commandContext(request), deps),
);
