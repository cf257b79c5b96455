import { contract } from '../../shared/api/routes/change-news';
import { issuer } from '../../shared/config/issuer';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { changeNews } from '../../shared/use-cases/news';
import { officialDirectory } from '../../shared/wiring/directories';
import { readMeetings } from '../../shared/wiring/stores';
import { writableDelegations } from '../../shared/wiring/writable-stores';

const deps = {
  delegations: writableDelegations(),
  meetings: readMeetings(),
  officials: officialDirectory(),
  issuer: issuer(),
};

export const handler = httpRoute(functions.changeNews, contract, (request) =>
  changeNews(request.params.id, request.body, commandContext(request), deps),
);
