/**
 * Single-table design, shared by the CDK stack, the local runtime and the repositories.
 * The access patterns are listed in the README ("Data model").
 */
export const tableDesign = {
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: 'expiresAt',
  /** Sparse indexes of delegations by arrival, each with its own partition key (see README). */
  indexes: [
    { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
    { name: 'gsi4', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
    /** Items whose events wait to be published (the transactional outbox). */
    { name: 'gsi5', partitionKey: 'gsi5pk', sortKey: 'gsi5sk' },
  ],
} as const;

/** Sorts chronologically whatever offset the arrival was written with. */
export const arrivalKey = (arrival: string, id: string) => `${new Date(arrival).toISOString()}#${id}`;

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
  attachmentPrefix: 'ATTACHMENT#',
  attachment: (delegationId: string, attachmentId: string) => ({
    pk: `DELEGATION#${delegationId}`,
    sk: `ATTACHMENT#${attachmentId}`,
  }),
  calendarDay: (resource: string, date: string) => ({ pk: `CALENDAR#${resource}`, sk: `DAY#${date}` }),
  directory: (name: string) => ({ pk: `DIRECTORY#${name}`, sk: 'DIRECTORY' }),
  /** The last receipt number given in a year (an atomic counter). */
  receiptCounter: (year: string) => ({ pk: 'COUNTER#receipt', sk: `YEAR#${year}` }),
  holidayPartition: 'HOLIDAYS',
  holidayYear: (year: number) => ({ pk: 'HOLIDAYS', sk: `YEAR#${year}` }),
  notificationPrefix: 'NOTIFICATION#',
  notification: (delegationId: string, eventId: string, recipient: string) => ({
    pk: `DELEGATION#${delegationId}`,
    sk: `NOTIFICATION#${eventId}#${recipient}`,
  }),
  idempotency: (scope: string, key: string) => ({ pk: `IDEMPOTENCY#${scope}#${key}`, sk: 'IDEMPOTENCY' }),
  /** The index keys of a delegation: all, by country, by partner type, by status; each sorted by arrival. */
  delegationIndexes: (d: {
    id: string;
    status: string;
    partner: { country: string; type: string };
    visit: { arrival: string };
  }) => {
    const sort = arrivalKey(d.visit.arrival, d.id);
    return {
      gsi1pk: 'DELEGATION',
      gsi1sk: sort,
      gsi2pk: `COUNTRY#${d.partner.country}`,
      gsi2sk: sort,
      gsi3pk: `PARTNER_TYPE#${d.partner.type}`,
      gsi3sk: sort,
      gsi4pk: `STATUS#${d.status}`,
      gsi4sk: sort,
    };
  },
  /** Index items for many-valued filters (topics, words of names): pk TOPIC#… or NAME#…, sk by arrival. */
  indexEntry: (partition: string, arrival: string, id: string) => ({
    pk: partition,
    sk: arrivalKey(arrival, id),
  }),
};

/** The key condition of a query for one delegation's items of a kind: their sort keys start with `prefix`. */
export const itemsUnder = (delegationId: string, prefix: string) => ({
  KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
  ExpressionAttributeValues: { ':pk': keys.delegation(delegationId).pk, ':prefix': prefix },
});
