import { tzlib_get_ical_block } from 'timezones-ical-library';
import { describe, expect, it } from 'vitest';
import { TIME_ZONE } from '../../shared/compliance/calendar';
import { meetingInvitation } from '../../shared/notifications/calendar-invite';
import { HO_CHI_MINH_VTIMEZONE } from '../../shared/notifications/ho-chi-minh-vtimezone';

describe('the time zone in meeting invitations', () => {
  it('is the IANA block for Asia/Ho_Chi_Minh, so calendars show the meeting at Hưng Yên time', () => {
    const fromLibrary = (tzlib_get_ical_block(TIME_ZONE)[0] as string)
      .split('\r\n')
      .filter((line) => !line.startsWith('LAST-MODIFIED:'))
      .join('\r\n');
    expect(HO_CHI_MINH_VTIMEZONE).toBe(fromLibrary);
  });

  it('is written once into an invitation and names the zone of the start and end', () => {
    const { ics } = meetingInvitation(
      {
        id: 'm1',
        sequence: 0,
        status: 'scheduled',
        start: '2027-03-02T02:00:00.000Z',
        end: '2027-03-02T03:00:00.000Z',
        updatedAt: '2027-02-01T00:00:00.000Z',
        title: 'Làm việc với đoàn JICA',
      } as Parameters<typeof meetingInvitation>[0],
      {
        organizer: { name: 'Văn phòng Sở', email: 'vanphong@example.org' },
        attendees: [],
        location: 'Phòng họp số 1',
        description: '',
      },
    );
    expect(ics.split('BEGIN:VTIMEZONE')).toHaveLength(2);
    expect(ics).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20270302T090000');
    expect(ics).toContain('DTEND;TZID=Asia/Ho_Chi_Minh:20270302T100000');
  });
});
