import { visitsQuerySchema } from '../../shared/api/request-schemas';
import { visitsCsv, visitsFileName, visitsXlsx, XLSX_TYPE } from '../../shared/history/report-files';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { buildVisitList } from '../../shared/use-cases/reports';
import { divisionDirectory } from '../../shared/wiring/directories';
import { reportSource } from '../../shared/wiring/stores';

const deps = { source: reportSource(), divisions: divisionDirectory() };

/** The visits of a period themselves, as JSON, CSV or XLSX: what a report to the province lists. */
export const handler = httpRoute(
  functions.reportVisits,
  { query: visitsQuerySchema },
  async ({ query: q }) => {
    const list = await buildVisitList(q, deps);
    if (q.format === 'csv') {
      return {
        statusCode: 200,
        file: {
          content: visitsCsv(list),
          contentType: 'text/csv; charset=utf-8',
          fileName: visitsFileName(list, 'csv'),
        },
      };
    }
    if (q.format === 'xlsx') {
      return {
        statusCode: 200,
        file: {
          content: await visitsXlsx(list),
          contentType: XLSX_TYPE,
          fileName: visitsFileName(list, 'xlsx'),
        },
      };
    }
    return { statusCode: 200, body: list };
  },
);
