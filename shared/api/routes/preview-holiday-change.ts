import { holidayYearInputSchema, holidayYearParams } from '../../domain/holiday-year';
import { routeContract } from '../../http/contract';
import { holidayChangePreview } from '../responses/holidays';

export const contract = routeContract({
  summary: 'What a correction of a year’s holidays would re-check, before it is saved',
  params: holidayYearParams,
  body: holidayYearInputSchema,
  ok: {
    status: 200,
    schema: holidayChangePreview,
    description: 'The changed days, how many visits would be checked again, and meetings on new days off',
  },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
