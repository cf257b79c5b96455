/**
 * Vietnam's public holidays for public servants, as yearly data: Tết and Hùng Kings' day follow
 * the lunar calendar and the government announces swap days each year, so no formula can give
 * them. `daysOff` are weekdays on which offices are closed; `makeUpWorkingDays` are Saturdays or
 * Sundays worked instead. Years marked `projected` follow the Labour Code (Bộ luật Lao động 2019,
 * Điều 112) but the official notice was not yet recorded: confirm them against the Ministry of
 * Home Affairs' notice for that year and set `official: true`.
 */
export interface HolidayYear {
  official: boolean;
  source: string;
  daysOff: readonly string[];
  makeUpWorkingDays: readonly string[];
  /** 0 for the data shipped here; raised each time admin corrects the year (PUT /calendar/holidays/{year}). */
  version?: number;
  /**
   * The lunar holidays by date (Tết, Giỗ Tổ Hùng Vương), which no date rule gives; the solar ones and
   * the days swapped around them are named by holiday-names.ts.
   */
  names?: Readonly<Record<string, string>>;
}

const tet = (...dates: string[]) => Object.fromEntries(dates.map((date) => [date, 'Tết Nguyên đán']));
const hungKings = (date: string) => ({ [date]: 'Giỗ Tổ Hùng Vương' });

export const vietnamHolidays: Readonly<Record<number, HolidayYear>> = {
  2024: {
    official: true,
    source: 'the 2024 holiday notice for public servants (dates as announced)',
    daysOff: [
      '2024-01-01', // Tết Dương lịch
      '2024-02-08',
      '2024-02-09',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14', // Tết Giáp Thìn
      '2024-04-18', // Giỗ Tổ Hùng Vương
      '2024-04-29',
      '2024-04-30',
      '2024-05-01', // 30/4 and 1/5, 29/4 swapped
      '2024-09-02',
      '2024-09-03', // Quốc khánh
    ],
    makeUpWorkingDays: ['2024-05-04'],
    names: {
      ...tet('2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'),
      ...hungKings('2024-04-18'),
    },
  },
  2025: {
    official: true,
    source: 'the 2025 holiday notice for public servants (dates as announced)',
    daysOff: [
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31', // Tết Ất Tỵ
      '2025-04-07', // Giỗ Tổ Hùng Vương
      '2025-04-30',
      '2025-05-01',
      '2025-05-02', // 2/5 swapped
      '2025-09-01',
      '2025-09-02', // Quốc khánh
    ],
    makeUpWorkingDays: ['2025-04-26'],
    names: {
      ...tet('2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'),
      ...hungKings('2025-04-07'),
    },
  },
  2026: {
    official: true,
    source:
      'Bộ luật Lao động 2019, Điều 112; Tết Dương lịch: Công văn 12729/VPCP-KGVX ngày 25/12/2025; Quốc khánh: ý kiến của Thủ tướng Chính phủ do Văn phòng Chính phủ truyền đạt ngày 13/10/2025; Ngày Văn hóa Việt Nam (24/11): Nghị quyết số 80-NQ/TW của Bộ Chính trị',
    daysOff: [
      '2026-01-01',
      '2026-01-02', // Tết Dương lịch, 2/1 swapped
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20', // Tết Bính Ngọ
      '2026-04-27', // Giỗ Tổ Hùng Vương falls on Sunday 26/4: next working day off
      '2026-04-30',
      '2026-05-01',
      '2026-08-31', // Quốc khánh 29/08–02/09: Monday 31/08 off, worked on Saturday 22/08
      '2026-09-01',
      '2026-09-02',
      // Ngày Văn hóa Việt Nam, a paid day off from 2026 (Nghị quyết 80-NQ/TW; the act that put it in
      // the Labour Code is unverified: admin confirms it or removes it).
      '2026-11-24',
    ],
    makeUpWorkingDays: ['2026-01-10', '2026-08-22'],
    names: {
      ...tet('2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'),
      ...hungKings('2026-04-26'),
    },
  },
  2027: {
    official: false,
    source:
      'projected from Bộ luật Lao động 2019, Điều 112 and Nghị quyết số 80-NQ/TW (Ngày Văn hóa Việt Nam, 24/11); confirm against the 2027 notice',
    daysOff: [
      '2027-01-01',
      '2027-02-04',
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10', // Tết Đinh Mùi
      '2027-04-16', // Giỗ Tổ Hùng Vương
      '2027-04-30',
      '2027-05-03', // 1/5 falls on Saturday: Monday off
      '2027-09-02',
      '2027-09-03', // Quốc khánh
      '2027-11-24', // Ngày Văn hóa Việt Nam (Wednesday)
    ],
    makeUpWorkingDays: [],
    names: {
      ...tet('2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'),
      ...hungKings('2027-04-16'),
    },
  },
};
