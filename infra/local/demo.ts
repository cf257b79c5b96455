/**
 * `npm run demo` (with `npm start` running): registers five realistic delegations, lets the
 * compliance engine check them, decides, books meetings and prints what happened.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { apiClient, type paths } from '../../shared/api/client';
import { addDays } from '../../shared/compliance/calendar';
import { calendarOf, hungYenProfile } from '../../shared/compliance/profile';
import { visitDocumentKinds } from '../../shared/documents/kind-names';
import type { RegistrationInput } from '../../shared/domain/delegation';
import { planYearOf } from '../../shared/history/plan-period';
import { loadOrCreateLocalKeys, signLocalToken } from './local-auth';
import { localPaths } from './paths';

const api = `http://localhost:${process.env.PORT ?? 3000}`;
const mailViewer = `http://localhost:${process.env.SES_PORT ?? 8005}`;
const keys = await loadOrCreateLocalKeys(resolve(localPaths().authKeyFile));
const tokens = {
  office: await signLocalToken(keys.privateKey, { roles: ['office'], username: 'vanphong.demo' }),
  leadership: await signLocalToken(keys.privateKey, { roles: ['leadership'], username: 'giamdoc.demo' }),
  admin: await signLocalToken(keys.privateKey, { roles: ['admin'], username: 'quantri.demo' }),
  centre: await signLocalToken(keys.privateKey, { roles: ['information-centre'], username: 'trungtam.demo' }),
};

const clients = {
  office: apiClient(api, tokens.office),
  leadership: apiClient(api, tokens.leadership),
  admin: apiClient(api, tokens.admin),
  centre: apiClient(api, tokens.centre),
};

/** The stack must be running: say how to start it rather than print a stack trace. */
await clients.admin.GET('/rules').catch(() => {
  console.error(
    `The local stack is not answering at ${api}: start it with npm start, then run npm run demo.`,
  );
  process.exit(1);
});

