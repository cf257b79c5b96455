import { contract } from '../../shared/api/routes/draft-periodic-report';
import { hungYenProfile } from '../../shared/compliance/profile';
import { issuer } from '../../shared/config/issuer';
import { FileDownload } from '../../shared/http/contract';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { DOCX_TYPE, draftPeriodicReport } from '../../shared/use-cases/draft-documents';
import { agencyDirectory, divisionDirectory, officialDirectory } from '../../shared/wiring/directories';
import { reportSource } from '../../shared/wiring/stores';

const deps = {
  source: reportSource(),
  divisions: divisionDirectory(),
  officials: officialDirectory(),
  agencies: agencyDirectory(),
  profile: hungYenProfile,
  issuer: issuer(),
};

export const handler = httpRoute(functions.draftPeriodicReport, contract, async ({ query }) => {
  const draft = await draftPeriodicReport(query, deps, new Date());
  return new FileDownload(draft.content, DOCX_TYPE, draft.fileName);
});
