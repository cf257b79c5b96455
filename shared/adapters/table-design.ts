/**
 * Single-table design, shared by the CDK stack, the local runtime and the repositories.
 * The access patterns are listed in the README ("Data model").
 */
export const tableDesign = {
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: 'expiresAt',
  indexes: [{ name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' }],
} as const;

export const keys = {
  delegation: (id: string) => ({ pk: `DELEGATION#${id}`, sk: 'DELEGATION' }),
  timelinePrefix: 'TIMELINE#',
  timelineEntry: (delegationId: string, occurredAt: string, eventId: string) => ({
    pk: `DELEGATION#${delegationId}`,
    sk: `TIMELINE#${occurredAt}#${eventId}`,
  }),
  compliancePrefix: 'COMPLIANCE#',
  /** Zero-padded so that the newest version sorts last. */
  complianceReport: (delegationId: string, version: number) => ({
    pk: `DELEGATION#${delegationId}`,
    sk: `COMPLIANCE#${String(version).padStart(8, '0')}`,
  }),
  meetingPrefix: 'MEETING#',
  meeting: (delegationId: string, meetingId: string) => ({
    pk: `DELEGATION#${delegationId}`,
    sk: `MEETING#${meetingId}`,
  }),
  /** One item per resource (room or official) and local day: the unit of conditional writes. */
  calendarDay: (resource: string, date: string) => ({ pk: `CALENDAR#${resource}`, sk: `DAY#${date}` }),
  directory: (name: string) => ({ pk: `DIRECTORY#${name}`, sk: 'DIRECTORY' }),
  notificationPrefix: 'NOTIFICATION#',
  notification: (delegationId: string, eventId: string, recipient: string) => ({
    pk: `DELEGATION#${delegationId}`,
    sk: `NOTIFICATION#${eventId}#${recipient}`,
  }),
  idempotency: (scope: string, key: string) => ({ pk: `IDEMPOTENCY#${scope}#${key}`, sk: 'IDEMPOTENCY' }),
  /** Delegations by arrival month, newest first within a month (history look-ups). */
  byArrival: (arrival: string, id: string) => ({
    gsi1pk: `ARRIVAL#${arrival.slice(0, 7)}`,
    gsi1sk: `${arrival}#${id}`,
  }),
};
