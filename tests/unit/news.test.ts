import { describe, expect, it } from 'vitest';
import { issuer } from '../../shared/config/issuer';
import { internalMarks } from '../../shared/documents/outgoing-text';
import type { Delegation } from '../../shared/domain/delegation';
import { ConflictError, ForbiddenError } from '../../shared/domain/errors';
import type { NewsItem } from '../../shared/domain/news-item';
import { draftNews, type NewsFacts, whyNoNews } from '../../shared/news/draft-news';
import { newsDocx, newsHtml } from '../../shared/news/news-files';
import {
  applyNewsCommand,
  type NewsCommand,
  type NewsInput,
  newsCommands,
  newsCommandsFor,
} from '../../shared/news/news-workflow';
import {
  deputyDirector,
  director,
  reportedUniversityVisit,
  universityMeeting,
  universityVisit,
} from '../fixtures/documents';
import { readDocx } from '../support/docx-reader';

const reported: Delegation = {
  ...reportedUniversityVisit,
  compliance: {
    reportVersion: 1,
    outcome: 'cleared',
    checkedAt: universityVisit.createdAt,
    sensitive: false,
  },
};

const facts = (overrides: Partial<NewsFacts> = {}): NewsFacts => ({
  delegation: reported,
  meetings: [universityMeeting],
  officials: [director, deputyDirector],
  issuer: issuer({}),
  ...overrides,
});

describe('Whether a visit gets a news draft', () => {
  const compliance = reported.compliance;
  it.each([
    ['a sensitive topic was found', { compliance: { ...compliance, sensitive: true } }, false, 'sensitive'],
    [
      'it was checked before the check said whether',
      { compliance: { ...compliance, sensitive: undefined } },
      false,
      'sensitive',
    ],
    [
      'the visit is still going on',
      { status: 'in_progress' as const, visitReport: undefined },
      false,
      'visit-not-over',
    ],
    [
      'the host division owes its report',
      { status: 'completed' as const, visitReport: undefined },
      true,
      'report-not-filed',
    ],
  ])('none while %s', (_, change, reportOwed, why) => {
    expect(whyNoNews({ ...reported, ...change } as Delegation, reportOwed)).toBe(why);
  });

  it('one once the visit is over and its report filed, or over when no report is owed', () => {
    expect(whyNoNews(reported, true)).toBeUndefined();
    expect(whyNoNews({ ...reported, status: 'completed', visitReport: undefined }, false)).toBeUndefined();
  });
});

