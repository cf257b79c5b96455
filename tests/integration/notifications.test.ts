import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../shared/adapters/dynamo-client';
import { sesClient } from '../../shared/adapters/ses-client';
import { jicaVisit, workingDayIn } from '../fixtures/registration';
import { replayEvent, type StoredEmail, startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let office: string;
let admin: string;
const day = workingDayIn(40);
const at = (time: string, date = day) => `${date}T${time}:00+07:00`;
const officials = [
  {
    id: 'giam-doc',
    fullName: 'Nguyễn Văn An',
    title: 'Giám đốc Sở',
    unit: 'Ban Giám đốc',
    email: 'giamdoc@sokhcn.example.gov.vn',
  },
  // An official whose id happens to be an agency key: ids never grant the right to full passports.
  {
    id: 'police',
    fullName: 'Trần Văn Bảo',
    title: 'Chuyên viên',
    unit: 'Văn phòng Sở',
    email: 'bao.tv@sokhcn.example.gov.vn',
  },
  {
    id: 'chuyen-vien',
    fullName: 'Phạm Quốc Cường',
    title: 'Chuyên viên',
    unit: 'Phòng Quản lý Khoa học',
    email: 'cuong@sokhcn.example.gov.vn',
  },
];

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
  admin = await stack.token('admin');
  await stack.call('PUT', '/rooms', {
    token: admin,
    headers: { 'if-match': '"0"' },
    body: [{ id: 'phong-hop-1', name: 'Phòng họp tầng 3' }],
  });
  await stack.call('PUT', '/officials', { token: admin, headers: { 'if-match': '"0"' }, body: officials });
});
afterAll(() => stack?.stop());

async function register(overrides = {}) {
  const visit = { arrival: at('08:00'), departure: at('17:00', workingDayIn(42)) };
  const created = await stack.call('POST', '/delegations', {
    token: office,
    body: jicaVisit({ visit, ...overrides }),
  });
  expect(created.status).toBe(201);
  await stack.bus.settled();
  return created.body as { id: string; partner: { name: string } };
}

/** The emails about one delegation: its partner name is unique per test. */
async function mailsAbout(partner: string): Promise<StoredEmail[]> {
  return (await stack.mails()).filter((mail) => mail.body.text?.includes(partner));
}
const to = (mails: StoredEmail[], address: string) =>
  mails.filter((mail) => mail.destination.to.includes(address));
const agency = (key: string) => `${key}@hungyen.example.gov.vn`;
/** The registration's host division, by its own address in the divisions directory. */
const HOST = 'science-management@hungyen.example.gov.vn';
const partner = (name: string) => ({ partner: { name, country: 'JP', type: 'foreign_business' as const } });
const icsOf = (mail: StoredEmail | undefined) =>
  Buffer.from(
    mail?.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'))?.content ?? '',
    'base64',
  ).toString('utf8');

describe('A plain business visit', () => {
  it('sends the police and the foreign-affairs office one email each, in Vietnamese, with full passport numbers', async () => {
    await register(partner('Công ty Yamato Plain'));
    const mails = await mailsAbout('Công ty Yamato Plain');
    const police = to(mails, agency('police'));
    expect(police).toHaveLength(1);
    expect(to(mails, agency('foreign-affairs'))).toHaveLength(1);
    expect(police[0]?.subject).toMatch(
      // One day when the two working days meet over a holiday week, else from one day to the other.
      /^Thông báo đoàn vào: Công ty Yamato Plain, (ngày \d{2}\/\d{2}\/\d{4}|từ ngày \d{2}\/\d{2}\/\d{4} đến ngày \d{2}\/\d{2}\/\d{4})$/,
    );
    expect(police[0]?.body.text).toContain('Kính gửi: Công an tỉnh');
    expect(police[0]?.body.text).toContain('TZ1234567');
    expect(police[0]?.body.html).toContain('<td>TZ1234567</td>');
    expect(police[0]?.body.text).toMatch(/Thời gian: từ 08:00 (ngày \d{2}\/\d{2}\/\d{4} )?đến 17:00 ngày/);
  });

  it('shows the host division and invited officials the guest list with passport numbers masked', async () => {
    const delegation = await register(partner('Công ty Yamato Private'));
    const booked = await stack.call('POST', `/delegations/${delegation.id}/meetings`, {
      token: office,
      body: {
        title: 'Làm việc với Văn phòng Sở',
        start: at('16:00', workingDayIn(42)),
        end: at('16:45', workingDayIn(42)),
        roomId: 'phong-hop-1',
        officialIds: ['police'],
      },
    });
    expect(booked.status).toBe(201);
    await stack.bus.settled();
    const mails = (await mailsAbout('Công ty Yamato Private')).filter((mail) =>
      mail.subject.startsWith('Mời họp'),
    );
    const readers = [...to(mails, HOST), ...to(mails, 'bao.tv@sokhcn.example.gov.vn')];
    expect(readers).toHaveLength(2);
    for (const mail of readers) {
      expect(mail.body.text).toContain('Danh sách khách');
      expect(mail.body.text).toMatch(/TZ\*{6}7/);
      expect(mail.body.text).not.toContain('TZ1234567');
      expect(mail.body.html).not.toContain('TZ1234567');
    }
  });

  it('escapes what users typed before it goes into HTML', async () => {
    await register({ ...partner('Công ty <b>Bold</b> & Co'), purpose: 'Trao đổi <script>alert(1)</script>' });
    const [mail] = await mailsAbout('Công ty <b>Bold</b> & Co');
    expect(mail?.body.html).toContain('Công ty &lt;b&gt;Bold&lt;/b&gt; &amp; Co');
    expect(mail?.body.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail?.body.html).not.toContain('<script>');
  });
});

