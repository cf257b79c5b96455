import { contract } from '../../shared/api/routes/list-attachments';
import { maxAttachmentBytes } from '../../shared/domain/attachment';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { listAttachments } from '../../shared/use-cases/attachments';
import { fileLinks } from '../../shared/wiring/files';
import { attachmentRecords, readDelegations } from '../../shared/wiring/stores';

const deps = { delegations: readDelegations(), attachments: attachmentRecords(), files: fileLinks() };
const maxBytes = maxAttachmentBytes();

export const handler = httpRoute(functions.listAttachments, contract, ({ params, query }) =>
  listAttachments(
    {
      delegationId: params.id,
      now: new Date(),
      maxUploadBytes: maxBytes,
      cursor: query.cursor,
      limit: query.limit,
    },
    deps,
  ),
);
