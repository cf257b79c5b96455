import { issuer } from '../config/issuer';
import type { NewsDeps } from '../use-cases/news';
import { officialDirectory } from './directories';
import { readMeetings } from './stores';

/** What the news routes read besides the visit: its meetings, the officials who received it, the Department's names. */
export const newsDeps = (): Omit<NewsDeps, 'delegations'> => ({
  meetings: readMeetings(),
  officials: officialDirectory(),
  issuer: issuer(),
});
