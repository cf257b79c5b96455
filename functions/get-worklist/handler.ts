import { contract } from '../../shared/api/routes/get-worklist';
import { hungYenProfile } from '../../shared/compliance/profile';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { buildWorklist } from '../../shared/use-cases/worklist';
import { complianceReports, reportSource } from '../../shared/wiring/stores';

const deps = { source: reportSource(), reports: complianceReports(), profile: hungYenProfile };

export const handler = httpRoute(functions.getWorklist, contract, () => buildWorklist(new Date(), deps));