/** The version to send back as If-Match. */
const etag = (answer: { response: Response }) => answer.response.headers.get('etag') ?? '';
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
      nameVi: 'Cơ quan Hợp tác Quốc tế Nhật Bản',
      country: 'JP',
      type: 'international_organisation',
    },
    members: [
      {
        fullName: 'Tanaka Hiroshi',
        nationality: 'JP',
        passportNumber: 'TZ1234567',
        title: 'Chief Representative',
        titleVi: 'Trưởng Đại diện JICA tại Việt Nam',
        rank: 'department_leader',
        role: 'head',
        sex: 'male',
        dateOfBirth: '1972-05-14',
        passportExpiresOn: '2031-03-01',
        entry: {
          document: 'visa',
          number: 'NG3-0457812',
          validUntil: '2027-12-31',
          port: 'Cảng hàng không quốc tế Nội Bài',
        },
      },
      {
        fullName: 'Sato Yuki',
        nationality: 'JP',
        passportNumber: 'TZ7654321',
        title: 'Project Formulation Advisor',
        titleVi: 'Cố vấn xây dựng dự án',
        role: 'member',
        sex: 'female',
        dateOfBirth: '1988-11-02',
        passportExpiresOn: '2030-07-19',
        entry: {
          document: 'visa',
          number: 'NG3-0457813',
          validUntil: '2027-12-31',
          port: 'Cảng hàng không quốc tế Nội Bài',
        },
      },
    ],
    purpose: 'Khảo sát hợp tác dự án nông nghiệp thông minh tại Hưng Yên và đồng tổ chức hội thảo quốc tế',
    topics: ['nông nghiệp thông minh', 'chuyển giao công nghệ'],
    visit: visitOn(day1),
    itinerary: [
      { name: 'Khách sạn Phố Hiến', address: 'Phường Phố Hiến, tỉnh Hưng Yên', overnightStay: true },
    ],
    activities: [
      {
        type: 'conference',
        title: 'Hội thảo quốc tế về nông nghiệp thông minh',
        startsAt: at(day1, '13:30'),
        endsAt: at(day1, '16:30'),
        venue: 'Hội trường Sở Khoa học và Công nghệ tỉnh Hưng Yên',
        organisers: ['Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)'],
        participants: { vietnamese: 50, foreign: 2 },
        agenda:
          'Giới thiệu mô hình nông nghiệp thông minh của Nhật Bản; thảo luận khả năng áp dụng tại các hợp tác xã của tỉnh.',
        funding: {
          source: `Kinh phí sự nghiệp khoa học và công nghệ năm ${day1.slice(0, 4)} của Sở`,
          amountVnd: 60_000_000,
        },
        mediaCoverage: true,
      },
    ],
    hostDivision: 'science-management',
    giftsPlanned: true,
    hospitality: {
      costSharing: 'department_pays',
      banquet: true,
      interpreting: { mode: 'consecutive', hours: 6, interpreters: 1 },
    },
    sourceLetter: {
      number: '245/JICA-VN',
      date: addDays(workingDay(0), -3),
      receivedOn: addDays(workingDay(0), -1),
    },
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
    partner: {
      name: 'Seoul National University',
      nameVi: 'Đại học Quốc gia Seoul',
      country: 'KR',
      type: 'academic_institution',
    },
    members: [
      {
        fullName: 'Kim Soo-hyun',
        nationality: 'KR',
        passportNumber: 'M24681357',
        title: 'Professor',
        titleVi: 'Giáo sư',
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

console.log(`Setting up rooms and officials…`);
await clients.admin.PUT('/rooms', {
  params: { header: { 'If-Match': etag(await clients.admin.GET('/rooms')) } },
  body: [
    { id: 'phong-hop-tang-3', name: 'Phòng họp tầng 3', capacity: 20 },
    { id: 'phong-khach', name: 'Phòng khách Ban Giám đốc', capacity: 10 },
  ],
});
await clients.admin.PUT('/officials', {
  params: { header: { 'If-Match': etag(await clients.admin.GET('/officials')) } },
  body: [
    {
      id: 'giam-doc',
      honorific: 'Ông',
      fullName: 'Nguyễn Văn An',
      title: 'Giám đốc Sở',
      position: 'director',
      unit: 'Ban Giám đốc',
      email: 'giamdoc@sokhcn.hungyen.example.gov.vn',
    },
    {
      id: 'pho-giam-doc',
      honorific: 'Bà',
      fullName: 'Trần Thị Thu',
      title: 'Phó Giám đốc Sở',
      position: 'deputy_director',
      unit: 'Ban Giám đốc',
      email: 'thu.tt@sokhcn.hungyen.example.gov.vn',
    },
    {
      id: 'chanh-van-phong',
      honorific: 'Ông',
      fullName: 'Phạm Quốc Huy',
      title: 'Chánh Văn phòng Sở',
      position: 'chief_of_office',
      unit: 'Văn phòng Sở',
      email: 'huy.pq@sokhcn.hungyen.example.gov.vn',
    },
    {
      id: 'truong-phong-qlkh',
      honorific: 'Bà',
      fullName: 'Lê Thị Hoa',
      title: 'Trưởng phòng Quản lý Khoa học',
      position: 'division_head',
      unit: 'Phòng Quản lý Khoa học',
      email: 'hoa.lt@sokhcn.hungyen.example.gov.vn',
    },
  ],
});

const ids: Record<string, string> = {};
for (const [label, registration] of Object.entries(delegations)) {
  const created = await clients.office.POST('/delegations', {
    body: registration,
    params: {
      header: { 'Idempotency-Key': `demo-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${day1}` },
    },
  });
  if (!created.data) console.error(`  ${label}: ${created.response.status} ${JSON.stringify(created.error)}`);
  else ids[label] = created.data.id;
}
await settle();

console.log('\nCompliance checks');
for (const [label, id] of Object.entries(ids)) {
  const { data: report } = await clients.office.GET('/delegations/{id}/compliance', {
    params: { path: { id } },
  });
  if (!report) continue;
  console.log(`\n■ ${label}: ${report.outcomeVi ?? report.outcome} (${report.outcome})`);
  for (const finding of report.findings.filter((f) => f.severity !== 'info').slice(0, 4)) {
    console.log(
      `  - [${finding.severityVi}] ${finding.summary ?? finding.title.vi}${finding.dueDateVi ? ` — hạn ${finding.dueDateVi}` : ''} (${finding.citation})`,
    );
  }
}

console.log('\nLeadership accepts the late request, the Office books meetings');
const late = ids['Late request (university)'] as string;
const read = await clients.leadership.GET('/delegations/{id}', { params: { path: { id: late } } });
const decided = await clients.leadership.POST('/delegations/{id}/decision', {
  params: { path: { id: late }, header: { 'If-Match': etag(read) } },
  body: {
    decision: 'approve',
    note: 'Đồng ý tiếp đoàn; Văn phòng Sở gửi ngay danh sách khách cho Công an tỉnh.',
  },
});
console.log(`  Late request: ${decided.data?.status ?? JSON.stringify(decided.error)}`);
const jica = ids['JICA (Japan)'] as string;
const meeting = await clients.office.POST('/delegations/{id}/meetings', {
  params: { path: { id: jica }, header: { 'Idempotency-Key': `demo-meeting-${day1}` } },
  body: {
    title: 'Làm việc với Ban Giám đốc Sở',
    start: at(day1, '09:00'),
    end: at(day1, '10:30'),
    roomId: 'phong-hop-tang-3',
    officialIds: ['giam-doc', 'truong-phong-qlkh'],
  },
});
console.log(
  `  JICA meeting: ${meeting.data ? `booked ${day1} 09:00–10:30, Phòng họp tầng 3` : JSON.stringify(meeting.error)}`,
);
const clash = await clients.office.POST('/delegations/{id}/meetings', {
  params: { path: { id: jica }, header: { 'Idempotency-Key': `demo-clash-${day1}` } },
  body: { title: 'Trùng giờ', start: at(day1, '10:00'), end: at(day1, '11:00'), roomId: 'phong-hop-tang-3' },
});
console.log(
  `  A second meeting in the same room at 10:00: ${clash.response.status} ${(clash.error as { error?: { code?: string } } | undefined)?.error?.code}`,
);

console.log('\nThe police issue the restricted-area permit for the Korean investor; the Office records it');
const investor = ids['Korean investor'] as string;
const current = await clients.office.GET('/delegations/{id}', { params: { path: { id: investor } } });
const permit = await clients.office.POST('/delegations/{id}/approvals', {
  params: { path: { id: investor }, header: { 'If-Match': etag(current) } },
  body: {
    kind: 'restricted-area-permit',
    authority: 'police',
    documentNumber: '45/GP-CAT-PA02',
    documentDate: new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10),
    issuingBody: 'Công an tỉnh Hưng Yên',
  },
});
await settle();
const rechecked = await clients.office.GET('/delegations/{id}', { params: { path: { id: investor } } });
console.log(`  Permit recorded: ${permit.response.status}; the visit is now ${rechecked.data?.status}`);
await settle();

console.log('\nEmails sent');
for (const [label, id] of Object.entries(ids)) {
  const { data } = await clients.office.GET('/delegations/{id}/notifications', { params: { path: { id } } });
  const records = data?.notifications ?? [];
  const sent = records.filter((r) => r.status === 'sent').map((r) => r.recipientName);
  console.log(`  ${label}: ${sent.length} — ${sent.join('; ')}`);
}
console.log(`\nRead them in the mail viewer: ${mailViewer}`);

console.log('\nThe late university visit takes place; its host division files the post-visit report');
const lateVisit = (await clients.office.GET('/delegations/{id}', { params: { path: { id: late } } })).data;
if (lateVisit) {
  // The local stack's schedule with a fake clock, as `npm run trigger -- visit-progress --at …` runs it.
  for (const instant of [lateVisit.visit.arrival, lateVisit.visit.departure])
    await fetch(`${api}/_local/schedules/visit-progress`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.admin}` },
      body: JSON.stringify({ scheduledTime: new Date(Date.parse(instant) + 3_600_000).toISOString() }),
    });
  await settle();
  const completed = await clients.office.GET('/delegations/{id}', { params: { path: { id: late } } });
  const filed = await clients.office.POST('/delegations/{id}/visit-report', {
    params: { path: { id: late }, header: { 'If-Match': etag(completed) } },
    body: {
      summary:
        'Hai bên trao đổi kinh nghiệm quản lý đo lường và thống nhất xây dựng chương trình hợp tác nghiên cứu.',
      outcomes: ['Thống nhất danh mục 03 đề tài hợp tác nghiên cứu về tiêu chuẩn, đo lường'],
      agreementsSigned: [],
      followUpActions: [
        { action: 'Gửi đề xuất đề tài hợp tác', owner: 'Phòng Tiêu chuẩn, Đo lường, Chất lượng' },
      ],
    },
  });
  console.log(
    `  Post-visit report: ${filed.response.status}; the visit is now ${filed.data?.status ?? JSON.stringify(filed.error)}`,
  );
}

console.log('\nIts news for the portal: drafted from the records, submitted, approved, published');
await settle();
const news = await clients.office.GET('/delegations/{id}/news', { params: { path: { id: late } } });
let newsVersion = news.data?.version ?? 0;
type NewsStep = paths['/delegations/{id}/news']['post']['requestBody']['content']['application/json'];
/** One step of the news item, as the console takes it, under the item's own If-Match. */
async function newsStep(client: (typeof clients)['office'], body: NewsStep) {
  const answer = await client.POST('/delegations/{id}/news', {
    params: { path: { id: late }, header: { 'If-Match': `"${newsVersion}"` } },
    body,
  });
  newsVersion = answer.data?.version ?? newsVersion;
  console.log(`  ${body.command}: ${answer.data?.status ?? JSON.stringify(answer.error)}`);
}
if (news.data?.commands.includes('submit')) {
  await newsStep(clients.office, { command: 'submit' });
  await newsStep(clients.leadership, { command: 'approve', note: 'Đồng ý đăng tin.' });
  await newsStep(clients.centre, { command: 'publish', url: 'https://skhcn.hungyen.gov.vn/tin-tuc/demo' });
  await settle();
  const newsDir = join(localPaths().dataDir, 'drafts', late);
  await mkdir(newsDir, { recursive: true });
  for (const format of ['html', 'docx'] as const) {
    const file = await fetch(`${api}/delegations/${late}/news/file?format=${format}`, {
      headers: { authorization: `Bearer ${tokens.office}` },
    });
    const path = join(newsDir, `tin-bai.${format}`);
    await writeFile(path, Buffer.from(await file.arrayBuffer()));
    console.log(`  ${format}: ${resolve(path)}`);
  }
} else console.log(`  no news item: ${news.data?.unavailable ?? JSON.stringify(news.error)}`);

console.log('\nThe external-information plan of that visit’s year, and the yearly report on carrying it out');
const arrivedOn = lateVisit?.visit.arrival.slice(0, 10) ?? new Date().toISOString().slice(0, 10);
const planYear = planYearOf(arrivedOn, hungYenProfile.reportingPeriod);
const planRead = await clients.office.GET('/external-plan/{year}', { params: { path: { year: planYear } } });
const planSaved = await clients.office.PUT('/external-plan/{year}', {
  params: { path: { year: planYear }, header: { 'If-Match': `"${planRead.data?.version ?? 0}"` } },
  body: {
    planDocument: `Kế hoạch số 15/KH-SKHCN ngày 20/01/${planYear}`,
    leaderId: 'pho-giam-doc',
    focalOfficialId: 'chanh-van-phong',
    budget: { estimateVnd: 150_000_000, spentVnd: 96_400_000 },
    trainings: [
      {
        id: 'tap-huan-ttdn',
        title: 'Bồi dưỡng nghiệp vụ thông tin đối ngoại',
        from: `${planYear}-05-20`,
        to: `${planYear}-05-21`,
        organiser: 'Bộ Ngoại giao',
        attendees: ['Phạm Quốc Huy'],
      },
    ],
    events: [
      {
        id: 'ket-noi-cung-cau',
        kind: 'business_matching',
        title: 'Kết nối cung – cầu công nghệ Hưng Yên – Hàn Quốc',
        from: `${planYear}-09-12`,
        place: 'Trung tâm Hội nghị tỉnh',
        partners: ['Hội Trí thức Việt Nam tại Hàn Quốc'],
        participants: 120,
      },
    ],
  },
});
console.log(
  `  plan ${planYear}: ${planSaved.response.status} ${planSaved.error ? JSON.stringify(planSaved.error) : ''}`,
);
const planDir = join(localPaths().dataDir, 'drafts', `ke-hoach-ttdn-${planYear}`);
await mkdir(planDir, { recursive: true });
for (const format of ['docx', 'xlsx'] as const) {
  const file = await fetch(`${api}/reports/external-information?year=${planYear}&format=${format}`, {
    headers: { authorization: `Bearer ${tokens.leadership}` },
  });
  const path = join(planDir, `bao-cao-thong-tin-doi-ngoai.${format}`);
  await writeFile(path, Buffer.from(await file.arrayBuffer()));
  console.log(`  ${format}: ${file.status} ${resolve(path)}`);
}

console.log(
  '\nDrafts in the prescribed form (Nghị định 30/2020/NĐ-CP), each signed as its signer’s position says',
);
const draftsDir = join(localPaths().dataDir, 'drafts', jica);
await mkdir(draftsDir, { recursive: true });
/** Who signs each draft: the Chief of Office his Office's proposal, a deputy the notice to the police. */
const signerOf: Record<(typeof visitDocumentKinds)[number], string> = {
  proposal: 'chanh-van-phong',
  'guest-list-police': 'pho-giam-doc',
  'permission-request': 'giam-doc',
  'conference-plan': 'giam-doc',
  'reception-plan': 'giam-doc',
  'visit-report': 'giam-doc',
};
for (const kind of visitDocumentKinds) {
  // The results report is the late university visit's, the only one completed.
  const visitId = kind === 'visit-report' ? late : jica;
  const response = await fetch(`${api}/delegations/${visitId}/documents/${kind}?signer=${signerOf[kind]}`, {
    headers: { authorization: `Bearer ${tokens.office}` },
  });
  if (!response.ok) {
    const { error } = (await response.json()) as { error: { message: string } };
    console.log(`  ${kind}: ${response.status} — ${error.message}`);
    continue;
  }
  const file = join(draftsDir, `${kind}.docx`);
  await writeFile(file, Buffer.from(await response.arrayBuffer()));
  console.log(`  ${kind}: ${resolve(file)}`);
}
console.log('\nThe signed proposal goes into the visit’s dossier (upload to S3, then the content check)');
const signed = await readFile(join(draftsDir, 'proposal.docx'));
const declared = await clients.office.POST('/delegations/{id}/attachments', {
  params: { path: { id: jica }, header: { 'Idempotency-Key': `demo-attachment-${day1}` } },
  body: {
    fileName: 'Tờ trình đã ký.docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    size: signed.length,
    kind: 'signed-document',
  },
});
if (declared.data) {
  const { upload, attachment } = declared.data;
  await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: signed });
  const kept = await clients.office.POST('/delegations/{id}/attachments/{attachmentId}/confirm', {
    params: { path: { id: jica, attachmentId: attachment.id } },
  });
  console.log(`  ${attachment.fileName}: ${kept.data?.status ?? JSON.stringify(kept.error)}`);
} else console.log(`  ${declared.response.status} ${JSON.stringify(declared.error)}`);
console.log(`API reference: ${api}/docs`);
