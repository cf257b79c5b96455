import { routeContract } from '../../http/contract';
import { attachmentParams } from '../../http/path-params';
import { attachmentView } from '../responses/attachments';

export const contract = routeContract({
  summary: 'Confirm an upload: the file is kept if its content is what was declared',
  params: attachmentParams,
  ok: {
    status: 200,
    schema: attachmentView,
    description:
      'The attachment, available (and on the timeline). 422 when the file is not there yet, or its content or size is not what was declared (the file is then deleted and the record says why).',
  },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
