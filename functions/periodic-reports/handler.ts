import { hungYenProfile } from '../../shared/compliance/profile';
import { scheduledJobs } from '../../shared/consumers/scheduled-job';
import { sendPeriodicReport } from '../../shared/use-cases/send-periodic-report';
import { agencyDirectory, divisionDirectory } from '../../shared/wiring/directories';
import { mailDeps } from '../../shared/wiring/mail';
import { notificationStore, reportSource } from '../../shared/wiring/stores';

const deps = {
  source: reportSource(),
  agencies: agencyDirectory(),
  notifications: notificationStore(),
  ...mailDeps(),
  profile: hungYenProfile,
  divisions: divisionDirectory(),
};

export const handler = scheduledJobs({
  'quarterly-report': (now) => sendPeriodicReport('quarterly-report', now, deps),
  'half-year-report': (now) => sendPeriodicReport('half-year-report', now, deps),
  'yearly-report': (now) => sendPeriodicReport('yearly-report', now, deps),
  'conference-report': (now) => sendPeriodicReport('conference-report', now, deps),
});
