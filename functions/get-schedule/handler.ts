import { contract } from '../../shared/api/routes/get-schedule';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { buildSchedule } from '../../shared/use-cases/schedule';
import { readMeetings, reportSource } from '../../shared/wiring/stores';

const deps = { source: reportSource(), meetings: readMeetings() };

export const handler = httpRoute(functions.getSchedule, contract, ({ query }) =>
  buildSchedule(query.from, query.to, deps),
);
