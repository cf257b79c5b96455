/**
 * Who gets which email, for every event kind, written out by hand: a change to the routing data
 * or to the rendering that sends a guest list to the wrong body, drops the "unless sensitive"
 * rule, forgets the police on a cancellation or shows full passports to the wrong reader fails here.
 */
import { describe, expect, it } from 'vitest';
import { defaultAgencies, isPlaceholderAddress, realAddresses } from '../../shared/domain/agency-directory';
import { newDelegation, registrationSchema } from '../../shared/domain/delegation';
import { functions } from '../../shared/manifest';
import { renderEmail } from '../../shared/notifications/email-content';
import { maskPassport } from '../../shared/notifications/mask';
import { type EventFacts, recipientId, route, routingRules } from '../../shared/notifications/routing';
import { jicaVisit } from '../fixtures/registration';

const contact = {
  unit: 'Văn phòng Sở Khoa học và Công nghệ tỉnh Hưng Yên',
  email: 'vanphong@example.gov.vn',
};

/** recipient → sections, for each event the notifier handles. */
const expected: [string, EventFacts, Record<string, string[]>][] = [
  [
    'a cleared visit',
    { name: 'Delegation.ComplianceChecked', status: 'cleared', findingAgencies: ['police'] },
    {
      'agency:police': ['findings', 'guest_list'],
      'agency:foreign-affairs': ['guest_list'],
      'agency:office': ['tasks'],
    },
  ],
  [
    'a cleared visit still waiting for the restricted-area permit',
    {
      name: 'Delegation.ComplianceChecked',
      status: 'cleared',
      openPermissions: 1,
      findingAgencies: ['police', 'military'],
    },
    { 'agency:police': ['findings'], 'agency:military': ['findings'], 'agency:office': ['tasks'] },
  ],
  [
    'an approved visit re-checked once its last permit is recorded',
    { name: 'Delegation.ComplianceChecked', status: 'approved', openPermissions: 0 },
    {
      'agency:police': ['guest_list'],
      'agency:foreign-affairs': ['guest_list'],
      'agency:office': ['tasks'],
    },
  ],
  [
    'a cleared visit of overseas Vietnamese all on Vietnamese passports: no list for the police',
    { name: 'Delegation.ComplianceChecked', status: 'cleared', foreigners: 0, findingAgencies: [] },
    { 'agency:office': ['tasks'] },
  ],
  [
    'an approved visit of overseas Vietnamese all on Vietnamese passports',
    { name: 'Delegation.Approved', foreigners: 0 },
    { 'agency:office': ['decision'], 'agency:host-unit': ['decision'] },
  ],
  [
    'a visit waiting for leadership',
    { name: 'Delegation.ComplianceChecked', status: 'approval_required', findingAgencies: [] },
    { 'agency:leadership': ['decision_pending'], 'agency:office': ['tasks'] },
  ],
  [
    'a blocked visit',
    { name: 'Delegation.ComplianceChecked', status: 'blocked', findingAgencies: ['military', 'police'] },
    {
      'agency:military': ['findings'],
      'agency:police': ['findings'],
      'agency:leadership': ['decision_pending'],
      'agency:office': ['tasks'],
    },
  ],
  [
    'a daily reminder of a waiting decision',
    { name: 'Decision.Pending' },
    { 'agency:leadership': ['decision_pending'] },
  ],
  [
    'an approval',
    { name: 'Delegation.Approved' },
    {
      'agency:police': ['guest_list'],
      'agency:foreign-affairs': ['guest_list'],
      'agency:office': ['decision'],
      'agency:host-unit': ['decision'],
    },
  ],
  [
    'an approval while a permit from the police is still missing',
    { name: 'Delegation.Approved', openPermissions: 1 },
    { 'agency:office': ['decision'], 'agency:host-unit': ['decision'] },
  ],
  [
    'a rejection',
    { name: 'Delegation.Rejected' },
    { 'agency:office': ['decision'], 'agency:host-unit': ['decision'] },
  ],
  [
    'a cancellation',
    { name: 'Delegation.Cancelled' },
    {
      'agency:office': ['cancellation'],
      'agency:host-unit': ['cancellation'],
      'agency:police': ['cancellation'],
      'agency:foreign-affairs': ['cancellation'],
    },
  ],
  ...(['Meeting.Scheduled', 'Meeting.Rescheduled', 'Meeting.Cancelled'] as const).map(
    (name): [string, EventFacts, Record<string, string[]>] => [
      name,
      { name, officialIds: ['giam-doc', 'police'] },
      {
        'agency:host-unit': ['meeting', 'guest_list'],
        'official:giam-doc': ['meeting', 'guest_list'],
        'official:police': ['meeting', 'guest_list'],
      },
    ],
  ),
  [
    'the news of a visit approved by leadership',
    { name: 'News.Approved', sensitive: false },
    { 'agency:information-centre': ['news_approved'] },
  ],
  ['the news of a visit on a sensitive topic', { name: 'News.Approved', sensitive: true }, {}],
  ['a completed visit: the news waits for leadership', { name: 'Visit.Completed', sensitive: false }, {}],
  [
    'a late report',
    { name: 'VisitReport.Overdue' },
    { 'agency:host-unit': ['report_overdue'], 'agency:office': ['report_overdue'] },
  ],
];

describe('Routing: who gets an email for each event', () => {
  it.each(expected)('%s', (_, facts, recipients) => {
    const deliveries = route(facts);
    expect(
      Object.fromEntries(deliveries.map((d) => [recipientId(d.recipient), [...d.sections].sort()])),
    ).toEqual(
      Object.fromEntries(Object.entries(recipients).map(([id, sections]) => [id, [...sections].sort()])),
    );
  });
});

