import { DynamoCalendar } from '../../shared/adapters/calendar-repository';
import { holidayCalendar } from '../../shared/adapters/directories';
import { documentClient, tableName } from '../../shared/adapters/dynamo-client';
import { availabilityQuerySchema } from '../../shared/api/request-schemas';
import { hungYenProfile } from '../../shared/compliance/profile';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { freeIntervals } from '../../shared/scheduling/slots';

const calendar = new DynamoCalendar(documentClient, tableName());
const holidays = holidayCalendar();

/** The free intervals of one working day for a room and officials together. */
export const handler = httpRoute(
  functions.getAvailability,
  { query: availabilityQuerySchema },
  async ({ query: q }) => {
    const resources = [
      ...(q.roomId ? [`room#${q.roomId}`] : []),
      ...(q.officialIds ?? []).map((id) => `official#${id}`),
    ];
    const [days, profile] = await Promise.all([
      Promise.all(resources.map((resource) => calendar.day(resource, q.date))),
      holidays.profile(hungYenProfile),
    ]);
    const now = Date.now();
    const busy = days.flatMap((day) =>
      day.bookings.filter((booking) => booking.confirmed || booking.holdExpiresAt > now),
    );
    return {
      statusCode: 200,
      body: {
        date: q.date,
        roomId: q.roomId,
        officialIds: q.officialIds ?? [],
        bufferMinutes: hungYenProfile.workingHours.bufferMinutes,
        free: freeIntervals(q.date, busy, profile),
      },
    };
  },
);
