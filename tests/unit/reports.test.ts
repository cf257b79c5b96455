import { describe, expect, it } from 'vitest';
import { hungYenProfile } from '../../shared/compliance/profile';
import { type Delegation, newDelegation, registrationSchema } from '../../shared/domain/delegation';
import { reportDueOn, summarize } from '../../shared/history/summary';
import { visitList, visitRows } from '../../shared/history/visit-list';
import { periodOf } from '../../shared/use-cases/reports';
import { jicaVisit } from '../fixtures/registration';

const leader = { sub: 'leader-1', roles: ['leadership'] };
const visit = (id: string, changes: Partial<Delegation>): Delegation => ({
  ...newDelegation(
    registrationSchema.parse(
      jicaVisit({ visit: { arrival: '2026-10-05T08:00:00+07:00', departure: '2026-10-06T17:00:00+07:00' } }),
    ),
    id,
    new Date('2026-09-01T02:00:00Z'),
    { sub: 'office-1', roles: ['office'] },
  ),
  ...changes,
});
const checked = (outcome: string) => ({ reportVersion: 1, outcome, checkedAt: '2026-09-01T03:00:00.000Z' });
const approve = { decision: 'approve' as const, decidedBy: leader, decidedAt: '2026-09-02T03:00:00.000Z' };

describe('The summary for leadership', () => {
  const visits = [
    visit('A', { status: 'approved', compliance: checked('approval_required'), decision: approve }),
    visit('B', { status: 'approval_required', compliance: checked('approval_required') }),
    visit('C', { status: 'rejected', compliance: checked('blocked') }),
    visit('D', {
      status: 'reported',
      compliance: checked('cleared'),
      decision: approve,
      visitReport: {
        summary: 'Thống nhất lộ trình hợp tác',
        outcomes: ['Khảo sát 3 hợp tác xã'],
        agreementsSigned: ['Biên bản ghi nhớ về nông nghiệp thông minh'],
        followUpActions: [],
        submittedBy: { sub: 'office-1', roles: ['office'] },
        submittedAt: '2026-10-08T03:00:00.000Z',
      },
    }),
    visit('E', { status: 'cancelled', compliance: checked('cleared') }),
  ];
  const summary = summarize(
    visits.map((delegation) => ({ delegation, meetings: 0 })),
    {
      from: '2026-10-01',
      to: '2026-12-31',
      groupBy: 'quarter',
      today: '2026-11-26',
      profile: hungYenProfile,
    },
  );

  it('counts an approved visit as approved, not as still waiting for a decision', () => {
    expect(summary.totals).toMatchObject({
      delegations: 5,
      approvalRequired: 2,
      awaitingDecision: 1,
      approved: 2,
      rejected: 1,
      reported: 1,
      cancelled: 1,
      cleared: 2,
      blocked: 1,
    });
  });

  it('lists each visit with its head, its Vietnamese status and the results of its report', () => {
    const list = visitList(visits, {
      from: '2026-10-01',
      to: '2026-12-31',
      divisionName: (id) => (id === 'science-management' ? 'Phòng Quản lý khoa học' : id),
    });
    expect(list.title).toBe('DANH SÁCH ĐOÀN NƯỚC NGOÀI ĐẾN LÀM VIỆC TỪ 01/10/2026 ĐẾN 31/12/2026');
    const reported = visitRows(list)[3];
    expect(reported).toEqual([
      4,
      '',
      'Japan International Cooperation Agency (JICA)',
      'Nhật Bản',
      'Tổ chức quốc tế',
      2,
      'Tanaka Hiroshi',
      'Chief Representative',
      { day: '2026-10-05' },
      { day: '2026-10-06' },
      'Discuss a technical cooperation project on smart agriculture in Hưng Yên',
      'Phòng Quản lý khoa học',
      'Đã báo cáo kết quả',
      'Thống nhất lộ trình hợp tác; Khảo sát 3 hợp tác xã',
      'Biên bản ghi nhớ về nông nghiệp thông minh',
    ]);
    expect(visitRows(list).map((row) => row[12])).not.toContain('approved');
  });
});

describe('An overdue post-visit report', () => {
  it('due on New Year 01/01/2027 is due on Monday 04/01/2027, and late only from the day after', () => {
    const completed = {
      ...visit('F', { status: 'completed' }),
      visit: { arrival: '2026-12-28T08:00:00+07:00', departure: '2026-12-29T17:00:00+07:00' },
    };
    expect(reportDueOn(completed, hungYenProfile)).toBe('2027-01-04');
    const overdue = (today: string) =>
      summarize([{ delegation: completed, meetings: 0 }], {
        from: '2026-12-01',
        to: '2026-12-31',
        groupBy: 'month',
        today,
        profile: hungYenProfile,
      }).totals.overdueReports;
    expect([overdue('2027-01-04'), overdue('2027-01-05')]).toEqual([0, 1]);
  });
});

describe('Reporting periods', () => {
  const at = (date: string) => new Date(`${date}T23:00:00+07:00`);

  it('are calendar quarters, halves and years where the profile says so: the last one that ended', () => {
    expect(periodOf('quarterly-report', at('2026-12-31'), 'calendar')).toMatchObject({
      from: '2026-10-01',
      to: '2026-12-31',
      label: 'quý IV năm 2026',
    });
    expect(periodOf('quarterly-report', at('2026-12-30'), 'calendar')).toMatchObject({
      from: '2026-07-01',
      to: '2026-09-30',
    });
    expect(periodOf('half-year-report', at('2026-06-30'), 'calendar')).toMatchObject({
      from: '2026-01-01',
      to: '2026-06-30',
      label: '6 tháng đầu năm 2026',
    });
    expect(periodOf('yearly-report', at('2026-12-31'), 'calendar')).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });

  it('run by default from the 15th of the month before to the 14th: the administrative periods of Nghị định 09/2019, Điều 12', () => {
    expect(periodOf('quarterly-report', at('2026-12-15'))).toMatchObject({
      key: '2026-Q4',
      from: '2026-09-15',
      to: '2026-12-14',
      label: 'quý IV năm 2026',
    });
    expect(periodOf('half-year-report', at('2026-06-15'))).toMatchObject({
      key: '2026-H1',
      from: '2025-12-15',
      to: '2026-06-14',
      label: '6 tháng đầu năm 2026',
    });
    // On the 13th the quarter has not closed yet: the one before it is the last that ended.
    expect(periodOf('quarterly-report', at('2026-12-13'))).toMatchObject({ key: '2026-Q3' });

    expect(periodOf('quarterly-report', at('2026-03-31'), 'administrative')).toMatchObject({
      key: '2026-Q1',
      from: '2025-12-15',
      to: '2026-03-14',
    });
    expect(periodOf('quarterly-report', at('2026-12-31'), 'administrative')).toMatchObject({
      key: '2026-Q4',
      from: '2026-09-15',
      to: '2026-12-14',
    });
    expect(periodOf('yearly-report', at('2026-12-31'), 'administrative')).toMatchObject({
      key: '2026',
      from: '2025-12-15',
      to: '2026-12-14',
    });
    // The conference list due by 18 December covers the year that closed on 14 December.
    expect(periodOf('conference-report', at('2026-12-15'), 'calendar')).toMatchObject({
      from: '2025-12-15',
      to: '2026-12-14',
      label: 'năm 2026',
    });
  });
});
