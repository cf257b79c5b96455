/**
 * The calendar of a range of days: every visit present on one of them and its meetings, so leadership
 * and the Office see rooms and officials at a glance without one request per visit.
 */
import { addDays, type LocalDate, localDateOf } from '../compliance/calendar';
import { closedBeforeVisit, is } from '../domain/lifecycle';
import type { Meetings } from './ports/meetings';
import type { ReportSource } from './ports/report-source';
import { visitLine } from './visit-line';

interface Deps {
  source: Pick<ReportSource, 'arriving'>;
  meetings: Pick<Meetings, 'list'>;
}

/** A visit that arrived this long before the range may still be on in it. */
const LONGEST_VISIT_DAYS = 60;

export async function buildSchedule(from: LocalDate, to: LocalDate, deps: Deps) {
  const candidates = await deps.source.arriving(addDays(from, -LONGEST_VISIT_DAYS), to);
  const visits = candidates
    .filter(
      (delegation) =>
        !is(closedBeforeVisit, delegation.status) && localDateOf(delegation.visit.departure) >= from,
    )
    .sort((a, b) => Date.parse(a.visit.arrival) - Date.parse(b.visit.arrival));
  const meetings = (
    await Promise.all(
      visits.map(async (delegation) =>
        (
          await deps.meetings.list(delegation.id)
        )
          .filter((meeting) => meeting.status === 'scheduled')
          .filter((meeting) => {
            const day = localDateOf(meeting.start);
            return day >= from && day <= to;
          })
          .map((meeting) => ({
            id: meeting.id,
            delegationId: meeting.delegationId,
            title: meeting.title,
            start: meeting.start,
            end: meeting.end,
            roomId: meeting.roomId,
            officialIds: meeting.officialIds,
            partnerName: delegation.partner.nameVi ?? delegation.partner.name,
          })),
      ),
    )
  )
    .flat()
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return {
    from,
    to,
    visits: visits.map((delegation) => ({ ...visitLine(delegation), hostDivision: delegation.hostDivision })),
    meetings,
  };
}
