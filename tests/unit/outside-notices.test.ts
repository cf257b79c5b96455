/**
 * What an outside body reads by email about a visit: each finding's notice to it, in its own terms,
 * and the guest list as advance information. None carries an internal mark or a deadline the Office
 * set itself; those stay in the Office's own task list.
 */
import { describe, expect, it } from 'vitest';
import { internalMarks } from '../../shared/documents/outgoing-text';
import type { AgencyKey } from '../../shared/domain/agencies';
import { renderEmail } from '../../shared/notifications/email-content';
import { documentVisit, documentVisits } from '../fixtures/document-visits';

/** The Department's own units: their emails may carry the Office's deadlines. */
const inside: readonly AgencyKey[] = ['office', 'host-unit', 'leadership', 'information-centre'];

const visits = {
  ...documentVisits,
  'a visit on sensitive topics with a reception by provincial leaders': documentVisit({
    purpose: 'Trao đổi về nhân quyền trong nghiên cứu khoa học',
    activities: [{ type: 'reception_by_provincial_leaders' }],
    members: [
      {
        fullName: 'Andrew Smith',
        nationality: 'AU',
        passportNumber: 'PA1122334',
        title: 'Ambassador',
        titleVi: 'Đại sứ',
        rank: 'ambassador',
        role: 'head',
      },
    ],
  }),
  'a press crew without its permit': documentVisit({
    partner: { name: 'KBS World', country: 'KR', type: 'press' },
    members: [{ fullName: 'Choi Yuna', nationality: 'KR', passportNumber: 'M99887766', role: 'head' }],
  }),
  'a religious activity': documentVisit({
    activities: [
      { type: 'religious_activity', title: 'Thăm nhà thờ Phố Hiến', startsAt: '2027-03-10T09:00:00+07:00' },
    ],
  }),
};

const notices = Object.entries(visits).flatMap(([name, { delegation, report }]) =>
  report.findings.flatMap((finding) =>
    finding.notices
      .filter((notice) => !inside.includes(notice.agency))
      .map((notice) => ({
        name,
        rule: finding.ruleId,
        agency: notice.agency,
        message: notice.message,
        delegation,
      })),
  ),
);

describe('What an outside body is told', () => {
  it('covers the kinds of notice the rules send outside', () => {
    expect(new Set(notices.map((notice) => notice.rule))).toEqual(
      new Set([
        'CONFERENCE_PROVINCE',
        'SENSITIVE_TOPIC',
        'HIGH_LEVEL_RECEPTION',
        'PRESS_PERMIT',
        'RESTRICTED_AREA',
        'RELIGIOUS_ACTIVITY',
        'AGREEMENT_SIGNING',
      ]),
    );
  });

  it.each(notices.map((notice) => [`${notice.rule} to ${notice.agency} (${notice.name})`, notice] as const))(
    '%s carries no internal mark and no deadline of the Office',
    (_, notice) => {
      for (const mark of internalMarks) expect(notice.message).not.toMatch(mark);
      expect(notice.message).not.toMatch(/chậm nhất|thời hạn|hạn nộp/iu);
      const email = renderEmail({
        sections: ['findings', 'guest_list'],
        recipientName: 'Công an tỉnh Hưng Yên',
        outsideBody: true,
        contact: {
          unit: 'Văn phòng Sở Khoa học và Công nghệ tỉnh Hưng Yên',
          email: 'vanphong@sokhcn.hungyen.example.gov.vn',
        },
        fullPassports: true,
        delegation: notice.delegation,
        hostDivisionName: 'Phòng Quản lý khoa học',
        findings: [{ message: notice.message }],
      });
      for (const mark of internalMarks) expect(email.text).not.toMatch(mark);
      expect(email.text).toContain(
        'công văn thông báo danh sách khách có chữ ký của Lãnh đạo Sở sẽ được gửi',
      );
    },
  );
});
