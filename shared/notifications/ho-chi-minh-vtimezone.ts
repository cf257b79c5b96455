/**
 * The VTIMEZONE of Asia/Ho_Chi_Minh, fixed: UTC+7 without daylight saving since 1975, so one
 * STANDARD block covers every meeting. A copy instead of a timezone library keeps ~30 KB out of
 * the email bundles; a unit test holds it equal to the IANA-derived block.
 */
export const HO_CHI_MINH_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Ho_Chi_Minh',
  'X-LIC-LOCATION:Asia/Ho_Chi_Minh',
  'BEGIN:STANDARD',
  'TZNAME:+07',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');
