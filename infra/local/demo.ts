/**
 * `npm run demo` (with `npm start` running): registers five realistic delegations, lets the
 * compliance engine check them, decides, books meetings and prints what happened.
 */
import { resolve } from 'node:path';
import { addDays } from '../../shared/compliance/calendar';
import { calendarOf, hungYenProfile } from '../../shared/compliance/profile';
import type { RegistrationInput } from '../../shared/domain/delegation';
import { loadOrCreateLocalKeys, signLocalToken } from './local-auth';
import { localPaths } from './paths';

const api = `http://localhost:${process.env.PORT ?? 3000}`;
const mailViewer = `http://localhost:${process.env.SES_PORT ?? 8005}`;
const keys = await loadOrCreateLocalKeys(resolve(localPaths().authKeyFile));
const tokens = {
  office: await signLocalToken(keys.privateKey, { roles: ['office'], username: 'vanphong.demo' }),
  leadership: await signLocalToken(keys.privateKey, { roles: ['leadership'], username: 'giamdoc.demo' }),
  admin: await signLocalToken(keys.privateKey, { roles: ['admin'], username: 'quantri.demo' }),
};

/** The parts of the API's answers the demo prints. */
interface Answer {
  id: string;
  status: string;
  error?: { code: string };
  outcome: string;
  outcomeVi?: string;
  findings: {
    severity: string;
    severityVi: string;
    title: { vi: string };
    dueDateVi?: string;
    citation: string;
  }[];
  notifications: { status: string; recipientName: string }[];
}

async function call(
  method: string,
  path: string,
  token: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${api}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).catch(() => {
    console.error(
      `The local stack is not answering at ${api}: start it with npm start, then run npm run demo.`,
    );
    process.exit(1);
  });
  return {
    status: response.status,
    etag: response.headers.get('etag') ?? '',
    body: (await response.json()) as Answer,
  };
}
const settle = () => new Promise((done) => setTimeout(done, 400));

/** Working days ahead, so that the demo keeps working whatever today is. */
const calendar = calendarOf(hungYenProfile);
function workingDay(after: number): string {
  let day = addDays(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10), after);
  while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
  return day;
}
const at = (day: string, time: string) => `${day}T${time}:00+07:00`;
const visitOn = (day: string, nights = 1) => ({
  arrival: at(day, '08:00'),
  departure: at(addDays(day, nights), '17:00'),
});
const contact = { name: 'Trần Văn Minh', email: 'minh.tv@sokhcn.hungyen.example.gov.vn' };