describe('Rendering: what each recipient reads', () => {
  const registration = registrationSchema.parse(
    jicaVisit({
      members: [
        {
          fullName: 'Tanaka <script>alert(1)</script>',
          nationality: 'JP',
          passportNumber: 'TZ1234567',
          title: 'Chief <b>Representative</b>',
          role: 'head',
        },
      ],
    }),
  );
  const delegation = newDelegation(registration, 'D-1', new Date('2026-11-26T02:00:00Z'), {
    sub: 'u',
    roles: ['office'],
  });
  const fullFor = new Set(defaultAgencies.filter((agency) => agency.fullPassportNumbers).map((a) => a.key));

  it('shows full passport numbers by default only to the police and the foreign-affairs body', () => {
    expect([...fullFor].sort()).toEqual(['foreign-affairs', 'police']);
  });

  for (const [what, facts] of expected) {
    for (const delivery of route(facts)) {
      const id = recipientId(delivery.recipient);
      it(`${what} → ${id}: guest list ${delivery.sections.includes('guest_list') ? 'with' : 'without'} members, names escaped`, () => {
        const full = delivery.recipient.kind === 'agency' && fullFor.has(delivery.recipient.key as never);
        const email = renderEmail({
          sections: delivery.sections,
          recipientName: 'Người nhận',
          fullPassports: full,
          delegation,
          hostDivisionName: 'Phòng Quản lý khoa học',
          contact,
        });
        expect(email.html).not.toContain('<script>');
        expect(email.html).not.toContain('<b>Representative');
        const listed = delivery.sections.includes('guest_list');
        expect(email.text.includes('Danh sách khách')).toBe(listed);
        if (listed) expect(email.html).toContain('&lt;script&gt;');
        expect(email.text.includes('TZ1234567')).toBe(listed && full);
        expect(email.text.includes(maskPassport('TZ1234567'))).toBe(listed && !full);
      });
    }
  }
});

describe('Masking a passport number', () => {
  it.each([
    ['TZ1234567', 'TZ******7'],
    ['B1234589', 'B******9'],
    ['B12345', 'B****5'],
    ['AB12345678901', 'AB*********01'],
    ['A1234', 'A****'],
  ])('%s → %s: never more than a third of it, at most two characters at each end', (passport, masked) => {
    expect(maskPassport(passport)).toBe(masked);
  });
});

describe('Dates in an email', () => {
  const office = { sub: 'office-1', roles: ['office'] };
  const oneDay = newDelegation(
    registrationSchema.parse(
      jicaVisit({ visit: { arrival: '2026-12-28T08:00:00+07:00', departure: '2026-12-28T17:00:00+07:00' } }),
    ),
    'D-1',
    new Date('2026-11-26T02:00:00Z'),
    office,
  );
  const render = (tasks: { message: string; dueDate?: string; overdue?: boolean }[]) =>
    renderEmail({
      sections: ['tasks'],
      recipientName: 'Văn phòng Sở',
      fullPassports: false,
      delegation: oneDay,
      hostDivisionName: 'Phòng Quản lý khoa học',
      contact,
      tasks,
    });

  it('names a one-day visit by its day, and a longer one from its first to its last day', () => {
    expect(render([]).subject).not.toContain('–');
    const notice = renderEmail({
      sections: ['guest_list'],
      recipientName: 'Công an tỉnh Hưng Yên',
      fullPassports: true,
      delegation: oneDay,
      hostDivisionName: 'Phòng Quản lý khoa học',
      contact,
    });
    expect(notice.subject).toBe(
      'Thông báo đoàn vào: Japan International Cooperation Agency (JICA), ngày 28/12/2026',
    );
  });

  it('gives a due date once: "chậm nhất ngày" when the task does not already say it', () => {
    const text = render([
      { message: 'Gửi danh sách khách chậm nhất ngày 24/12/2026.', dueDate: '2026-12-24' },
      { message: 'Bổ sung thông tin thành viên.', dueDate: '2026-12-21' },
    ]).text;
    expect(text.split('24/12/2026')).toHaveLength(2);
    expect(text).toContain('Bổ sung thông tin thành viên, chậm nhất ngày 21/12/2026.');
    expect(text).not.toContain('(hạn');
  });
});

describe('Placeholder addresses', () => {
  const agency = {
    key: 'police' as const,
    name: 'Công an tỉnh Hưng Yên',
    emails: [{ address: 'police@hungyen.example.gov.vn' }],
    active: true,
    fullPassportNumbers: true,
  };

  it('are never mailed in AWS, only on the local stack whose SES server keeps every mail', () => {
    expect(isPlaceholderAddress('police@hungyen.example.gov.vn')).toBe(true);
    expect(isPlaceholderAddress('someone@example.com')).toBe(true);
    expect(isPlaceholderAddress('pa02@congan.hungyen.gov.vn')).toBe(false);
    expect(isPlaceholderAddress('example@congan.hungyen.gov.vn')).toBe(false);
    expect(realAddresses(['police@hungyen.example.gov.vn', 'pa02@congan.hungyen.gov.vn'], {})).toEqual([
      'pa02@congan.hungyen.gov.vn',
    ]);
    expect(
      realAddresses(
        agency.emails.map((email) => email.address),
        { MAIL_TO_PLACEHOLDERS: 'true' },
      ),
    ).toEqual(['police@hungyen.example.gov.vn']);
  });
});

describe('The events the notifier hears', () => {
  it('are the same in the routing rules and in the manifest that subscribes notify-agencies', () => {
    const trigger = functions.notifyAgencies.trigger;
    const subscribed = trigger.type === 'events' ? [...trigger.events].sort() : [];
    const routed = [...new Set(routingRules.flatMap((rule) => rule.events))].sort();
    expect(subscribed).toEqual(routed);
  });
});
