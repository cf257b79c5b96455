/**
 * The console's pure helpers, without a browser: what a change makes stale, who may open which
 * screen, members pasted from a spreadsheet, the form's values and back, the API's field issues in
 * Vietnamese, and a visit's dates as an official writes them.
 */
import { describe, expect, it } from 'vitest';
import { registrationOf } from '../../shared/domain/delegation';
import { functions } from '../../shared/manifest';
import { type Change, staleAfter } from '../../web/src/data/changes';
import { keys } from '../../web/src/data/keys';
import { fromDelegation, toRegistration } from '../../web/src/delegation/form-values';
import { pastedMembers } from '../../web/src/delegation/paste-members';
import { formatDays, formatPeriod, todayInVietnam } from '../../web/src/format';
import { issueText } from '../../web/src/issues';
import { homeOf, screenAt, screenInfo } from '../../web/src/screens';
import { jicaVisit } from '../fixtures/registration';
import { InMemoryDelegations, registeredVisit } from '../support/in-memory-ports';

const stale = (change: Change) => staleAfter(change).map((key) => JSON.stringify(key));
const has = (change: Change, key: readonly unknown[]) => expect(stale(change)).toContain(JSON.stringify(key));

describe('What a change makes stale', () => {
  it('a decision refreshes the visit, the inbox, the worklist and its figures, the history and the calendar', () => {
    for (const key of [keys.visit('d-1'), keys.pending, keys.worklist, keys.history, keys.schedule])
      has({ kind: 'decision', id: 'd-1' }, key);
  });

  it('a dossier change refreshes the visit (its report may change) and its files', () => {
    has({ kind: 'attachment', id: 'd-1' }, keys.visit('d-1'));
    has({ kind: 'attachment', id: 'd-1' }, keys.attachments('d-1'));
    expect(stale({ kind: 'attachment', id: 'd-1' })).not.toContain(JSON.stringify(keys.pending));
  });

  it('a meeting refreshes the free times and the calendar, a new room the free times too', () => {
    for (const key of [keys.visit('d-1'), keys.availability, keys.schedule])
      has({ kind: 'meeting', id: 'd-1' }, key);
    has({ kind: 'directory', name: 'rooms' }, keys.availability);
    expect(stale({ kind: 'directory', name: 'agencies' })).toEqual([
      JSON.stringify(keys.directory('agencies')),
    ]);
  });

  it('a saved external-information plan refreshes every year’s plan and the reports that read it', () => {
    expect(stale({ kind: 'plan' })).toEqual([JSON.stringify(keys.plans), JSON.stringify(keys.reports)]);
  });

  it('a new registration refreshes every list it may join, and no other visit', () => {
    const keysOf = stale({ kind: 'registered' });
    for (const key of [keys.history, keys.worklist, keys.schedule])
      expect(keysOf).toContain(JSON.stringify(key));
    expect(keysOf.some((key) => key.startsWith('["visit"'))).toBe(false);
  });

  it('a holiday correction refreshes every visit, whose dates it may move', () => {
    has({ kind: 'holidays' }, ['visit']);
  });
});

describe('Who may open which screen', () => {
  it('gives each screen the roles of the route it exists for, from the manifest', () => {
    expect(screenInfo.register.roles).toEqual(functions.registerDelegation.trigger.roles);
    expect(screenInfo.inbox.roles).toEqual(functions.decideDelegation.trigger.roles);
    expect(screenInfo.calendar.roles).toEqual(functions.getSchedule.trigger.roles);
    expect(screenInfo.directories.roles).toEqual(['admin']);
  });

  it('lands the Office on its worklist, leadership on the dashboard, admin on its lists', () => {
    expect(homeOf(['office'])).toBe('cong-viec');
    expect(homeOf(['office', 'leadership'])).toBe('cong-viec');
    expect(homeOf(['leadership'])).toBe('tong-quan');
    expect(homeOf(['admin'])).toBe('danh-muc/co-quan');
  });

  it('knows a visit’s print view from the visit', () => {
    expect(screenAt('/doan/01ABC/ban-in')?.label).toBe('Bản in hồ sơ đoàn');
    expect(screenAt('/doan/01ABC')?.label).toBe('Hồ sơ đoàn');
    expect(screenAt('/lich')?.label).toBe('Lịch đoàn và cuộc họp');
    expect(screenAt('/lich-su')?.label).toBe('Lịch sử đoàn vào');
    expect(screenAt('/nowhere')).toBeUndefined();
  });
});

