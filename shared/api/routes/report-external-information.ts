import { routeContract } from '../../http/contract';
import { externalInformationQuerySchema, externalInformationReportSchema } from '../external-plan-schemas';
import { REPORT_FILES } from '../responses/reports';
import { DOCX_FILES } from './draft-visit-document';

export const contract = routeContract({
  summary: 'The yearly report on carrying out the external-information plan (JSON, .docx or XLSX)',
  query: externalInformationQuerySchema,
  ok: {
    status: 200,
    schema: externalInformationReportSchema,
    files: [...DOCX_FILES, REPORT_FILES[1]],
    description:
      'For the year’s reporting period (Nghị định 09/2019/NĐ-CP, Điều 12: 15/12 of the year before to 14/12, unless the profile uses calendar years): visits received by partner type, country and activity, conferences, agreements signed, news published with their addresses, events organised, training, the leader and focal official, and the budget. The .docx is the report to the Provincial People’s Committee with the narrative left for the Office.',
  },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
