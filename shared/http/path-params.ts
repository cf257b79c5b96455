import * as z from 'zod';

/** Ids are ULIDs, but any short token is accepted so that an unknown id is a 404, not a 400. */
export const delegationIdParams = z.object({ id: z.string().min(1).max(64) });

export const meetingParams = delegationIdParams.extend({ meetingId: z.string().min(1).max(64) });

export const attachmentParams = delegationIdParams.extend({ attachmentId: z.string().min(1).max(64) });

/** A task of the compliance report, by its key (letters, digits, "_", "-", "."). */
export const taskParams = delegationIdParams.extend({
  taskKey: z.string().regex(/^[A-Za-z0-9_.-]{1,200}$/, 'A task key as the compliance report gives it'),
});
