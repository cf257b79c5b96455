import { contract } from '../../shared/api/routes/draft-visit-document';
import { hungYenProfile } from '../../shared/compliance/profile';
import { issuer } from '../../shared/config/issuer';
import { FileDownload } from '../../shared/http/contract';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { DOCX_TYPE, draftVisitDocument } from '../../shared/use-cases/draft-documents';
import {
  agencyDirectory,
  divisionDirectory,
  officialDirectory,
  roomDirectory,
} from '../../shared/wiring/directories';
import { complianceReports, readDelegations, readMeetings } from '../../shared/wiring/stores';

const deps = {
  delegations: readDelegations(),
  reports: complianceReports(),
  meetings: readMeetings(),
  rooms: roomDirectory(),
  officials: officialDirectory(),
  agencies: agencyDirectory(),
  divisions: divisionDirectory(),
  profile: hungYenProfile,
  issuer: issuer(),
};

export const handler = httpRoute(functions.draftVisitDocument, contract, async ({ params, query }) => {
  const draft = await draftVisitDocument(params.id, params.kind, query, deps, new Date());
  return new FileDownload(draft.content, DOCX_TYPE, draft.fileName);
});
