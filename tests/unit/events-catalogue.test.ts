import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventCatalogue, parseEnvelope, UnknownEventError } from '../../events/catalogue';
import { createEvent, EVENT_SOURCE } from '../../events/envelope';
import { VisitCompletedV1 } from '../../events/visit-events.v1';
import { UnprocessableError } from '../../shared/domain/errors';

const samplesDir = join(import.meta.dirname, '../../events/samples');
const samples = readdirSync(samplesDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ file, event: JSON.parse(readFileSync(join(samplesDir, file), 'utf8')) }));

describe('The event catalogue', () => {
  it.each(samples)('still parses the stored sample $file', ({ event }) => {
    expect(event.source).toBe(EVENT_SOURCE);
    expect(event['detail-type']).toBe(event.detail.name);
    expect(() => parseEnvelope(event.detail)).not.toThrow();
  });

  it('has a sample for every event name and version', () => {
    const sampled = new Set(samples.map(({ event }) => `${event.detail.name} v${event.detail.version}`));
    for (const definition of eventCatalogue)
      expect(sampled).toContain(`${definition.name} v${definition.version}`);
  });

  it('refuses an event whose version it does not know', () => {
    const [{ event }] = samples as [(typeof samples)[number]];
    expect(() => parseEnvelope({ ...event.detail, version: 99 })).toThrow(UnknownEventError);
  });

  it('refuses an envelope whose data does not match its schema', () => {
    const [{ event }] = samples as [(typeof samples)[number]];
    expect(() => parseEnvelope({ ...event.detail, data: { delegation: { id: 'x' } } })).toThrow();
  });

  it('refuses to make an event its consumers could not read, where it is made', () => {
    const context = {
      correlationId: 'c',
      actor: { sub: 'system:test', roles: [] },
      now: new Date('2026-12-01T00:00:00Z'),
      delegationId: 'D1',
      aggregateVersion: 3,
    };
    // A visit typed as year 9999 would give this due date: refused here, not dead-lettered downstream.
    expect(() =>
      createEvent(
        VisitCompletedV1,
        { delegationId: 'D1', version: 3, reportDueOn: '+010000-01-04' },
        context,
      ),
    ).toThrow(UnprocessableError);
    expect(
      createEvent(VisitCompletedV1, { delegationId: 'D1', version: 3, reportDueOn: '2026-12-04' }, context)
        .name,
    ).toBe('Visit.Completed');
  });
});
