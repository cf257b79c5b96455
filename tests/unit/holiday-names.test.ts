/** Each day off and make-up day named as the government's notice names it. */
import { describe, expect, it } from 'vitest';
import { holidayNames } from '../../shared/compliance/holiday-names';
import { vietnamHolidays } from '../../shared/compliance/holidays-vn';

describe('Holiday names', () => {
  it('names every day of 2026: the holidays, the days swapped or given back around them, the make-up Saturdays', () => {
    const year = vietnamHolidays[2026];
    if (!year) throw new Error('no 2026 data');
    expect(holidayNames(2026, year)).toEqual({
      '2026-01-01': 'Tết Dương lịch',
      '2026-01-02': 'Nghỉ bù, hoán đổi dịp Tết Dương lịch',
      '2026-02-16': 'Tết Nguyên đán',
      '2026-02-17': 'Tết Nguyên đán',
      '2026-02-18': 'Tết Nguyên đán',
      '2026-02-19': 'Tết Nguyên đán',
      '2026-02-20': 'Tết Nguyên đán',
      // Giỗ Tổ falls on Sunday 26/04: the Monday is its day off.
      '2026-04-27': 'Nghỉ bù, hoán đổi dịp Giỗ Tổ Hùng Vương',
      '2026-04-30': 'Ngày Chiến thắng',
      '2026-05-01': 'Ngày Quốc tế Lao động',
      '2026-08-31': 'Nghỉ bù, hoán đổi dịp Quốc khánh',
      '2026-09-01': 'Nghỉ bù, hoán đổi dịp Quốc khánh',
      '2026-09-02': 'Quốc khánh',
      '2026-11-24': 'Ngày Văn hóa Việt Nam',
      '2026-01-10': 'Làm bù dịp Tết Dương lịch',
      '2026-08-22': 'Làm bù dịp Quốc khánh',
    });
  });

  it('names a make-up day by the holiday it pays for, not the nearest other one', () => {
    // 2025: Saturday 26/04 worked for Friday 02/05, beside 30/04, not Giỗ Tổ on 07/04.
    expect(holidayNames(2025, { daysOff: [], makeUpWorkingDays: ['2025-04-26'] })).toEqual({
      '2025-04-26': 'Làm bù dịp Ngày Chiến thắng',
    });
  });

  it('names a day admin added that matches no holiday after the notice, and a year without data by its solar holidays', () => {
    expect(holidayNames(2026, { daysOff: ['2026-06-15'], makeUpWorkingDays: ['2026-06-20'] })).toEqual({
      '2026-06-15': 'Ngày nghỉ theo thông báo',
      '2026-06-20': 'Ngày làm bù',
    });
    expect(holidayNames(2030, { daysOff: ['2030-01-01', '2030-09-03'], makeUpWorkingDays: [] })).toEqual({
      '2030-01-01': 'Tết Dương lịch',
      '2030-09-03': 'Nghỉ bù, hoán đổi dịp Quốc khánh',
    });
  });
});
