import { contract } from '../../shared/api/routes/confirm-attachment-upload';
import { ConflictError, UnprocessableError } from '../../shared/domain/errors';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { confirmUpload } from '../../shared/use-cases/attachments';
import { storedFiles } from '../../shared/wiring/files';
import { attachmentRecords } from '../../shared/wiring/stores';
import { outbox } from '../../shared/wiring/writable-stores';

const deps = { attachments: attachmentRecords(outbox()), files: storedFiles() };

export const handler = httpRoute(functions.confirmAttachmentUpload, contract, async (request) => {
  const {
    objectKey: _key,
    objectVersion: _version,
    ...attachment
  } = await confirmUpload(
    {
      delegationId: request.params.id,
      attachmentId: request.params.attachmentId,
      actor: request.actor,
      now: new Date(),
      correlationId: request.correlationId,
      from: 'console',
    },
    deps,
  );
  if (attachment.status === 'deleted')
    throw new ConflictError('This file was deleted; ask for a new upload to add it again.', {
      status: attachment.status,
      deletedAt: attachment.deletion?.deletedAt,
    });
  if (attachment.status === 'refused')
    throw new UnprocessableError("The file's content is not what was declared; it was deleted.", {
      refusalVi: attachment.refusal,
    });
  return attachment;
});
