/**
 * Confirming an upload whose object vanishes between its size check and its read (another
 * confirmation, the bucket's event or admin's deletion got there first): the answer is the
 * record's decided state, never a 500 that would send the bucket's event to its dead letters.
 */
import { describe, expect, it } from 'vitest';
import type { Attachment } from '../../shared/domain/attachment';
import { StaleVersionError, UnprocessableError } from '../../shared/domain/errors';
import { confirmUpload } from '../../shared/use-cases/attachments';
import type { Attachments, FileObjects } from '../../shared/use-cases/ports/attachments';

const pending: Attachment = {
  id: 'A1',
  delegationId: 'D1',
  fileName: 'Công văn.pdf',
  contentType: 'application/pdf',
  size: 400,
  kind: 'partner-letter',
  status: 'pending',
  objectKey: 'delegations/D1/A1',
  version: 1,
  createdAt: '2026-11-26T02:00:00.000Z',
  createdBy: { sub: 'office-1', roles: ['office'] },
};

/** Records in memory, with the version check the table makes. */
class MemoryAttachments implements Attachments {
  constructor(public record: Attachment) {}
  async get() {
    return this.record;
  }
  async page() {
    return { items: [this.record] };
  }
  async save(next: Attachment, expectedVersion: number | undefined) {
    if (expectedVersion !== this.record.version) throw new StaleVersionError('changed');
    this.record = next;
  }
}

/** An object whose size is known but whose bytes are gone by the time they are read. */
function vanishing(onRead: () => void): FileObjects {
  return {
    head: async () => ({ size: 400, versionId: 'v1' }),
    read: async () => {
      onRead();
      return undefined;
    },
    deleteEveryVersion: async () => 0,
  };
}

const input = {
  delegationId: 'D1',
  attachmentId: 'A1',
  actor: { sub: 'office-1', roles: ['office'] },
  now: new Date('2026-11-26T02:05:00Z'),
  correlationId: 'c',
  from: 'console' as const,
};

describe('Confirming an upload whose file vanishes while it is read', () => {
  it('answers with the deletion admin recorded meanwhile', async () => {
    const attachments = new MemoryAttachments(pending);
    const files = vanishing(() => {
      attachments.record = { ...pending, status: 'deleted', version: 2 };
    });
    await expect(confirmUpload(input, { attachments, files })).resolves.toMatchObject({ status: 'deleted' });
  });

  it('answers with the other confirmation that kept it', async () => {
    const attachments = new MemoryAttachments(pending);
    const files = vanishing(() => {
      attachments.record = { ...pending, status: 'available', version: 2 };
    });
    await expect(confirmUpload(input, { attachments, files })).resolves.toMatchObject({
      status: 'available',
    });
  });

  it('says the file is not there (422) when nobody decided the record', async () => {
    const attachments = new MemoryAttachments(pending);
    await expect(
      confirmUpload(input, { attachments, files: vanishing(() => undefined) }),
    ).rejects.toBeInstanceOf(UnprocessableError);
  });
});