const soon = workingDay(3);
const day1 = workingDay(30);
const day2 = workingDay(45);
const delegations: Record<string, RegistrationInput> = {
  'JICA (Japan)': {
    partner: {
      name: 'Japan International Cooperation Agency (JICA)',
      country: 'JP',
      type: 'international_organisation',
    },
    members: [
      {
        fullName: 'Tanaka Hiroshi',
        nationality: 'JP',
        passportNumber: 'TZ1234567',
        title: 'Chief Representative',
        rank: 'department_leader',
        role: 'head',
      },
      {
        fullName: 'Sato Yuki',
        nationality: 'JP',
        passportNumber: 'TZ7654321',
        title: 'Project Formulation Advisor',
        role: 'member',
      },
    ],
    purpose: 'Khảo sát hợp tác dự án nông nghiệp thông minh tại Hưng Yên',
    topics: ['nông nghiệp thông minh', 'chuyển giao công nghệ'],
    visit: visitOn(day1),
    itinerary: [{ name: 'Khách sạn Phố Hiến', overnightStay: true }],
    hostDivision: 'science-management',
    contact,
  },
  'Korean investor': {
    partner: { name: 'Hanwha Advanced Materials', country: 'KR', type: 'foreign_business' },
    members: [
      {
        fullName: 'Park Min-jun',
        nationality: 'KR',
        passportNumber: 'M12345678',
        title: 'Vice President',
        rank: 'staff',
        role: 'head',
      },
    ],
    purpose: 'Tìm hiểu đầu tư nhà máy vật liệu mới tại khu công nghiệp Phố Nối',
    topics: ['vật liệu mới'],
    visit: visitOn(day2, 0),
    itinerary: [{ name: 'Nhà máy Z (khu vực cấm)', restrictedArea: true }],
    hostDivision: 'technology-innovation',
    contact,
  },
  'Foreign NGO': {
    partner: {
      name: 'Green Earth Foundation',
      country: 'DE',
      type: 'foreign_ngo',
      ngoRegistration: {
        certificateNumber: 'GĐK-045/BNG-VPDA',
        expiresOn: `${day2.slice(0, 4)}-12-31`,
        provinces: ['Hà Nội', 'Hưng Yên'],
        fields: ['môi trường'],
      },
    },
    members: [
      {
        fullName: 'Anna Schmidt',
        nationality: 'DE',
        passportNumber: 'C01X00T47',
        title: 'Country Director',
        role: 'head',
      },
    ],
    purpose: 'Thảo luận dự án bảo vệ môi trường nông thôn',
    topics: ['môi trường'],
    visit: visitOn(day2, 0),
    hostDivision: 'science-management',
    contact,
  },
  'Press crew (KBS)': {
    partner: { name: 'KBS World', country: 'KR', type: 'press' },
    members: [
      {
        fullName: 'Choi Yuna',
        nationality: 'KR',
        passportNumber: 'M99887766',
        title: 'Producer',
        role: 'head',
      },
      {
        fullName: 'Lee Jun-ho',
        nationality: 'KR',
        passportNumber: 'M55443322',
        title: 'Camera operator',
        role: 'journalist',
        pressPermitNumber: 'BNG-2026-118',
      },
    ],
    purpose: 'Làm phóng sự về khởi nghiệp đổi mới sáng tạo',
    topics: ['đổi mới sáng tạo'],
    visit: visitOn(day1, 0),
    hostDivision: 'information-centre',
    contact,
  },
  'Late request (university)': {
    partner: { name: 'Seoul National University', country: 'KR', type: 'academic_institution' },
    members: [
      {
        fullName: 'Kim Soo-hyun',
        nationality: 'KR',
        passportNumber: 'M24681357',
        title: 'Professor',
        rank: 'staff',
        role: 'head',
      },
    ],
    purpose: 'Trao đổi hợp tác nghiên cứu về tiêu chuẩn, đo lường, chất lượng',
    topics: ['tiêu chuẩn', 'đo lường'],
    visit: visitOn(soon, 0),
    hostDivision: 'standards-quality',
    contact,
  },
  'Embassy with a reception': {
    partner: { name: 'Embassy of Australia', country: 'AU', type: 'diplomatic_mission' },
    members: [
      {
        fullName: 'Andrew Goledzinowski',
        nationality: 'AU',
        passportNumber: 'PA1122334',
        title: 'Ambassador',
        rank: 'ambassador',
        role: 'head',
      },
    ],
    purpose: 'Chào xã giao và trao đổi hợp tác khoa học, bao gồm vấn đề nhân quyền trong nghiên cứu',
    topics: ['hợp tác khoa học'],
    visit: visitOn(day2, 0),
    activities: [{ type: 'reception_by_provincial_leaders', title: 'Lãnh đạo tỉnh tiếp Đại sứ' }],
    hostDivision: 'van-phong',
    contact,
  },
};

/** Replaces a directory list from the version just read, as an administrator would (If-Match). */
const replaceList = async (path: string, items: unknown[]) =>
  call('PUT', path, tokens.admin, items, { 'if-match': (await call('GET', path, tokens.admin)).etag });

console.log(`Setting up rooms and officials…`);
await replaceList('/rooms', [
  { id: 'phong-hop-tang-3', name: 'Phòng họp tầng 3', capacity: 20 },
  { id: 'phong-khach', name: 'Phòng khách Ban Giám đốc', capacity: 10 },
]);
await replaceList('/officials', [
  {
    id: 'giam-doc',
    fullName: 'Nguyễn Văn An',
    title: 'Giám đốc Sở',
    unit: 'Ban Giám đốc',
    email: 'giamdoc@sokhcn.hungyen.example.gov.vn',
  },
  {
    id: 'truong-phong-qlkh',
    fullName: 'Lê Thị Hoa',
    title: 'Trưởng phòng Quản lý Khoa học',
    unit: 'Phòng Quản lý Khoa học',
    email: 'hoa.lt@sokhcn.hungyen.example.gov.vn',
  },
]);

