import { formatVietnameseDate as d, localDateOf } from '../calendar';
import type { RuleDefinition } from '../rule';

/**
 * A meeting booked on a day the corrected holiday calendar now makes a day off: booking refuses
 * such a day, so only a correction of the calendar after the booking leaves one behind.
 */
export const meetingOnDayOff: RuleDefinition = {
  id: 'MEETING_ON_DAY_OFF',
  title: { vi: 'Cuộc làm việc rơi vào ngày nghỉ', en: 'A booked meeting on a day off' },
  citation:
    'Điều 111, Điều 112 Bộ luật Lao động năm 2019 (Luật số 45/2019/QH14) và thông báo nghỉ lễ, Tết của năm',
  provenance: 'the holiday calendar as admin last corrected it (HolidayCalendar.Changed)',
  verified: true,
  inForce: { from: '2021-01-01' },
  parameters: [],
  appliesTo: (context) => context.scheduledMeetings.length > 0,
  evaluate(context) {
    return context.scheduledMeetings
      .filter((meeting) => !context.calendar.isWorkingDay(localDateOf(meeting.start)))
      .map((meeting) => {
        const day = localDateOf(meeting.start);
        return {
          severity: 'action_required' as const,
          dueDate: context.calendar.workingDayOnOrBefore(day),
          summary: 'Dời cuộc làm việc khỏi ngày nghỉ',
          message: `Cuộc làm việc "${meeting.title}" ngày ${d(day)} rơi vào ngày nghỉ theo lịch nghỉ lễ đã cập nhật: Văn phòng Sở dời sang ngày làm việc khác hoặc hủy, và báo lại các thành phần dự họp.`,
        };
      });
  },
};
