/** Dates and times as a Vietnamese office writes them, in Asia/Ho_Chi_Minh whatever the browser's zone. */
const ZONE = 'Asia/Ho_Chi_Minh';

const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const parts = (format: Intl.DateTimeFormat, value: Date) =>
  Object.fromEntries(format.formatToParts(value).map((part) => [part.type, part.value]));

/** dd/MM/yyyy; a plain date (2026-12-10) is that calendar day, an instant is its day in Hà Nội. */
export function formatDate(value: string | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-');
    return `${day}/${month}/${year}`;
  }
  const { day, month, year } = parts(dateFormat, new Date(value));
  return `${day}/${month}/${year}`;
}

/** HH:mm, 24-hour, in Hà Nội. */
export function formatTime(value: string | undefined): string {
  if (!value) return '';
  const { hour, minute } = parts(timeFormat, new Date(value));
  return `${hour}:${minute}`;
}

/** "08:30 ngày 22/12/2026", as an official writes a time and day. */
export const formatDateTime = (value: string | undefined) =>
  value ? `${formatTime(value)} ngày ${formatDate(value)}` : '';

/** The calendar day in Hà Nội (yyyy-MM-dd) of an instant. */
export function localDay(value: Date | string): string {
  const { day, month, year } = parts(dateFormat, new Date(value));
  return `${year}-${month}-${day}`;
}

/** An instant from a Hà Nội day and time (Việt Nam keeps +07:00 all year). */
export const atHanoi = (day: string, time: string) => `${day}T${time}:00+07:00`;

const regionNames = new Intl.DisplayNames(['vi'], { type: 'region' });
export const countryName = (code: string) => regionNames.of(code) ?? code;

/** A visit's days: "22/12/2026" for a one-day visit, else "22/12/2026 – 24/12/2026". */
export const formatDays = (from: string, to: string) =>
  formatDate(from) === formatDate(to) ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;

/**
 * A visit's times as an official writes them: "08:30–17:00 ngày 22/12/2026" within one day, else
 * "từ 08:30 ngày 22/12/2026 đến 17:00 ngày 24/12/2026".
 */
export const formatPeriod = (from: string, to: string) =>
  formatDate(from) === formatDate(to)
    ? `${formatTime(from)}–${formatTime(to)} ngày ${formatDate(from)}`
    : `từ ${formatDateTime(from)} đến ${formatDateTime(to)}`;

const isoDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Hưng Yên as YYYY-MM-DD, whatever the browser's zone: the day the API counts from. */
export const todayInVietnam = (now = new Date()): string => isoDay.format(now);
