import { holidayYearParams } from '../../domain/holiday-year';
import { routeContract } from '../../http/contract';
import { holidayYears } from '../responses/holidays';

export const contract = routeContract({
  summary: 'Public holidays and make-up working days of each year (or of `year`), with their versions',
  query: holidayYearParams.partial(),
  ok: {
    status: 200,
    schema: holidayYears,
    description: 'The years (ETag = version when one year is asked for; 0: as shipped)',
  },
  ifMatch: 'none',
  idempotencyKey: 'none',
  etag: ({ items }) => (items.length === 1 ? items[0]?.version : undefined),
});
