/** Holiday years and the rules that count working days with them. */
import * as z from 'zod';

export const holidayYearView = z.object({
  year: z.number().int(),
  version: z.number().int(),
  official: z.boolean(),
  source: z.string(),
  daysOff: z.array(z.iso.date()),
  makeUpWorkingDays: z.array(z.iso.date()),
});

export const holidayYears = z.object({
  items: z.array(
    holidayYearView.extend({
      /** What each day off and make-up working day is ("Tết Nguyên đán", "Làm bù dịp Quốc khánh"). */
      names: z.record(z.iso.date(), z.string()),
    }),
  ),
});

/** POST /calendar/holidays/{year}/preview: what saving this correction would do. */
export const holidayChangePreview = z.object({
  year: z.number().int(),
  /** Days whose kind the correction changes (days off or make-up working days added or removed). */
  changedDays: z.array(z.iso.date()),
  /** Visits not yet started whose deadlines or meetings the change can move: each is checked again. */
  visitsToRecheck: z.number().int().min(0),
  /** Booked meetings on a day the correction makes a day off: each becomes a finding for the Office. */
  meetingsOnNewDaysOff: z.array(
    z.object({ delegationId: z.string(), meetingId: z.string(), title: z.string(), start: z.string() }),
  ),
});

export const ruleList = z.object({
  profile: z.object({ id: z.string(), version: z.string(), name: z.string(), province: z.string() }),
  rules: z.array(
    z.object({
      id: z.string(),
      title: z.object({ vi: z.string(), en: z.string() }),
      citation: z.string(),
      verified: z.boolean(),
      inForce: z.looseObject({ from: z.iso.date() }),
      versions: z.array(z.looseObject({ from: z.iso.date(), citation: z.string() })),
      parameters: z.record(z.string(), z.unknown()),
    }),
  ),
  holidayCalendar: z.array(holidayYearView),
});
