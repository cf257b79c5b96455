/**
 * Every test file runs on a known day, so that no test passes or fails with the day it runs: the
 * clock is shifted to start at TEST_TODAY (default Thursday 26/11/2026, 09:00 in Hưng Yên) and then
 * runs at real speed with millisecond resolution (timers, timeouts, event order and the local
 * servers keep working). CI runs the date-sensitive files again for every day of an ordinary week
 * and of a holiday week (`npm run test:days`).
 */
export const DEFAULT_TODAY = '2026-11-26T09:00:00+07:00';

const RealDate = Date;
let offset = 0;

/**
 * Date with the offset applied to "now" only. It keeps Date.prototype itself (not a subclass), so
 * libraries that extend Date or read its prototype (TZDate does) see the real thing.
 */
const ShiftedDate = function (this: unknown, ...args: unknown[]) {
  if (!new.target) return new RealDate(RealDate.now() + offset).toString();
  return Reflect.construct(RealDate, args.length === 0 ? [RealDate.now() + offset] : args, new.target);
} as unknown as DateConstructor;
Object.setPrototypeOf(ShiftedDate, RealDate);
Object.defineProperty(ShiftedDate, 'prototype', { value: RealDate.prototype });
Object.defineProperty(ShiftedDate, 'now', { value: () => RealDate.now() + offset });

/** From now on the clock reads `instant`, and moves on in real time from there. */
export function setToday(instant: string): void {
  offset = RealDate.parse(instant) - RealDate.now();
}

/** The machine's own clock again, for a test that talks to another process (which is not shifted). */
export function useRealClock(): void {
  offset = 0;
}

globalThis.Date = ShiftedDate;
setToday(process.env.TEST_TODAY ?? DEFAULT_TODAY);