describe('The news draft of a visit', () => {
  it('says who came, who received them and when, what was discussed, agreed, signed and comes next', () => {
    const { vi } = draftNews(facts());
    expect(vi.title).toBe(
      'Sở Khoa học và Công nghệ tỉnh Hưng Yên tiếp và làm việc với đoàn Đại học Quốc gia Seoul (Hàn Quốc)',
    );
    expect(vi.lead).toBe(
      'Ngày 05/01/2027, tại Sở Khoa học và Công nghệ tỉnh Hưng Yên, đồng chí Lê Thị Hoa, Giám đốc Sở đã tiếp và làm việc với đoàn Đại học Quốc gia Seoul (Hàn Quốc) do ông Kim Min-jun, Phó Hiệu trưởng làm trưởng đoàn.',
    );
    expect(vi.body).toEqual([
      'Nội dung chuyến thăm: Trao đổi hợp tác nghiên cứu vật liệu mới và tổ chức hội thảo khoa học.',
      'Tại buổi làm việc, hai bên đã trao đổi về: vật liệu mới; chuyển giao công nghệ.',
      'Hai bên thống nhất phối hợp tổ chức hội thảo thường niên về vật liệu mới.',
      'Kết quả chính: Trao đổi danh mục đề tài hợp tác.',
      'Hai bên đã ký kết: Biên bản ghi nhớ hợp tác nghiên cứu.',
      'Thời gian tới, hai bên thống nhất triển khai: Gửi đề xuất đề tài.',
    ]);
  });

  it('names who received the delegation at the first meeting held, not at a cancelled one', () => {
    const cancelled = {
      ...universityMeeting,
      id: 'm0',
      start: '2027-01-04T09:00:00+07:00',
      officialIds: [deputyDirector.id],
      status: 'cancelled' as const,
    };
    const { vi } = draftNews(facts({ meetings: [cancelled, universityMeeting] }));
    expect(vi.lead).toMatch(/^Ngày 05\/01\/2027, .*đồng chí Lê Thị Hoa, Giám đốc Sở/u);
    expect(vi.lead).not.toContain(deputyDirector.fullName);
  });

  it('names the Department alone when no meeting was held, on the day of arrival', () => {
    const { vi } = draftNews(facts({ meetings: [] }));
    expect(vi.lead).toMatch(
      /^Ngày 05\/01\/2027, Sở Khoa học và Công nghệ tỉnh Hưng Yên đã tiếp và làm việc/u,
    );
  });

  it('keeps out who owes the next steps and by when, and every internal mark', () => {
    const { vi, en } = draftNews(facts());
    const text = [vi.title, vi.lead, ...vi.body, en.title, en.lead, ...en.body].join('\n');
    expect(text).not.toContain('Phòng Quản lý Khoa học');
    expect(text).not.toContain('01/03/2027');
    for (const mark of internalMarks) expect(text).not.toMatch(mark);
  });

  it('drafts the English from the English names on record only, for an editor to review', () => {
    const { en } = draftNews(facts());
    expect(en.needsReview).toBe(true);
    expect(en.title).toBe(
      'Hung Yen Department of Science and Technology receives a delegation from Seoul National University (South Korea)',
    );
    expect(en.lead).toBe(
      'On 5 January 2027, Hung Yen Department of Science and Technology received a delegation from Seoul National University (South Korea), led by Kim Min-jun, Vice President.',
    );
    // What was discussed is typed in Vietnamese: the English body is the editor's to write.
    expect(en.body).toEqual([]);
  });
});

describe('The news files', () => {
  const partner = { ...reported.partner, nameVi: 'Viện R&D <Vật liệu>' };
  const draft = draftNews(facts({ delegation: { ...reported, partner } }));

  it('give the portal’s editor plain HTML, one article per language, names escaped', () => {
    const html = newsHtml(draft);
    expect(html).toContain('<article lang="vi">');
    expect(html).toContain('<article lang="en">');
    expect(html).toContain('Viện R&amp;D &lt;Vật liệu&gt;');
    expect(html).not.toMatch(/<(script|style|img)\b/);
  });

  it('place the chosen photos under the Vietnamese article by file name, captions escaped', () => {
    const html = newsHtml(draft, [{ caption: 'Hai bên trao <quà>', fileName: 'ảnh 1.jpg' }]);
    const [vi = '', en = ''] = html.split('<article lang="en">');
    expect(vi).toContain(
      '<figure><img src="%E1%BA%A3nh%201.jpg" alt="Hai bên trao &lt;quà&gt;"><figcaption>Hai bên trao &lt;quà&gt;</figcaption></figure>',
    );
    expect(en).not.toContain('<figure>');
  });

  it('list the chosen photos in the .docx under the Vietnamese text', async () => {
    const file = newsDocx(draft, { title: draft.vi.title, creator: 'Văn phòng Sở', created: new Date(0) }, [
      { caption: 'Chụp ảnh lưu niệm', fileName: 'luu-niem.jpg' },
    ]);
    const lines = (await readDocx(file)).text.split('\n');
    const at = lines.indexOf('Ảnh 1: Chụp ảnh lưu niệm (luu-niem.jpg)');
    expect(at).toBeGreaterThan(lines.indexOf(draft.vi.lead));
    expect(at).toBeLessThan(lines.indexOf(draft.en.title));
  });

  it('give leadership a .docx that reads as the draft, Vietnamese first', async () => {
    const file = newsDocx(draft, { title: draft.vi.title, creator: 'Văn phòng Sở', created: new Date(0) });
    const { text, malformedParts } = await readDocx(file);
    expect(malformedParts).toEqual([]);
    const lines = text.split('\n');
    expect(lines[0]).toBe(draft.vi.title);
    expect(lines[1]).toBe(draft.vi.lead);
    expect(lines.indexOf(draft.en.title)).toBeGreaterThan(lines.indexOf(draft.vi.body.at(-1) ?? ''));
  });
});

