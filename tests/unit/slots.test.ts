import { describe, expect, it } from 'vitest';
import { hungYenProfile } from '../../shared/compliance/profile';
import { freeIntervals, overlaps, slotProblems } from '../../shared/scheduling/slots';

const at = (date: string, time: string) => `${date}T${time}:00+07:00`;
const visit = { arrival: at('2026-12-14', '08:00'), departure: at('2026-12-16', '17:00') };

describe('When a meeting may take place', () => {
  it('accepts a morning meeting on a working day inside the visit', () => {
    expect(
      slotProblems(
        { start: at('2026-12-14', '09:00'), end: at('2026-12-14', '10:00') },
        visit,
        hungYenProfile,
      ),
    ).toEqual([]);
  });

  it('refuses a meeting that runs into the lunch break', () => {
    expect(
      slotProblems(
        { start: at('2026-12-14', '11:00'), end: at('2026-12-14', '12:00') },
        visit,
        hungYenProfile,
      ),
    ).toEqual([
      {
        en: 'The meeting must fit within working hours (07:30–11:30, 13:30–17:00).',
        vi: 'Cuộc họp phải nằm trong giờ làm việc (07:30–11:30, 13:30–17:00).',
      },
    ]);
  });

  it('refuses a Saturday and a public holiday', () => {
    const saturday = { start: at('2026-12-19', '09:00'), end: at('2026-12-19', '10:00') };
    expect(
      slotProblems(saturday, { ...visit, departure: at('2026-12-20', '17:00') }, hungYenProfile),
    ).toContainEqual({
      en: '2026-12-19 is not a working day (weekend or public holiday).',
      vi: 'Ngày 19/12/2026 không phải ngày làm việc (cuối tuần hoặc ngày nghỉ lễ).',
    });
    const nationalDay = { start: at('2026-09-02', '09:00'), end: at('2026-09-02', '10:00') };
    expect(
      slotProblems(
        nationalDay,
        { arrival: at('2026-09-01', '08:00'), departure: at('2026-09-03', '17:00') },
        hungYenProfile,
      ).map((problem) => problem.en),
    ).toContain('2026-09-02 is not a working day (weekend or public holiday).');
  });

  it('refuses a meeting before the delegation arrives', () => {
    expect(
      slotProblems(
        { start: at('2026-12-11', '09:00'), end: at('2026-12-11', '10:00') },
        visit,
        hungYenProfile,
      ).map((problem) => problem.en),
    ).toContain('The meeting is outside the visit window (arrival to departure).');
  });
});

describe('Overlaps and free time', () => {
  const nine = { start: at('2026-12-14', '09:00'), end: at('2026-12-14', '10:00') };

  it('keeps the buffer between two meetings', () => {
    expect(overlaps(nine, { start: at('2026-12-14', '10:10'), end: at('2026-12-14', '11:00') }, 15)).toBe(
      true,
    );
    expect(overlaps(nine, { start: at('2026-12-14', '10:15'), end: at('2026-12-14', '11:00') }, 15)).toBe(
      false,
    );
    expect(overlaps(nine, { start: at('2026-12-14', '08:00'), end: at('2026-12-14', '08:45') }, 15)).toBe(
      false,
    );
  });

  it('lists the free intervals of a day around a meeting', () => {
    expect(freeIntervals('2026-12-14', [nine], hungYenProfile)).toEqual([
      { start: at('2026-12-14', '07:30'), end: at('2026-12-14', '08:45') },
      { start: at('2026-12-14', '10:15'), end: at('2026-12-14', '11:30') },
      { start: at('2026-12-14', '13:30'), end: at('2026-12-14', '17:00') },
    ]);
  });

  it('has no free time on a holiday', () => {
    expect(freeIntervals('2026-04-30', [], hungYenProfile)).toEqual([]);
  });
});
