import middy from '@middy/core';
import type { Context, EventBridgeEvent } from 'aws-lambda';
import * as z from 'zod';
import { NotFoundError } from '../../shared/domain/errors';
import { observability } from '../../shared/observability/lambda-middlewares';
import { logger } from '../../shared/observability/logger';
import { confirmUpload } from '../../shared/use-cases/attachments';
import { systemActor } from '../../shared/use-cases/transition';
import { storedFiles } from '../../shared/wiring/files';
import { attachmentRecords } from '../../shared/wiring/stores';
import { outbox } from '../../shared/wiring/writable-stores';

const deps = { attachments: attachmentRecords(outbox()), files: storedFiles() };
const BUCKET = systemActor('attachments-bucket');
/** The keys this backend writes: delegations/<delegation id>/<attachment id>. */
const KEY = /^delegations\/([^/]+)\/([^/]+)$/;
const detailSchema = z.object({ object: z.object({ key: z.string() }) });

type ObjectCreated = EventBridgeEvent<'Object Created', unknown>;

/**
 * S3's "Object Created" event, delivered by EventBridge: the upload is checked as the console's
 * confirmation would check it. Whichever comes second finds the record decided and changes nothing.
 */
export const handler = middy<ObjectCreated, void, Error, Context>()
  .use(observability())
  .handler(async (event) => {
    const key = decodeURIComponent(detailSchema.parse(event.detail).object.key.replace(/\+/g, ' '));
    const [, delegationId, attachmentId] = KEY.exec(key) ?? [];
    if (!delegationId || !attachmentId) {
      logger.warn('An object outside the dossier layout was created; nothing to confirm', { key });
      return;
    }
    try {
      const attachment = await confirmUpload(
        {
          delegationId,
          attachmentId,
          actor: BUCKET,
          now: new Date(),
          correlationId: `s3:${event.id}`,
          from: 'bucket',
        },
        deps,
      );
      logger.info('Upload checked', { delegationId, attachmentId, status: attachment.status });
    } catch (error) {
      // An object with no record (never requested, or its record expired): nothing to keep it for.
      if (!(error instanceof NotFoundError)) throw error;
      const removed = await deps.files.deleteEveryVersion(key);
      logger.warn('An upload without its record was removed', { key, removed });
    }
  });
