import * as z from 'zod';

/** Ids are ULIDs, but any short token is accepted so that an unknown id is a 404, not a 400. */
export const delegationIdParams = z.object({ id: z.string().min(1).max(64) });

export const meetingParams = delegationIdParams.extend({ meetingId: z.string().min(1).max(64) });

export const attachmentParams = delegationIdParams.extend({ attachmentId: z.string().min(1).max(64) });