describe('The steps of a news item', () => {
  const office = { sub: 'office-1', roles: ['office'] };
  const leader = { sub: 'leader-1', roles: ['leadership'] };
  const centre = { sub: 'centre-1', roles: ['information-centre'] };
  const everyone = [office, leader, centre];
  const now = new Date('2027-01-10T02:00:00Z');
  const draft = () => draftNews(facts());
  const at = (status: NewsItem['status'] | 'none'): Delegation =>
    status === 'none'
      ? reported
      : {
          ...reported,
          news: { ...draft(), status, version: 4, photos: [], edited: { by: office, at: now.toISOString() } },
        };
  const inputs: Record<NewsCommand, NewsInput> = {
    edit: { command: 'edit', content: draft() },
    submit: { command: 'submit' },
    approve: { command: 'approve' },
    return: { command: 'return', note: 'Sửa tiêu đề.' },
    publish: { command: 'publish', url: 'https://skhcn.hungyen.gov.vn/tin' },
  };
  const allowed: Record<
    NewsCommand,
    { by: typeof office; from: (NewsItem['status'] | 'none')[]; to: NewsItem['status'] }
  > = {
    edit: { by: office, from: ['none', 'draft', 'returned'], to: 'draft' },
    submit: { by: office, from: ['none', 'draft', 'returned'], to: 'submitted' },
    approve: { by: leader, from: ['submitted'], to: 'approved' },
    return: { by: leader, from: ['submitted'], to: 'returned' },
    publish: { by: centre, from: ['approved'], to: 'published' },
  };
  const states = ['none', 'draft', 'submitted', 'approved', 'returned', 'published'] as const;

  it.each(newsCommands.flatMap((command) => states.map((state) => [command, state] as const)))(
    '%s from %s: taken where the workflow allows it, refused as a conflict elsewhere',
    (command, state) => {
      const rule = allowed[command];
      const apply = () => applyNewsCommand(at(state), inputs[command], draft, rule.by, now);
      if (!rule.from.includes(state)) return expect(apply).toThrow(ConflictError);
      const next = apply();
      expect(next.status).toBe(rule.to);
      expect(next.version).toBe(state === 'none' ? 1 : 5);
      // The same step by another role is refused whatever the state.
      for (const other of everyone.filter((actor) => actor !== rule.by))
        expect(() => applyNewsCommand(at(state), inputs[command], draft, other, now)).toThrow(ForbiddenError);
    },
  );

  it('keeps the chosen photos through an edit that does not name them, and replaces them when it does', () => {
    const chosen = [{ attachmentId: 'a1', caption: 'Ảnh lưu niệm' }];
    const withPhotos = { ...at('draft'), news: { ...(at('draft').news as NewsItem), photos: chosen } };
    expect(applyNewsCommand(withPhotos, inputs.edit, draft, office, now).photos).toEqual(chosen);
    const replaced = applyNewsCommand(
      withPhotos,
      { command: 'edit', content: draft(), photos: [] },
      draft,
      office,
      now,
    );
    expect(replaced.photos).toEqual([]);
  });

  it('lists for each person only the steps their role may take now', () => {
    expect(newsCommandsFor(at('none'), office.roles)).toEqual(['edit', 'submit']);
    expect(newsCommandsFor(at('none'), leader.roles)).toEqual([]);
    expect(newsCommandsFor(at('submitted'), leader.roles)).toEqual(['approve', 'return']);
    expect(newsCommandsFor(at('approved'), office.roles)).toEqual([]);
    expect(newsCommandsFor(at('approved'), centre.roles)).toEqual(['publish']);
    expect(newsCommandsFor(at('submitted'), centre.roles)).toEqual([]);
    expect(
      newsCommandsFor(
        at('published'),
        everyone.flatMap((actor) => actor.roles),
      ),
    ).toEqual([]);
    const sensitive = {
      ...at('draft'),
      compliance: { ...reported.compliance, sensitive: true },
    } as Delegation;
    expect(newsCommandsFor(sensitive, office.roles)).toEqual([]);
  });
});
