import { contract } from '../../shared/api/routes/list-news';
import { hungYenProfile } from '../../shared/compliance/profile';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { listNews } from '../../shared/use-cases/news-list';
import { reportSource } from '../../shared/wiring/stores';

const deps = { source: reportSource(), profile: hungYenProfile };

export const handler = httpRoute(functions.listNews, contract, ({ query }) => listNews(query.year, deps));
