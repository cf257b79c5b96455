/**
 * What the notifier takes from each event, against the stored visit: an event the record does not
 * confirm sends nothing, and the news desk hears of a completed visit only when the check said
 * nothing about it may be published.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../events/catalogue';
import type { Delegation } from '../../shared/domain/delegation';
import type { NewsItem } from '../../shared/domain/news-item';
import { notificationFacts } from '../../shared/notifications/event-facts';
import { route } from '../../shared/notifications/routing';
import { InMemoryDelegations, registeredVisit } from '../support/in-memory-ports';

const sample = (file: string) =>
  parseEnvelope(
    JSON.parse(readFileSync(join(import.meta.dirname, '../../events/samples', file), 'utf8')).detail,
  );

const now = new Date('2026-12-10T02:00:00Z');
const visit = async (changes: Partial<Delegation>) => ({
  ...(await registeredVisit(new InMemoryDelegations(), now)),
  ...changes,
});
const checked = (sensitive?: boolean) => ({
  reportVersion: 2,
  outcome: 'approval_required',
  checkedAt: now.toISOString(),
  ...(sensitive === undefined ? {} : { sensitive }),
});
const approved: NewsItem = {
  status: 'approved',
  version: 3,
  photos: [],
  vi: { title: 'Sở tiếp đoàn', lead: 'Ngày 05/01/2027, Sở đã tiếp đoàn.', body: [] },
  en: {
    title: 'The Department receives a delegation',
    lead: 'On 5 January 2027.',
    body: [],
    needsReview: false,
  },
  edited: { by: { sub: 'o', roles: ['office'] }, at: now.toISOString() },
};
const newsDesk = (facts: ReturnType<typeof notificationFacts>) =>
  facts ? route(facts).some((delivery) => delivery.recipient.key === 'information-centre') : false;

describe('The facts of an event the notifier sends', () => {
  it('are those of the stored check only when the record shows that check', async () => {
    const event = sample('delegation-compliance-checked.v1.json');
    const shown = notificationFacts(
      event,
      await visit({ status: 'approval_required', compliance: checked(false) }),
    );
    expect(shown?.pending?.outcome).toBe('approval_required');
    expect(shown?.findingAgencies).toContain('police');
    const older = { ...checked(false), reportVersion: 1 };
    expect(notificationFacts(event, await visit({ compliance: older }))).toBeUndefined();
  });

  it('tell the Information Centre the news leadership approved, as approved, for a visit fit for publication', async () => {
    const event = sample('news-approved.v1.json');
    const facts = notificationFacts(
      event,
      await visit({ status: 'reported', version: 12, compliance: checked(false), news: approved }),
    );
    expect(newsDesk(facts)).toBe(true);
    expect(facts?.news?.vi.title).toBe(approved.vi.title);
  });

  it('say nothing to the Information Centre of a sensitive visit, one checked before the check said, or news returned since', async () => {
    const event = sample('news-approved.v1.json');
    for (const changes of [
      { compliance: checked(true), news: approved },
      { compliance: checked(), news: approved },
      { compliance: checked(false), news: { ...approved, status: 'returned' as const } },
    ])
      expect(
        newsDesk(notificationFacts(event, await visit({ status: 'reported', version: 12, ...changes }))),
      ).toBe(false);
  });

  it('carry a cancellation only for a visit the record shows cancelled, with its reason', async () => {
    const event = sample('delegation-cancelled.v1.json');
    const cancellation = {
      reason: 'x',
      cancelledBy: { sub: 'o', roles: ['office'] },
      cancelledAt: now.toISOString(),
    };
    expect(
      notificationFacts(event, await visit({ status: 'cancelled', cancellation }))?.cancellationReason,
    ).toBe(event.name === 'Delegation.Cancelled' ? event.data.reason : undefined);
    expect(notificationFacts(event, await visit({ status: 'approved' }))).toBeUndefined();
  });
});
