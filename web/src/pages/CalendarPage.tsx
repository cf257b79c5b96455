/**
 * The calendar of visits and meetings, by month or by week, with rooms, officials and holidays at a
 * glance; one request per range (GET /schedule). A phone gets the week, a list it can read.
 */
import { Calendar, Card, DatePicker, Empty, Grid, Segmented, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useHolidayYear, useOfficials, useRooms } from '../data/directories';
import { useSchedule } from '../data/lists';
import { formatDate, formatTime, localDay } from '../format';
import { statusColors, tagColors } from '../labels';
import { VisitLink } from '../visit/VisitLink';

type View = 'month' | 'week';
type Schedule = NonNullable<ReturnType<typeof useSchedule>['data']>;

const weekdays = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const iso = (day: Dayjs) => day.format('YYYY-MM-DD');

function rangeOf(view: View, day: Dayjs): [Dayjs, Dayjs] {
  // Weeks start on Monday, as Vietnamese calendars print them.
  if (view === 'week') {
    const monday = day.subtract((day.day() + 6) % 7, 'day');
    return [monday, monday.add(6, 'day')];
  }
  return [day.startOf('month'), day.endOf('month')];
}

/** The visits present on `date` and the meetings held on it, as the filters allow. */
function onDay(schedule: Schedule | undefined, date: string, roomId?: string, officialId?: string) {
  const meetings = (schedule?.meetings ?? []).filter(
    (meeting) =>
      localDay(meeting.start) === date &&
      (!roomId || meeting.roomId === roomId) &&
      (!officialId || meeting.officialIds.includes(officialId)),
  );
  const filtered = Boolean(roomId || officialId);
  const visits = (schedule?.visits ?? []).filter(
    (visit) =>
      localDay(visit.arrival) <= date &&
      localDay(visit.departure) >= date &&
      (!filtered || meetings.some((meeting) => meeting.delegationId === visit.id)),
  );
  return { visits, meetings };
}

export default function CalendarPage() {
  const wide = Grid.useBreakpoint().md ?? true;
  // The view and the day live in the address (#/lich?xem=tuan&ngay=2026-11-24): a bookmark or a
  // link opens the same week.
  const [params, setParams] = useSearchParams();
  const asked = params.get('xem');
  const view: View = asked === 'tuan' ? 'week' : asked === 'thang' ? 'month' : wide ? 'month' : 'week';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(params.get('ngay') ?? '') ? dayjs(params.get('ngay')) : dayjs();
  const show = (next: View, date: Dayjs) =>
    setParams({ xem: next === 'week' ? 'tuan' : 'thang', ngay: iso(date) }, { replace: true });
  const setView = (next: View) => show(next, day);
  const setDay = (date: Dayjs) => show(view, date);
  const [roomId, setRoomId] = useState<string>();
  const [officialId, setOfficialId] = useState<string>();
  const [from, to] = rangeOf(view, day);
  const schedule = useSchedule(iso(from), iso(to));
  const rooms = useRooms();
  const officials = useOfficials();
  const holidaysFrom = useHolidayYear(from.year());
  const holidaysTo = useHolidayYear(to.year());
  const holidayName = (date: string) =>
    holidaysFrom.data?.items[0]?.names[date] ?? holidaysTo.data?.items[0]?.names[date];
  const isDayOff = (date: string) =>
    [holidaysFrom.data, holidaysTo.data].some((year) => year?.items[0]?.daysOff.includes(date));
  const roomName = (id: string) => rooms.data?.items.find((room) => room.id === id)?.name ?? id;
  const officialNames = (ids: readonly string[]) =>
    ids.map((id) => officials.data?.items.find((official) => official.id === id)?.fullName ?? id).join(', ');

  const dayContent = (date: string, compact: boolean) => {
    const { visits, meetings } = onDay(schedule.data, date, roomId, officialId);
    const holiday = holidayName(date);
    return (
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        {holiday && (
          <Tag color={isDayOff(date) ? tagColors.red : tagColors.gold} style={{ whiteSpace: 'normal' }}>
            {holiday}
          </Tag>
        )}
        {visits.map((visit) => (
          <div key={visit.id}>
            <VisitLink id={visit.id}>{visit.partner.nameVi ?? visit.partner.name}</VisitLink>
            {!compact && (
              <Tag color={statusColors[visit.status]} style={{ marginInlineStart: 6 }}>
                {visit.statusVi}
              </Tag>
            )}
          </div>
        ))}
        {meetings.map((meeting) => (
          <Typography.Text key={meeting.id} style={{ fontSize: compact ? 12 : 14 }}>
            {formatTime(meeting.start)}–{formatTime(meeting.end)} {meeting.title} · {roomName(meeting.roomId)}
            {!compact && meeting.officialIds.length > 0 ? ` · ${officialNames(meeting.officialIds)}` : ''}
            {!compact ? ` · Đoàn ${meeting.partnerName}` : ''}
          </Typography.Text>
        ))}
      </Space>
    );
  };

  const days = Array.from({ length: to.diff(from, 'day') + 1 }, (_, index) => from.add(index, 'day'));
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        Lịch đoàn và cuộc họp
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<View>
          aria-label="Xem theo"
          value={view}
          onChange={setView}
          options={[
            { value: 'month', label: 'Tháng' },
            { value: 'week', label: 'Tuần' },
          ]}
        />
        <DatePicker
          aria-label={view === 'month' ? 'Chọn tháng' : 'Chọn tuần'}
          picker={view}
          value={day}
          allowClear={false}
          format={(value) =>
            view === 'month'
              ? `Tháng ${value.format('MM/YYYY')}`
              : `${formatDate(iso(rangeOf('week', value)[0]))} – ${formatDate(iso(rangeOf('week', value)[1]))}`
          }
          onChange={(value) => value && setDay(value)}
        />
        <Select
          aria-label="Lọc theo phòng họp"
          placeholder="Mọi phòng họp"
          allowClear
          style={{ minWidth: 180 }}
          value={roomId}
          onChange={setRoomId}
          options={rooms.data?.items.map((room) => ({ value: room.id, label: room.name }))}
        />
        <Select
          aria-label="Lọc theo cán bộ"
          placeholder="Mọi cán bộ"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 200 }}
          value={officialId}
          onChange={setOfficialId}
          options={officials.data?.items.map((official) => ({
            value: official.id,
            label: official.fullName,
          }))}
        />
      </Space>
      {view === 'month' ? (
        <Calendar
          value={day}
          onSelect={(value, { source }) => {
            if (source === 'date') show('week', value);
          }}
          headerRender={() => null}
          cellRender={(value, info) =>
            info.type === 'date' && value.month() === day.month() ? dayContent(iso(value), true) : null
          }
        />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {schedule.data && schedule.data.visits.length === 0 && (
            <Empty description="Không có đoàn nào trong tuần" />
          )}
          {days.map((date) => (
            <Card
              key={iso(date)}
              size="small"
              role="region"
              aria-label={`${weekdays[date.day()]}, ${formatDate(iso(date))}`}
              title={`${weekdays[date.day()]}, ${formatDate(iso(date))}`}
            >
              {dayContent(iso(date), false)}
            </Card>
          ))}
        </Space>
      )}
    </>
  );
}
