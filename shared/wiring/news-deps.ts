import { issuer } from '../config/issuer';
import type { NewsDeps } from '../use-cases/news';
import { officialDirectory } from './directories';
import { fileLinks } from './files';
import { attachmentRecords, readMeetings } from './stores';

/** What the news routes read besides the visit: its meetings, the officials who received it, the Department's names, the dossier's photos. */
export const newsDeps = (): Omit<NewsDeps, 'delegations'> => ({
  meetings: readMeetings(),
  officials: officialDirectory(),
  issuer: issuer(),
  attachments: attachmentRecords(),
  files: fileLinks(),
});
