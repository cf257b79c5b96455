import { DynamoDelegationRepository } from '../../shared/adapters/delegation-repository';
import { documentClient, tableName } from '../../shared/adapters/dynamo-client';
import { NotFoundError } from '../../shared/domain/errors';
import { delegationIdParams } from '../../shared/http/path-params';
import { etagOf } from '../../shared/http/preconditions';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';

const delegations = new DynamoDelegationRepository(documentClient, tableName());

export const handler = httpRoute(
  functions.getDelegation,
  { params: delegationIdParams },
  async ({ params }) => {
    const delegation = await delegations.get(params.id);
    if (!delegation) throw new NotFoundError(`No delegation has the id ${params.id}.`);
    return { statusCode: 200, body: delegation, headers: { etag: etagOf(delegation.revision) } };
  },
);
