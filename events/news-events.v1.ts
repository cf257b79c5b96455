import * as z from 'zod';
import { defineEvent } from './envelope';

/** What every step of a visit's news item says: whose visit, at which version, the news title. */
const step = {
  delegationId: z.string(),
  version: z.number().int().positive(),
  title: z.string(),
};

export const NewsSubmittedV1 = defineEvent({
  name: 'News.Submitted',
  version: 1,
  description: "The Office submitted the visit's news item for the portal to leadership.",
  dataSchema: z.object(step),
});

export const NewsApprovedV1 = defineEvent({
  name: 'News.Approved',
  version: 1,
  description: "Leadership approved the visit's news item: the Information Centre may publish it.",
  dataSchema: z.object({ ...step, note: z.string().optional() }),
});

export const NewsReturnedV1 = defineEvent({
  name: 'News.Returned',
  version: 1,
  description: "Leadership returned the visit's news item to the Office, saying what to change.",
  dataSchema: z.object({ ...step, note: z.string() }),
});

export const NewsPublishedV1 = defineEvent({
  name: 'News.Published',
  version: 1,
  description: "The visit's news item is on the Department's portal, at the recorded address.",
  dataSchema: z.object({ ...step, url: z.string() }),
});
