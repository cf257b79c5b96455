import { contract } from '../../shared/api/routes/complete-task';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { completeTask } from '../../shared/use-cases/complete-task';
import { attachmentRecords, complianceReports } from '../../shared/wiring/stores';
import { writableDelegations } from '../../shared/wiring/writable-stores';

const deps = {
  delegations: writableDelegations(),
  reports: complianceReports(),
  attachments: attachmentRecords(),
};

export const handler = httpRoute(functions.completeTask, contract, (request) =>
  completeTask(request.params.id, request.params.taskKey, request.body, commandContext(request), deps),
);
