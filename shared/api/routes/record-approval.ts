import { externalApprovalInputSchema } from '../../domain/external-approval';
import { routeContract } from '../../http/contract';
import { delegationIdParams } from '../../http/path-params';
import { approvalRecorded } from '../responses/approvals';

export const contract = routeContract({
  summary:
    'Record a permission or permit from an outside authority (conference permission, restricted-area ' +
    'permit, press permit, religious acceptance, content approval, secrets approval); the visit is checked again',
  params: delegationIdParams,
  body: externalApprovalInputSchema,
  ok: {
    status: 201,
    schema: approvalRecorded,
    description: 'The record and the delegation (ETag = its new revision)',
  },
  ifMatch: 'required',
  idempotencyKey: 'none',
  etag: ({ delegation }) => delegation.revision,
});
