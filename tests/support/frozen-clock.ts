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

class ShiftedDate extends RealDate {
  constructor(...args: ConstructorParameters<DateConstructor> | []) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...(args as ConstructorParameters<DateConstructor>));
  }
  static override now(): number {
    return RealDate.now() + offset;
  }
}

/** From now on the clock reads `instant`, and moves on in real time from there. */
export function setToday(instant: string): void {
  offset = RealDate.parse(instant) - RealDate.now();
}

globalThis.Date = ShiftedDate as DateConstructor;
setToday(process.env.TEST_TODAY ?? DEFAULT_TODAY);
