import { holidayYearInputSchema, holidayYearParams } from '../../domain/holiday-year';
import { routeContract } from '../../http/contract';
import { holidayYearView } from '../responses/holidays';

export const contract = routeContract({
  summary: "Correct a year's holidays from the government's notice; visits not yet started are checked again",
  params: holidayYearParams,
  body: holidayYearInputSchema,
  ok: { status: 200, schema: holidayYearView, description: 'The saved year (ETag = its version)' },
  ifMatch: 'required',
  idempotencyKey: 'none',
  etag: (year) => year.version,
});