describe('Members pasted from a spreadsheet', () => {
  it('reads codes or Vietnamese names, skips blank lines, and defaults rank and role', () => {
    const text = [
      'Tanaka Hiroshi\tNhật Bản\tTR1234567\tDirector\tcấp thứ trưởng\ttrưởng đoàn',
      '',
      'Kim Min-ji\tKR\tM12345678\t\t\t',
      'Nguyen Van A',
    ].join('\r\n');
    expect(pastedMembers(text)).toEqual([
      {
        fullName: 'Tanaka Hiroshi',
        nationality: 'JP',
        passportNumber: 'TR1234567',
        title: 'Director',
        rank: expect.any(String),
        role: 'head',
      },
      {
        fullName: 'Kim Min-ji',
        nationality: 'KR',
        passportNumber: 'M12345678',
        title: undefined,
        rank: 'other',
        role: 'member',
      },
      {
        fullName: 'Nguyen Van A',
        nationality: undefined,
        passportNumber: undefined,
        title: undefined,
        rank: 'other',
        role: 'member',
      },
    ]);
  });
});

describe('The registration form’s values', () => {
  it('give back the stored registration unchanged after a round trip through the form', async () => {
    const delegations = new InMemoryDelegations();
    const stored = await registeredVisit(delegations, new Date('2026-11-26T02:00:00Z'));
    const view = { ...stored, allowedActions: [], progress: [], personalData: { retentionMonths: 24 } };
    const json = (value: unknown) => JSON.parse(JSON.stringify(value));
    const { hospitality, ...back } = json(toRegistration(fromDelegation(view as never)));
    // The older switch of who pays becomes the hospitality section it meant.
    const { hospitality: _none, vietnameseSidePays, ...sent } = json(registrationOf(stored));
    expect(vietnameseSidePays).toBe(false);
    expect(back).toEqual(sent);
    // A registration from before the hospitality section gets it from who paid, as the record meant.
    expect(hospitality).toEqual({ costSharing: 'guests_pay_meals_rooms', banquet: false });
    expect(stored.members.length).toBe(jicaVisit().members.length);
  });
});

describe('The API’s field issues in Vietnamese', () => {
  it.each([
    [
      { path: 'members.1.passportNumber', message: 'A passport number has 5 to 20 letters or digits' },
      'Số hộ chiếu gồm 5 đến 20 chữ cái hoặc chữ số.',
    ],
    [
      { path: 'visit.departure', message: 'Arrival must be before departure' },
      'Ngày đến phải trước ngày đi.',
    ],
    [
      {
        path: '(root)',
        message: 'The code "phong-1" is in use and fixed: keep it, and switch the entry off to retire it',
      },
      'Mã "phong-1" đã được sử dụng nên không thể xóa hoặc đổi; để thôi dùng, hãy tắt "Đang sử dụng".',
    ],
    [{ path: 'contact.email', message: 'Invalid email address' }, 'Địa chỉ thư điện tử không hợp lệ.'],
    [{ path: 'purpose', message: 'whatever', code: 'too_big' }, 'Quá dài hoặc quá nhiều mục.'],
    [{ path: 'purpose', message: 'whatever' }, 'Giá trị chưa hợp lệ.'],
  ])('%j reads "%s"', (issue, text) => {
    expect(issueText(issue)).toBe(text);
  });
});

describe('A visit’s dates as an official writes them', () => {
  it('writes a one-day visit as one date, a longer one as a range, in Hà Nội time', () => {
    expect(formatDays('2026-12-22T08:30:00+07:00', '2026-12-22T17:00:00+07:00')).toBe('22/12/2026');
    expect(formatDays('2026-12-22T08:30:00+07:00', '2026-12-24T17:00:00+07:00')).toBe(
      '22/12/2026 – 24/12/2026',
    );
    expect(formatPeriod('2026-12-22T01:30:00Z', '2026-12-22T10:00:00Z')).toBe('08:30–17:00 ngày 22/12/2026');
    expect(formatPeriod('2026-12-22T08:30:00+07:00', '2026-12-24T17:00:00+07:00')).toBe(
      'từ 08:30 ngày 22/12/2026 đến 17:00 ngày 24/12/2026',
    );
    // 23:30 in Hà Nội is the next day in UTC: still one day.
    expect(formatDays('2026-12-22T16:30:00Z', '2026-12-22T16:45:00Z')).toBe('22/12/2026');
  });
});

describe('Today, as the console counts it', () => {
  it('is Hưng Yên’s day whatever the browser’s zone: 03:00 on 26/11 there is still 25/11 in New York', () => {
    expect(todayInVietnam(new Date('2026-11-25T20:00:00Z'))).toBe('2026-11-26');
    expect(todayInVietnam(new Date('2026-11-25T16:59:59Z'))).toBe('2026-11-25');
  });
});
