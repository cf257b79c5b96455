import { DynamoComplianceReportRepository } from '../../shared/adapters/compliance-report-repository';
import { DynamoDelegationRepository } from '../../shared/adapters/delegation-repository';
import { documentClient, tableName } from '../../shared/adapters/dynamo-client';
import { readableReport } from '../../shared/compliance/readable-report';
import { NotFoundError } from '../../shared/domain/errors';
import { delegationIdParams } from '../../shared/http/path-params';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';

const delegations = new DynamoDelegationRepository(documentClient, tableName());
const reports = new DynamoComplianceReportRepository(documentClient, tableName());

export const handler = httpRoute(
  functions.getCompliance,
  { params: delegationIdParams },
  async ({ params }) => {
    const delegation = await delegations.get(params.id);
    if (!delegation) throw new NotFoundError(`No delegation has the id ${params.id}.`);
    const latest = await reports.latest(params.id);
    if (!latest)
      throw new NotFoundError('This delegation has not been checked yet; try again in a few seconds.');
    return {
      statusCode: 200,
      body: {
        ...readableReport(latest.report),
        /** False while a newer version of the registration is still being checked. */
        current: delegation.compliance?.reportVersion === latest.report.delegationVersion,
        delegationStatus: delegation.status,
      },
    };
  },
);
