/**
 * The compliance check's branches on in-memory ports: a replay, a version overtaken by an edit,
 * and an edit that lands between the check's read and its write.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { hungYenProfile } from '../../shared/compliance/profile';
import { defaultAgencies } from '../../shared/domain/agency-directory';
import type { Delegation } from '../../shared/domain/delegation';
import { checkDelegationCompliance } from '../../shared/use-cases/check-delegation-compliance';
import {
  CountingMetrics,
  divisionsDirectory,
  InMemoryComplianceReports,
  InMemoryDelegations,
  InMemoryDirectory,
  registeredVisit,
} from '../support/in-memory-ports';

const now = new Date('2027-03-01T02:00:00Z');
let delegations: InMemoryDelegations;
let reports: InMemoryComplianceReports;
let registered: Delegation;

const deps = () => ({
  delegations,
  reports,
  profile: hungYenProfile,
  agencies: new InMemoryDirectory({ items: defaultAgencies, version: 0 }),
  divisions: divisionsDirectory(),
  holidays: { profile: async () => hungYenProfile },
  metrics: new CountingMetrics(),
  meetings: { list: async () => [] },
});
const checkedEvents = () =>
  delegations.events.filter((event) => event.name === 'Delegation.ComplianceChecked');

beforeEach(async () => {
  delegations = new InMemoryDelegations();
  reports = new InMemoryComplianceReports();
  registered = await registeredVisit(delegations, now);
});

describe('Checking a registered visit against the rules', () => {
  it('moves the visit to the outcome and announces it once, however often the event comes', async () => {
    expect(await checkDelegationCompliance(registered, { correlationId: 'c-1', now }, deps())).toBe(
      'published',
    );
    expect(await checkDelegationCompliance(registered, { correlationId: 'c-1', now }, deps())).toBe(
      'already_published',
    );
    expect(checkedEvents()).toHaveLength(1);
    expect((await delegations.get('d-1'))?.compliance?.reportVersion).toBe(registered.version);
  });

  it('leaves a version an edit has overtaken: the report is kept, marked superseded, and nothing is announced', async () => {
    await delegations.save(
      { ...registered, version: registered.version + 1, purpose: 'Sửa mục đích' },
      registered.version,
    );
    expect(await checkDelegationCompliance(registered, { correlationId: 'c-1', now }, deps())).toBe(
      'superseded',
    );
    expect(checkedEvents()).toEqual([]);
    expect((await reports.latest('d-1'))?.superseded).toBe(true);
  });

  it('gives way when an edit lands between its read and its write, so the edit decides the status', async () => {
    const racing = deps();
    const get = delegations.get.bind(delegations);
    let reads = 0;
    // The edit is saved right after the check reads the delegation.
    delegations.get = async (id) => {
      const found = await get(id);
      if (reads++ === 0 && found)
        await delegations.save({ ...found, version: found.version + 1, purpose: 'Sửa' }, found.version);
      return found;
    };
    expect(await checkDelegationCompliance(registered, { correlationId: 'c-1', now }, racing)).toBe(
      'superseded',
    );
    expect(checkedEvents()).toEqual([]);
    expect((await get('d-1'))?.status).toBe('registered');
  });
});
