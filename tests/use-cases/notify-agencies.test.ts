/**
 * The delivery loop of notify-agencies on in-memory ports (claim → send → record): the refusals,
 * retries and races that are hard to bring about through the local servers.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { type DomainEvent, parseEnvelope } from '../../events/catalogue';
import { defaultAgencies } from '../../shared/domain/agency-directory';
import type { Official, Room } from '../../shared/domain/resources';
import { cancelDelegation } from '../../shared/use-cases/cancel-delegation';
import { type NotifyDeps, notifyAgencies } from '../../shared/use-cases/notify-agencies';
import { RetryLaterError } from '../../shared/use-cases/send-once';
import {
  CountingMetrics,
  divisionsDirectory,
  InMemoryDelegations,
  InMemoryDirectory,
  InMemoryNotifications,
  InMemoryTimeline,
  officeActor,
  RecordingSender,
  registeredVisit,
} from '../support/in-memory-ports';

const now = new Date('2027-03-01T02:00:00Z');

/** Every agency with a real mailbox, except the police, whose address is still the placeholder. */
const agencies = defaultAgencies.map((agency) =>
  agency.key === 'police' ? agency : { ...agency, emails: [{ address: `${agency.key}@hungyen.gov.vn` }] },
);

let deps: NotifyDeps & {
  delegations: InMemoryDelegations;
  notifications: InMemoryNotifications;
  timeline: InMemoryTimeline;
  sender: RecordingSender;
};
let cancelled: DomainEvent;

beforeEach(async () => {
  const delegations = new InMemoryDelegations();
  deps = {
    delegations,
    agencies: new InMemoryDirectory({ items: agencies, version: 1 }),
    officials: new InMemoryDirectory<Official>({ items: [], version: 0 }),
    rooms: new InMemoryDirectory<Room>({ items: [], version: 0 }),
    divisions: divisionsDirectory(),
    notifications: new InMemoryNotifications(),
    timeline: new InMemoryTimeline(),
    sender: new RecordingSender(),
    mailFrom: 'Văn phòng Sở KH&CN Hưng Yên <vanphong@sokhcn.hungyen.gov.vn>',
    metrics: new CountingMetrics(),
  };
  const registered = await registeredVisit(delegations, now);
  await cancelDelegation(
    registered.id,
    'Đối tác hoãn chuyến thăm',
    { actor: officeActor, correlationId: 'c-1', now, expectedVersion: registered.version },
    { delegations },
  );
  cancelled = parseEnvelope(delegations.events.find((event) => event.name === 'Delegation.Cancelled'));
});

const statuses = async () =>
  Object.fromEntries(
    (await deps.notifications.list('d-1')).map((record) => [record.recipient, record.status]),
  );

describe('Announcing a cancellation to the agencies', () => {
  it('sends each reachable agency one email, and a redelivered event sends nothing more', async () => {
    await notifyAgencies(cancelled, deps, () => now);
    const sentTo = deps.sender.sent.map((mail) => mail.raw.match(/^To: (.*)$/m)?.[1]);
    expect(sentTo).toContain('foreign-affairs@hungyen.gov.vn');
    expect(sentTo).toContain('office@hungyen.gov.vn');
    const count = deps.sender.sent.length;
    await notifyAgencies(cancelled, deps, () => now);
    expect(deps.sender.sent).toHaveLength(count);
    expect(Object.values(await statuses()).filter((status) => status === 'sent')).toHaveLength(count);
  });

  it('records the agency without a real address as suppressed, with the reason, and never sends to it', async () => {
    await notifyAgencies(cancelled, deps, () => now);
    const police = (await deps.notifications.list('d-1')).find((record) =>
      record.recipient.includes('police'),
    );
    expect(police).toMatchObject({ status: 'suppressed', reason: expect.any(String) });
    expect(deps.sender.sent.some((mail) => mail.raw.includes('police@'))).toBe(false);
    expect(deps.timeline.entries.map((entry) => entry.name)).toContain('Notification.Suppressed');
  });

  it("records SES's permanent refusal as failed with its reason and does not ask for the event again", async () => {
    deps.sender.failNext('permanent');
    await expect(notifyAgencies(cancelled, deps, () => now)).resolves.toBeUndefined();
    const failed = (await deps.notifications.list('d-1')).filter((record) => record.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]?.reason).toContain('MessageRejected');
    expect(deps.timeline.entries.some((entry) => entry.name === 'Notification.Failed')).toBe(true);
  });

  it('asks for the event again after a throttled send, and the redelivery sends that email once', async () => {
    deps.sender.failNext('transient');
    await expect(notifyAgencies(cancelled, deps, () => now)).rejects.toBeInstanceOf(RetryLaterError);
    expect(Object.values(await statuses())).toContain('retry');
    const before = deps.sender.sent.length;
    await notifyAgencies(cancelled, deps, () => now);
    expect(deps.sender.sent).toHaveLength(before + 1);
    expect(Object.values(await statuses())).not.toContain('retry');
  });

  it('leaves an agency another attempt is still sending to, and asks for the event again', async () => {
    await notifyAgencies(cancelled, deps, () => now);
    const [key, record] = [...deps.notifications.records].find(([, r]) => r.status === 'sent') ?? [];
    if (!key || !record) throw new Error('nothing was sent');
    // The redelivery finds that agency's send claimed by an attempt that has not finished.
    deps.notifications.records.set(key, { ...record, status: 'sending' });
    const sentBefore = deps.sender.sent.length;
    await expect(notifyAgencies(cancelled, deps, () => now)).rejects.toBeInstanceOf(RetryLaterError);
    expect(deps.sender.sent).toHaveLength(sentBefore);
  });

  it('sends nothing for a cancellation the stored delegation does not show', async () => {
    const stored = await deps.delegations.get('d-1');
    if (!stored) throw new Error('no delegation');
    deps.delegations.items.set('d-1', { ...stored, status: 'cleared' });
    await notifyAgencies(cancelled, deps, () => now);
    expect(deps.sender.sent).toEqual([]);
    expect(await deps.notifications.list('d-1')).toEqual([]);
  });
});
