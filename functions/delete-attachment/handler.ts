import { contract } from '../../shared/api/routes/delete-attachment';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { deleteAttachment } from '../../shared/use-cases/attachments';
import { storedFiles } from '../../shared/wiring/files';
import { attachmentRecords } from '../../shared/wiring/stores';
import { outbox } from '../../shared/wiring/writable-stores';

const deps = { attachments: attachmentRecords(outbox()), files: storedFiles() };

export const handler = httpRoute(functions.deleteAttachment, contract, async (request) => {
  const {
    objectKey: _key,
    objectVersion: _version,
    ...attachment
  } = await deleteAttachment(
    {
      delegationId: request.params.id,
      attachmentId: request.params.attachmentId,
      reason: request.body.reason,
      actor: request.actor,
      now: new Date(),
      correlationId: request.correlationId,
    },
    deps,
  );
  return attachment;
});
