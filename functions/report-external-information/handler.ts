import { contract } from '../../shared/api/routes/report-external-information';
import { hungYenProfile } from '../../shared/compliance/profile';
import { issuer } from '../../shared/config/issuer';
import {
  externalInformationFileName,
  externalInformationXlsx,
} from '../../shared/history/external-information-files';
import { XLSX_TYPE } from '../../shared/history/workbook';
import { FileDownload } from '../../shared/http/contract';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { DOCX_TYPE } from '../../shared/use-cases/draft-documents';
import {
  buildExternalInformationReport,
  draftExternalInformationReport,
} from '../../shared/use-cases/external-plan';
import { agencyDirectory, officialDirectory } from '../../shared/wiring/directories';
import { externalPlans, readMeetings, reportSource } from '../../shared/wiring/stores';

const deps = {
  source: reportSource(),
  plans: externalPlans(),
  officials: officialDirectory(),
  meetings: readMeetings(),
  agencies: agencyDirectory(),
  profile: hungYenProfile,
  issuer: issuer(),
};

/** The year's report on the external-information plan: JSON for the console, .docx to sign, XLSX to sum. */
export const handler = httpRoute(functions.reportExternalInformation, contract, async ({ query }) => {
  if (query.format === 'docx') {
    const draft = await draftExternalInformationReport(query.year, query, deps, new Date());
    return new FileDownload(draft.content, DOCX_TYPE, draft.fileName);
  }
  const report = await buildExternalInformationReport(query.year, deps);
  if (query.format === 'xlsx')
    return new FileDownload(
      await externalInformationXlsx(report),
      XLSX_TYPE,
      externalInformationFileName(report, 'xlsx'),
    );
  return report;
});
