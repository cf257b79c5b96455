import { retentionMonths } from '../../shared/compliance/personal-data';
import { scheduledJobs } from '../../shared/consumers/scheduled-job';
import { erasePersonalData } from '../../shared/use-cases/erase-personal-data';
import { storedFiles } from '../../shared/wiring/files';
import { attachmentRecords, reportSource } from '../../shared/wiring/stores';
import { eventPublisher, outbox, writableDelegations } from '../../shared/wiring/writable-stores';

const events = outbox(eventPublisher());
const deps = {
  delegations: writableDelegations(events),
  attachments: attachmentRecords(events),
  files: storedFiles(),
  source: reportSource(),
  retentionMonths: retentionMonths(),
};

export const handler = scheduledJobs({ 'personal-data': (now) => erasePersonalData(now, deps) });
