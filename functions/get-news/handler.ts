import { contract } from '../../shared/api/routes/get-news';
import { issuer } from '../../shared/config/issuer';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { viewNews } from '../../shared/use-cases/news';
import { officialDirectory } from '../../shared/wiring/directories';
import { readDelegations, readMeetings } from '../../shared/wiring/stores';

const deps = {
  delegations: readDelegations(),
  meetings: readMeetings(),
  officials: officialDirectory(),
  issuer: issuer(),
};

export const handler = httpRoute(functions.getNews, contract, ({ params, actor }) =>
  viewNews(params.id, actor, deps),
);
