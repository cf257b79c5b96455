import { cloudWatchMetrics } from '../observability/metrics';
import type { NotifyDeps } from '../use-cases/notify-agencies';
import { agencyDirectory, divisionDirectory, officialDirectory, roomDirectory } from './directories';
import { mailDeps } from './mail';
import { notificationStore, readDelegations, timelineStore } from './stores';

export function notifyDeps(): NotifyDeps {
  return {
    delegations: readDelegations(),
    agencies: agencyDirectory(),
    officials: officialDirectory(),
    rooms: roomDirectory(),
    divisions: divisionDirectory(),
    notifications: notificationStore(),
    timeline: timelineStore(),
    ...mailDeps(),
    metrics: cloudWatchMetrics,
  };
}