describe('Visits that concern security', () => {
  it('a restricted area informs the police and the military command, with no guest list before the permit', async () => {
    await register({
      ...partner('Công ty Restricted'),
      itinerary: [{ name: 'Nhà máy Z119', restrictedArea: true }],
    });
    const mails = await mailsAbout('Công ty Restricted');
    const military = to(mails, agency('military'));
    expect(military).toHaveLength(1);
    expect(military[0]?.body.text).toContain('Thông báo để phối hợp: đoàn dự kiến đến Nhà máy Z119');
    const police = to(mails, agency('police'));
    expect(police).toHaveLength(1);
    expect(police[0]?.body.text).not.toContain('Danh sách khách');
    expect(to(mails, agency('foreign-affairs'))).toHaveLength(0);
  });

  it('a sensitive topic informs the police and the Party focal point, never mails the Chairman, and sends no guest list yet', async () => {
    await register({ ...partner('Công ty Sensitive'), topics: ['nhân quyền'] });
    const mails = await mailsAbout('Công ty Sensitive');
    for (const key of ['police', 'party-external']) expect(to(mails, agency(key)), key).toHaveLength(1);
    expect(to(mails, agency('provincial-committee'))).toHaveLength(0);
    expect(to(mails, agency('party-external'))[0]?.body.text).toContain('nhân quyền');
    expect(to(mails, agency('police'))[0]?.body.text).not.toContain('Danh sách khách');
  });
});

describe('Decisions and cancellations', () => {
  it('an approval sends the police and the foreign-affairs office the full guest list, the Office and host division the decision', async () => {
    // Registered three days ahead: too late, so leadership decides.
    const delegation = await register({
      ...partner('Công ty Phê duyệt'),
      visit: { arrival: at('08:00', workingDayIn(3)), departure: at('17:00', workingDayIn(4)) },
    });
    const leadership = await stack.token('leadership');
    const decided = await stack.call('POST', `/delegations/${delegation.id}/decision`, {
      token: leadership,
      headers: { 'if-match': '"1"' },
      body: { decision: 'approve', note: 'Đồng ý' },
    });
    expect(decided.status).toBe(200);
    await stack.bus.settled();
    const approvals = (await mailsAbout('Công ty Phê duyệt')).filter((mail) =>
      mail.subject.startsWith('Phê duyệt'),
    );
    const guestLists = (await mailsAbout('Công ty Phê duyệt')).filter(
      (mail) => !mail.subject.startsWith('Phê duyệt') && mail.body.text?.includes('Danh sách khách'),
    );
    expect(approvals.flatMap((mail) => mail.destination.to).sort()).toEqual([HOST, agency('office')].sort());
    for (const key of ['police', 'foreign-affairs']) {
      const [list] = to(guestLists, agency(key));
      expect(list?.body.text, key).toContain('TZ1234567');
    }
    expect(to(guestLists, agency('military'))).toEqual([]);
  });

  it('a cancellation tells the Office, the host division, the police and the foreign-affairs office', async () => {
    const delegation = await register(partner('Công ty Hủy chuyến'));
    const cancelled = await stack.call('POST', `/delegations/${delegation.id}/cancel`, {
      token: office,
      headers: { 'if-match': '"1"' },
      body: { reason: 'Đối tác hoãn' },
    });
    expect(cancelled.status).toBe(200);
    await stack.bus.settled();
    const notices = (await mailsAbout('Công ty Hủy chuyến')).filter((mail) =>
      mail.subject.startsWith('Hủy chuyến thăm'),
    );
    expect(notices.flatMap((mail) => mail.destination.to).sort()).toEqual(
      [...['foreign-affairs', 'office', 'police'].map(agency), HOST].sort(),
    );
    for (const notice of notices) expect(notice.body.text).toContain('Lý do: Đối tác hoãn');
  });
});

