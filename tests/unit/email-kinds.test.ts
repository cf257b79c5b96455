/**
 * The text of each kind of email, as an official reads it. A change to any wording shows here as a
 * snapshot diff to review: salutation, what the email is for, dates once, "Trân trọng./." and who
 * answers.
 */
import { describe, expect, it } from 'vitest';
import { newDelegation, registrationSchema } from '../../shared/domain/delegation';
import type { Meeting } from '../../shared/domain/meeting';
import { type EmailInput, renderEmail } from '../../shared/notifications/email-content';
import { jicaVisit } from '../fixtures/registration';

const office = { sub: 'office-1', roles: ['office'] };
const base = jicaVisit();
const delegation = newDelegation(
  registrationSchema.parse(
    jicaVisit({
      partner: { ...base.partner, nameVi: 'Cơ quan Hợp tác Quốc tế Nhật Bản' },
      members: [{ ...base.members[0], titleVi: 'Trưởng đại diện' } as never, base.members[1] as never],
      purpose: 'Khảo sát hợp tác dự án nông nghiệp thông minh tại Hưng Yên',
      visit: { arrival: '2026-12-28T08:00:00+07:00', departure: '2026-12-28T17:00:00+07:00' },
    }),
  ),
  '01KJICA0000000000000000000',
  new Date('2026-11-26T02:00:00Z'),
  office,
);
const contact = {
  unit: 'Văn phòng Sở Khoa học và Công nghệ tỉnh Hưng Yên',
  person: 'Trần Văn Minh, chuyên viên Văn phòng Sở',
  phone: '0221 3 863 000',
  email: 'vanphong@sokhcn.hungyen.example.gov.vn',
};
const common = { delegation, contact, hostDivisionName: 'Phòng Quản lý khoa học', fullPassports: false };
const meeting: Meeting = {
  id: '01KMEET000000000000000000A',
  delegationId: delegation.id,
  title: 'Làm việc với Ban Giám đốc Sở',
  start: '2026-12-28T09:00:00+07:00',
  end: '2026-12-28T10:30:00+07:00',
  roomId: 'phong-hop-tang-3',
  officialIds: ['giam-doc'],
  confidential: false,
  status: 'scheduled',
  version: 1,
  sequence: 0,
  createdAt: '2026-11-26T02:00:00.000Z',
  updatedAt: '2026-11-26T02:00:00.000Z',
  createdBy: office,
};

const kinds: [
  string,
  Omit<EmailInput, 'delegation' | 'contact' | 'hostDivisionName' | 'fullPassports'> & {
    fullPassports?: boolean;
  },
][] = [
  [
    'a notice and the guest list to the police',
    {
      sections: ['findings', 'guest_list'],
      recipientName: 'Công an tỉnh Hưng Yên',
      outsideBody: true,
      fullPassports: true,
      findings: [
        {
          message: 'Đoàn dự kiến vào khu vực cấm, địa điểm trọng yếu: Nhà máy Z (đoàn đến ngày 28/12/2026).',
        },
      ],
    },
  ],
  [
    "the Office's tasks after a check",
    {
      sections: ['tasks'],
      recipientName: 'Văn phòng Sở Khoa học và Công nghệ',
      tasks: [
        {
          severity: 'action_required',
          message: 'Chậm nhất ngày 24/12/2026, gửi danh sách khách cho Công an tỉnh Hưng Yên.',
          dueDate: '2026-12-24',
        },
        { severity: 'action_required', message: 'Bổ sung chức danh của thành viên.', dueDate: '2026-12-21' },
      ],
    },
  ],
  [
    'a decision waiting for leadership',
    {
      sections: ['decision_pending'],
      recipientName: 'Ban Giám đốc Sở Khoa học và Công nghệ',
      pending: {
        outcome: 'approval_required',
        reasons: [
          {
            message:
              'Đề nghị đến Văn phòng Sở ngày 23/12/2026, sau hạn 18/12/2026. Ban Giám đốc quyết định có chấp nhận đề nghị gửi muộn hay không.',
            dueDate: '2026-12-18',
          },
        ],
      },
    },
  ],
  [
    'an approval to the host division',
    {
      sections: ['decision'],
      recipientName: 'Phòng Quản lý khoa học',
      decision: { decision: 'approve', note: 'Đồng ý tiếp đoàn.' },
    },
  ],
  [
    'a cancellation to the police',
    {
      sections: ['cancellation'],
      recipientName: 'Công an tỉnh Hưng Yên',
      outsideBody: true,
      cancellationReason: 'Đối tác hoãn chuyến thăm',
    },
  ],
  [
    'a meeting invitation to an official',
    {
      sections: ['meeting', 'guest_list'],
      recipientName: 'Ông Nguyễn Văn An, Giám đốc Sở',
      meeting: {
        meeting,
        change: 'scheduled',
        roomName: 'Phòng họp tầng 3',
        attendeeNames: ['Ông Nguyễn Văn An, Giám đốc Sở'],
      },
    },
  ],
  [
    'an overdue report reminder to the host division',
    {
      sections: ['report_overdue'],
      recipientName: 'Phòng Quản lý khoa học',
      overdue: { dueOn: '2026-12-31', daysOverdue: 2 },
    },
  ],
  [
    'the approved news of a visit to the information centre',
    {
      sections: ['news_approved'],
      recipientName: 'Trung tâm Thông tin, thống kê và ứng dụng KH&CN',
      news: {
        vi: {
          title: 'Sở Khoa học và Công nghệ tỉnh Hưng Yên tiếp và làm việc với đoàn JICA (Nhật Bản)',
          lead: 'Ngày 28/12/2026, Sở Khoa học và Công nghệ tỉnh Hưng Yên đã tiếp và làm việc với đoàn JICA.',
          body: ['Hai bên đã ký kết: Biên bản ghi nhớ hợp tác.'],
        },
        en: {
          title: 'Hung Yen Department of Science and Technology receives a delegation from JICA (Japan)',
          lead: 'On 28 December 2026, Hung Yen Department of Science and Technology received a delegation from JICA.',
          body: [],
          needsReview: true,
        },
      },
    },
  ],
];

describe('Each kind of email reads as a provincial Office writes', () => {
  it.each(kinds)('%s', (_, input) => {
    const email = renderEmail({ ...common, ...input });
    expect(`${email.subject}\n\n${email.text}`).toMatchSnapshot();
    expect(email.text).toContain('Trân trọng./.');
    expect(email.text).not.toContain('xin không trả lời');
    expect(email.text).not.toContain('(hạn');
    expect(email.subject).not.toMatch(/\d{2}\/\d{2}\/\d{4}–/);
  });

  it('shows the Vietnamese name first with the original in brackets', () => {
    const email = renderEmail({ ...common, ...(kinds[0]?.[1] as EmailInput) });
    expect(email.subject).toBe(
      'Thông báo đoàn vào: Cơ quan Hợp tác Quốc tế Nhật Bản (Japan International Cooperation Agency (JICA)), ngày 28/12/2026',
    );
    expect(email.text).toContain('Trưởng đại diện (Chief Representative)');
  });
});
