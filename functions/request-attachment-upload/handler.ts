import { contract } from '../../shared/api/routes/request-attachment-upload';
import { maxAttachmentBytes } from '../../shared/domain/attachment';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { requestUpload } from '../../shared/use-cases/attachments';
import { fileLinks } from '../../shared/wiring/files';
import { attachmentRecords, idempotencyStore, readDelegations } from '../../shared/wiring/stores';

const deps = { delegations: readDelegations(), attachments: attachmentRecords(), files: fileLinks() };
const maxBytes = maxAttachmentBytes();

export const handler = httpRoute(
  functions.requestAttachmentUpload,
  contract,
  async ({ params, body, actor, newId }) => {
    const {
      attachment: { objectKey: _key, objectVersion: _version, ...attachment },
      upload,
    } = await requestUpload(
      { delegationId: params.id, file: body, actor, newId, now: new Date(), maxBytes },
      deps,
    );
    return { attachment, upload };
  },
  // A retry gets a fresh link to the same record: the first one may have expired meanwhile.
  { idempotency: idempotencyStore(), replay: 'rerun' },
);