describe('Meeting invitations', () => {
  it('invite the officials and the host division, then update and cancel the same calendar entry', async () => {
    const delegation = await register(partner('Công ty Meeting'));
    const booked = await stack.call('POST', `/delegations/${delegation.id}/meetings`, {
      token: office,
      body: {
        title: 'Làm việc với Giám đốc Sở',
        start: at('09:00'),
        end: at('10:00'),
        roomId: 'phong-hop-1',
        officialIds: ['giam-doc'],
      },
    });
    expect(booked.status).toBe(201);
    await stack.bus.settled();
    const invitation = to(await mailsAbout('Công ty Meeting'), 'giamdoc@sokhcn.example.gov.vn');
    expect(invitation).toHaveLength(1);
    expect(invitation[0]?.subject).toBe(
      `Mời họp: Làm việc với Giám đốc Sở — 09:00 ngày ${day.split('-').reverse().join('/')}`,
    );
    expect(invitation[0]?.body.text).toContain('Địa điểm: Phòng họp tầng 3');
    expect(invitation[0]?.body.text).toMatch(/TZ\*{6}7/);
    const ics = icsOf(invitation[0]);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:${booked.body.id}@delegations.sokhcn.hungyen`);
    expect(ics).toContain('SEQUENCE:0');
    expect(ics).toContain('TZID:Asia/Ho_Chi_Minh');
    expect(ics).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    expect(ics).toContain(`DTSTART;TZID=Asia/Ho_Chi_Minh:${day.replaceAll('-', '')}T090000`);
    expect(
      to(await mailsAbout('Công ty Meeting'), HOST).some((mail) => icsOf(mail).includes('METHOD:REQUEST')),
    ).toBe(true);

    await stack.call('PATCH', `/delegations/${delegation.id}/meetings/${booked.body.id}`, {
      token: office,
      headers: { 'if-match': '"1"' },
      body: { start: at('14:00'), end: at('15:00') },
    });
    await stack.bus.settled();
    const moved = to(await mailsAbout('Công ty Meeting'), 'giamdoc@sokhcn.example.gov.vn').find((mail) =>
      mail.subject.startsWith('Thay đổi lịch họp'),
    );
    expect(icsOf(moved)).toContain('SEQUENCE:1');
    expect(icsOf(moved)).toContain(`UID:${booked.body.id}@delegations.sokhcn.hungyen`);
    expect(moved?.body.text).toContain('(trước đây: 09:00–10:00');

    await stack.call('DELETE', `/delegations/${delegation.id}/meetings/${booked.body.id}`, {
      token: office,
      headers: { 'if-match': '"2"' },
    });
    await stack.bus.settled();
    const cancelled = to(await mailsAbout('Công ty Meeting'), 'giamdoc@sokhcn.example.gov.vn').find((mail) =>
      mail.subject.startsWith('Hủy lịch họp'),
    );
    expect(icsOf(cancelled)).toContain('METHOD:CANCEL');
    expect(icsOf(cancelled)).toContain('SEQUENCE:2');
    expect(icsOf(cancelled)).toContain('STATUS:CANCELLED');
  });
});

describe('Exactly one email per event and recipient', () => {
  it('sends nothing more when the same event arrives three times', async () => {
    const delegation = await register(partner('Công ty Replay'));
    const before = (await mailsAbout('Công ty Replay')).length;
    const checked = stack.bus.history.find(
      (event) =>
        event.detailType === 'Delegation.ComplianceChecked' &&
        (event.detail as any).delegationId === delegation.id,
    );
    for (let replay = 0; replay < 3; replay++) {
      await replayEvent(stack, 'Delegation.ComplianceChecked', checked?.detail);
    }
    await stack.bus.settled();
    expect(before).toBeGreaterThan(0);
    expect((await mailsAbout('Công ty Replay')).length).toBe(before);
  });

  it('sends once when SES throttles twice and then accepts', async () => {
    let throttled = 0;
    const fault = (next: any) => async (args: any) => {
      if (throttled < 2) {
        throttled++;
        throw Object.assign(new Error('Maximum sending rate exceeded.'), {
          name: 'Throttling',
          $metadata: { httpStatusCode: 400 },
        });
      }
      return next(args);
    };
    sesClient.middlewareStack.add(fault, { step: 'finalizeRequest', name: 'throttleTwice', priority: 'low' });
    try {
      const delegation = await register({
        ...partner('Công ty Throttled'),
        itinerary: [{ name: 'Kho K', restrictedArea: true }],
      });
      expect(throttled).toBe(2);
      expect(to(await mailsAbout('Công ty Throttled'), agency('military'))).toHaveLength(1);
      const records = (
        await stack.call('GET', `/delegations/${delegation.id}/notifications`, { token: office })
      ).body.notifications;
      expect(records.every((record: any) => record.status === 'sent' && record.messageId)).toBe(true);
    } finally {
      sesClient.middlewareStack.remove('throttleTwice');
    }
  });

  it('records a permanent refusal as failed, visible on the notifications and the timeline', async () => {
    const refuse = () => async () => {
      throw Object.assign(new Error('Email address is not verified.'), {
        name: 'MessageRejected',
        $metadata: { httpStatusCode: 400 },
      });
    };
    sesClient.middlewareStack.add(refuse, { step: 'finalizeRequest', name: 'refuse', priority: 'low' });
    let delegationId = '';
    try {
      delegationId = (await register(partner('Công ty Refused'))).id;
    } finally {
      sesClient.middlewareStack.remove('refuse');
    }
    const records = (await stack.call('GET', `/delegations/${delegationId}/notifications`, { token: office }))
      .body.notifications;
    expect(records.length).toBeGreaterThan(0);
    expect(
      records.every((record: any) => record.status === 'failed' && record.reason.includes('MessageRejected')),
    ).toBe(true);
    const timeline = (await stack.call('GET', `/delegations/${delegationId}/timeline`, { token: office }))
      .body.entries;
    expect(timeline.some((entry: any) => entry.name === 'Notification.Failed')).toBe(true);
    expect(stack.bus.deadLetters).toEqual([]);
  });
});

describe('A crash between sending and recording', () => {
  it('never sends the same email twice', async () => {
    let crashed = false;
    const crashAfterSend = (next: any) => async (args: any) => {
      const input = args.input as {
        Key?: { sk?: string };
        ExpressionAttributeValues?: Record<string, unknown>;
      };
      if (
        !crashed &&
        input.Key?.sk?.includes('#agency:military') &&
        input.ExpressionAttributeValues?.[':status'] === 'sent'
      ) {
        crashed = true;
        throw new Error('Lambda timed out after SES accepted the mail');
      }
      return next(args);
    };
    documentClient.middlewareStack.add(crashAfterSend, { step: 'initialize', name: 'crashAfterSend' });
    try {
      await register({ ...partner('Công ty Crash'), itinerary: [{ name: 'Kho K', restrictedArea: true }] });
    } finally {
      documentClient.middlewareStack.remove('crashAfterSend');
    }
    expect(crashed).toBe(true);
    expect(to(await mailsAbout('Công ty Crash'), agency('military'))).toHaveLength(1);
  });
});

describe('Bounces', () => {
  it('suspend the address until admin fixes it, and the log says why nobody was reached', async () => {
    const first = await register(partner('Công ty Bounce'));
    const checked = stack.bus.history.find(
      (event) =>
        event.detailType === 'Delegation.ComplianceChecked' &&
        (event.detail as any).delegationId === first.id,
    );
    const eventId = (checked?.detail as any)?.eventId;
    const bounce = {
      eventType: 'Bounce',
      bounce: {
        bounceType: 'Permanent',
        bouncedRecipients: [
          { emailAddress: agency('military'), diagnosticCode: 'smtp; 550 5.1.1 user unknown' },
        ],
      },
      mail: {
        messageId: 'ses-123',
        tags: {
          delegation: [first.id],
          notification: [Buffer.from(`${eventId}#agency:military`).toString('base64url')],
        },
      },
    };
    const queued = await stack.local('/_local/queues/email-feedback', {
      Type: 'Notification',
      Message: JSON.stringify(bounce),
    });
    expect(queued.status).toBe(202);
    await stack.bus.settled();
    const directory = (await stack.call('GET', '/agencies', { token: admin })).body.items;
    expect(directory.find((entry: any) => entry.key === 'military').emails[0].suspended.reason).toContain(
      '550 5.1.1',
    );

    const second = await register({
      ...partner('Công ty After Bounce'),
      itinerary: [{ name: 'Kho K', restrictedArea: true }],
    });
    expect(to(await mailsAbout('Công ty After Bounce'), agency('military'))).toHaveLength(0);
    const records = (await stack.call('GET', `/delegations/${second.id}/notifications`, { token: office }))
      .body.notifications;
    expect(records.find((record: any) => record.recipient === 'agency:military')).toMatchObject({
      status: 'suppressed',
    });
    const timeline = (await stack.call('GET', `/delegations/${second.id}/timeline`, { token: office })).body
      .entries;
    expect(timeline.find((entry: any) => entry.name === 'Notification.Suppressed').summary).toContain(
      'Bộ Chỉ huy Quân sự tỉnh',
    );
  });
});
