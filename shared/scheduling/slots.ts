/**
 * Meeting times as the Department keeps them: local dates and minutes of the day in
 * Asia/Ho_Chi_Minh, working periods from the profile, a buffer between meetings. Pure functions.
 */
import { formatVietnameseDate, type LocalDate, localDateOf } from '../compliance/calendar';
import { calendarOf, type RuleProfile } from '../compliance/profile';
import { onFirstUse } from '../on-first-use';

export interface Interval {
  start: string;
  end: string;
}

const localTimes = onFirstUse(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
);

/** Minutes since local midnight, e.g. 09:30 → 570. */
export function localMinutesOf(instant: string): number {
  const [hours = 0, minutes = 0] = localTimes().format(new Date(instant)).split(':').map(Number);
  return hours * 60 + minutes;
}

const toMinutes = (clock: string) => {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
};

/** The instant of a local date and minute of the day, as an ISO string with +07:00. */
export function atLocal(date: LocalDate, minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}:00+07:00`;
}

/** Why a meeting cannot take place at that time, or an empty list. */
/** Why a meeting cannot take place then, for the API (en) and for the person booking it (vi). */
export interface SlotProblem {
  en: string;
  vi: string;
}

export function slotProblems(
  meeting: Interval,
  visit: { arrival: string; departure: string },
  profile: RuleProfile,
): SlotProblem[] {
  const problems: SlotProblem[] = [];
  const start = Date.parse(meeting.start);
  const end = Date.parse(meeting.end);
  const minimum = profile.workingHours.minimumMeetingMinutes;
  if (end - start < minimum * 60_000) {
    problems.push({
      en: `A meeting lasts at least ${minimum} minutes.`,
      vi: `Cuộc họp kéo dài ít nhất ${minimum} phút.`,
    });
  }
  if (start < Date.parse(visit.arrival) || end > Date.parse(visit.departure)) {
    problems.push({
      en: 'The meeting is outside the visit window (arrival to departure).',
      vi: 'Cuộc họp nằm ngoài thời gian đoàn ở tỉnh (từ khi đến đến khi rời).',
    });
  }
  const date = localDateOf(meeting.start);
  if (localDateOf(meeting.end) !== date) {
    problems.push({
      en: 'A meeting starts and ends on the same day.',
      vi: 'Cuộc họp phải bắt đầu và kết thúc trong cùng một ngày.',
    });
  }
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (!profile.workingHours.weekdays.includes(weekday) || !calendarOf(profile).isWorkingDay(date)) {
    problems.push({
      en: `${date} is not a working day (weekend or public holiday).`,
      vi: `Ngày ${formatVietnameseDate(date)} không phải ngày làm việc (cuối tuần hoặc ngày nghỉ lễ).`,
    });
  }
  const from = localMinutesOf(meeting.start);
  const to = localMinutesOf(meeting.end);
  const inPeriod = profile.workingHours.periods.some(
    (period) => from >= toMinutes(period.start) && to <= toMinutes(period.end),
  );
  if (!inPeriod) {
    const hours = profile.workingHours.periods.map((period) => `${period.start}–${period.end}`).join(', ');
    problems.push({
      en: `The meeting must fit within working hours (${hours}).`,
      vi: `Cuộc họp phải nằm trong giờ làm việc (${hours}).`,
    });
  }
  return problems;
}

/** Two intervals overlap once each is widened by the buffer on both sides' shared edge. */
export function overlaps(a: Interval, b: Interval, bufferMinutes: number): boolean {
  const buffer = bufferMinutes * 60_000;
  return Date.parse(a.start) < Date.parse(b.end) + buffer && Date.parse(b.start) < Date.parse(a.end) + buffer;
}

/** The free intervals of a working day, given the busy intervals of every resource involved. */
export function freeIntervals(date: LocalDate, busy: readonly Interval[], profile: RuleProfile): Interval[] {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (!profile.workingHours.weekdays.includes(weekday) || !calendarOf(profile).isWorkingDay(date)) return [];
  const buffer = profile.workingHours.bufferMinutes;
  const blocked = busy
    .map((interval) => ({
      from: Date.parse(interval.start) - buffer * 60_000,
      to: Date.parse(interval.end) + buffer * 60_000,
    }))
    .sort((a, b) => a.from - b.from);
  const free: Interval[] = [];
  for (const period of profile.workingHours.periods) {
    let cursor = Date.parse(atLocal(date, toMinutes(period.start)));
    const end = Date.parse(atLocal(date, toMinutes(period.end)));
    for (const block of blocked) {
      if (block.to <= cursor || block.from >= end) continue;
      if (block.from > cursor) free.push({ start: isoLocal(cursor), end: isoLocal(block.from) });
      cursor = Math.max(cursor, block.to);
    }
    if (cursor < end) free.push({ start: isoLocal(cursor), end: isoLocal(end) });
  }
  return free;
}

const isoLocal = (epochMs: number) =>
  atLocal(localDateOf(new Date(epochMs)), localMinutesOf(new Date(epochMs).toISOString()));