const ids: Record<string, string> = {};
for (const [label, registration] of Object.entries(delegations)) {
  const created = await call('POST', '/delegations', tokens.office, registration, {
    'idempotency-key': `demo-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${day1}`,
  });
  if (created.status !== 201)
    console.error(`  ${label}: ${created.status} ${JSON.stringify(created.body.error)}`);
  ids[label] = created.body.id;
}
await settle();

console.log('\nCompliance checks');
for (const [label, id] of Object.entries(ids)) {
  const report = (await call('GET', `/delegations/${id}/compliance`, tokens.office)).body;
  console.log(`\n■ ${label}: ${report.outcomeVi ?? report.outcome} (${report.outcome})`);
  for (const finding of report.findings.filter((f) => f.severity !== 'info').slice(0, 4)) {
    console.log(
      `  - [${finding.severityVi}] ${finding.title.vi}${finding.dueDateVi ? ` — hạn ${finding.dueDateVi}` : ''} (${finding.citation})`,
    );
  }
}

console.log('\nLeadership accepts the late request, the Office books meetings');
const late = ids['Late request (university)'] as string;
const read = await call('GET', `/delegations/${late}`, tokens.leadership);
const decided = await call(
  'POST',
  `/delegations/${late}/decision`,
  tokens.leadership,
  { decision: 'approve', note: 'Đồng ý tiếp đoàn; Văn phòng Sở gửi ngay danh sách khách cho Công an tỉnh.' },
  { 'if-match': read.etag },
);
console.log(`  Late request: ${decided.body.status}`);
const jica = ids['JICA (Japan)'] as string;
const meeting = await call('POST', `/delegations/${jica}/meetings`, tokens.office, {
  title: 'Làm việc với Ban Giám đốc Sở',
  start: at(day1, '09:00'),
  end: at(day1, '10:30'),
  roomId: 'phong-hop-tang-3',
  officialIds: ['giam-doc', 'truong-phong-qlkh'],
});
console.log(
  `  JICA meeting: ${meeting.status === 201 ? `booked ${day1} 09:00–10:30, Phòng họp tầng 3` : JSON.stringify(meeting.body.error)}`,
);
const clash = await call('POST', `/delegations/${jica}/meetings`, tokens.office, {
  title: 'Trùng giờ',
  start: at(day1, '10:00'),
  end: at(day1, '11:00'),
  roomId: 'phong-hop-tang-3',
});
console.log(`  A second meeting in the same room at 10:00: ${clash.status} ${clash.body.error?.code}`);

console.log('\nThe police issue the restricted-area permit for the Korean investor; the Office records it');
const investor = ids['Korean investor'] as string;
const current = await call('GET', `/delegations/${investor}`, tokens.office);
const permit = await call(
  'POST',
  `/delegations/${investor}/approvals`,
  tokens.office,
  {
    kind: 'restricted-area-permit',
    authority: 'police',
    documentNumber: '45/GP-CAT-PA02',
    documentDate: new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10),
    issuingBody: 'Công an tỉnh Hưng Yên',
  },
  { 'if-match': current.etag },
);
await settle();
const rechecked = await call('GET', `/delegations/${investor}`, tokens.office);
console.log(`  Permit recorded: ${permit.status}; the visit is now ${rechecked.body.status}`);
await settle();

console.log('\nEmails sent');
for (const [label, id] of Object.entries(ids)) {
  const records = (await call('GET', `/delegations/${id}/notifications`, tokens.office)).body.notifications;
  const sent = records.filter((r) => r.status === 'sent').map((r) => r.recipientName);
  console.log(`  ${label}: ${sent.length} — ${sent.join('; ')}`);
}
console.log(`\nRead them in the mail viewer: ${mailViewer}`);
console.log(`API reference: ${api}/docs`);
