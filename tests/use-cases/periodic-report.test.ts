/** The periodic report's claim → send → record on in-memory ports: once per period, whatever SES answers. */
import { beforeEach, describe, expect, it } from 'vitest';
import { hungYenProfile } from '../../shared/compliance/profile';
import { defaultAgencies } from '../../shared/domain/agency-directory';
import { RetryLaterError } from '../../shared/use-cases/send-once';
import type { PeriodicReportDeps } from '../../shared/use-cases/send-periodic-report';
import { sendPeriodicReport } from '../../shared/use-cases/send-periodic-report';
import {
  divisionsDirectory,
  InMemoryDirectory,
  InMemoryNotifications,
  RecordingSender,
} from '../support/in-memory-ports';

const endOfQuarter = new Date('2027-03-31T10:00:00+07:00');
let deps: PeriodicReportDeps & { notifications: InMemoryNotifications; sender: RecordingSender };

beforeEach(() => {
  deps = {
    source: { arriving: async () => [], inStatus: async () => [], meetingCount: async () => 0 },
    agencies: new InMemoryDirectory({
      items: defaultAgencies.map((agency) =>
        agency.key === 'leadership'
          ? { ...agency, emails: [{ address: 'bgd@sokhcn.hungyen.gov.vn' }] }
          : agency,
      ),
      version: 1,
    }),
    notifications: new InMemoryNotifications(),
    sender: new RecordingSender(),
    mailFrom: 'Văn phòng Sở KH&CN Hưng Yên <vanphong@sokhcn.hungyen.gov.vn>',
    profile: hungYenProfile,
    divisions: divisionsDirectory(),
  };
});

describe("Leadership's quarterly report", () => {
  it('goes out once for the quarter, however often the schedule fires', async () => {
    expect(await sendPeriodicReport('quarterly-report', endOfQuarter, deps)).toBe('sent');
    expect(await sendPeriodicReport('quarterly-report', endOfQuarter, deps)).toBe('sent');
    expect(deps.sender.sent).toHaveLength(1);
    expect(deps.sender.sent[0]?.raw).toContain('bgd@sokhcn.hungyen.gov.vn');
  });

  it('is recorded as failed when SES refuses it for good, and not tried again', async () => {
    deps.sender.failNext('permanent');
    expect(await sendPeriodicReport('quarterly-report', endOfQuarter, deps)).toBe('failed');
    expect(await sendPeriodicReport('quarterly-report', endOfQuarter, deps)).toBe('failed');
    expect(deps.sender.sent).toEqual([]);
    expect([...deps.notifications.records.values()][0]?.reason).toContain('MessageRejected');
  });

  it('is retried after a throttled send and then sent once', async () => {
    deps.sender.failNext('transient');
    await expect(sendPeriodicReport('quarterly-report', endOfQuarter, deps)).rejects.toBeInstanceOf(
      RetryLaterError,
    );
    expect(await sendPeriodicReport('quarterly-report', endOfQuarter, deps)).toBe('sent');
    expect(deps.sender.sent).toHaveLength(1);
  });
});
