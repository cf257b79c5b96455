/**
 * The consumers' side of the event contracts: each event consumer declares, beside its handler
 * (reads.ts), the data fields it reads from each event it subscribes to; every published sample of
 * those events must give them. A producer that drops or retypes a field a consumer reads fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { eventCatalogue } from '../../events/catalogue';
import { reads as checkReads } from '../../functions/check-compliance/reads';
import { functions } from '../../shared/manifest';

const ROOT = join(import.meta.dirname, '../..');
const SAMPLES = join(ROOT, 'events/samples');

interface Detail {
  name: string;
  version: number;
  data: Record<string, unknown>;
}
const samples: Detail[] = readdirSync(SAMPLES).map(
  (file) => JSON.parse(readFileSync(join(SAMPLES, file), 'utf8')).detail,
);

const consumers = Object.values(functions).flatMap((spec) =>
  spec.trigger.type === 'events' ? [{ name: spec.name, entry: spec.entry, events: spec.trigger.events }] : [],
);

async function readsOf(entry: string): Promise<Record<string, z.ZodType>> {
  return (await import(join(ROOT, dirname(entry), 'reads.ts'))).reads;
}

describe('What each event consumer reads', () => {
  it.each(consumers)(
    'is declared by $name for every event it subscribes to, and no other',
    async (consumer) => {
      const reads = await readsOf(consumer.entry);
      const subscribed =
        consumer.events === 'all' ? eventCatalogue.map((event) => event.name) : consumer.events;
      for (const name of Object.keys(reads)) expect(subscribed).toContain(name);
      if (consumer.events !== 'all') expect(Object.keys(reads).sort()).toEqual([...consumer.events].sort());
    },
  );

  it.each(consumers)('is in every published sample of the events $name reads', async (consumer) => {
    const reads = await readsOf(consumer.entry);
    for (const [name, schema] of Object.entries(reads)) {
      const ofEvent = samples.filter((sample) => sample.name === name);
      expect(ofEvent.length, `a sample of ${name}`).toBeGreaterThan(0);
      for (const sample of ofEvent) {
        const parsed = schema.safeParse(sample.data);
        expect(parsed.error?.issues ?? [], `${consumer.name} reading ${name} v${sample.version}`).toEqual([]);
      }
    }
  });

  it('fails when a producer drops a field a consumer reads', async () => {
    const reads = await readsOf(functions.notifyAgencies.entry);
    const cancelled = samples.find((sample) => sample.name === 'Delegation.Cancelled');
    const { reason: _dropped, ...rest } = cancelled?.data ?? {};
    expect(reads['Delegation.Cancelled']?.safeParse(cancelled?.data).success).toBe(true);
    expect(reads['Delegation.Cancelled']?.safeParse(rest).success).toBe(false);
  });

  it('keeps the frozen delegation snapshot readable by today’s domain, defaults included', () => {
    const registered = samples.find((sample) => sample.name === 'Delegation.Registered');
    const { delegation } = checkReads['Delegation.Registered'].parse(registered?.data);
    expect(delegation.revision).toBeGreaterThanOrEqual(1);
    expect(delegation.itinerary).toBeInstanceOf(Array);
  });
});
