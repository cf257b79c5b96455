/**
 * What a visit's drafts are made from: the records the API returns (delegation, latest compliance
 * report, meetings, directories), never a second copy of a rule. Helpers here phrase the parts that
 * several kinds of document share.
 */
import {
  formatVietnameseDate,
  formatVietnamesePeriod,
  type LocalDate,
  localDateOf,
} from '../compliance/calendar';
import type { ComplianceReport } from '../compliance/engine';
import type { RuleProfile } from '../compliance/profile';
import type { Issuer } from '../config/issuer';
import type { AgencyKey } from '../domain/agencies';
import { defaultAgencyNames } from '../domain/agencies';
import type { Agency } from '../domain/agency-directory';
import type { Delegation } from '../domain/delegation';
import type { Meeting } from '../domain/meeting';
import { officialName } from '../domain/recipients';
import type { Official, Room } from '../domain/resources';
import { partnerTypeNames } from '../domain/vietnamese-names';
import { countryName, dateVi, timeVi } from '../notifications/vietnamese';
import type { DraftedFrom } from './admin-document';
import type { BudgetFacts } from './budget';

export interface DraftOptions {
  /** The number from the clerk's register; without it the draft leaves a gap. */
  number?: string;
  date?: LocalDate;
  /** The official who signs (an id of the officials' directory); without one the name is left blank. */
  signer?: Official;
  /** The day the draft is made: its year goes on an undated draft. */
  today: LocalDate;
}

export interface VisitFacts {
  delegation: Delegation;
  /** The latest compliance report, when the visit has been checked. */
  report?: ComplianceReport;
  /** The visit's scheduled meetings, in order. */
  meetings: readonly Meeting[];
  rooms: readonly Room[];
  officials: readonly Official[];
  agencies: readonly Agency[];
  hostDivisionName: string;
  profile: RuleProfile;
  issuer: Issuer;
  options: DraftOptions;
}

export const agencyName = (facts: Pick<VisitFacts, 'agencies'>, key: AgencyKey): string =>
  facts.agencies.find((agency) => agency.key === key)?.name ?? defaultAgencyNames[key];

export const headOf = (delegation: Delegation) => delegation.members.find((member) => member.role === 'head');

/** "Kim Min-jun, Phó Hiệu trưởng" — the head as a sentence names them, by the Vietnamese title when given. */
export function headPhrase(delegation: Delegation): string {
  const head = headOf(delegation);
  if (!head) return 'trưởng đoàn';
  const title = head.titleVi ?? head.title;
  return title ? `${head.fullName}, ${title}` : head.fullName;
}

/** The partner's letter as a "Căn cứ" line or a sentence names it. */
export function partnerLetter(delegation: Delegation): string | undefined {
  const letter = delegation.sourceLetter;
  return letter
    ? `văn bản số ${letter.number} ngày ${formatVietnameseDate(letter.date)} của ${partnerPhrase(delegation)}`
    : undefined;
}

/** A clause as the last of a list or a sentence: one final stop, never ".;" or "..". */
export const ending = (text: string, mark: '.' | ';' | '' = '.') =>
  `${text.trim().replace(/[.;,:\s]+$/u, '')}${mark}`;

/** "Đại học Quốc gia Seoul (Seoul National University, Hàn Quốc)": the Vietnamese name first. */
export function partnerPhrase(delegation: Delegation): string {
  const { name, nameVi, country } = delegation.partner;
  return nameVi ? `${nameVi} (${name}, ${countryName(country)})` : `${name} (${countryName(country)})`;
}

export const partnerKind = (delegation: Delegation) => partnerTypeNames[delegation.partner.type];

/** "từ ngày 05/01/2027 đến ngày 07/01/2027", or one day. */
export const visitPeriod = (delegation: Delegation): string =>
  formatVietnamesePeriod(localDateOf(delegation.visit.arrival), localDateOf(delegation.visit.departure));

/** Calendar days the visit spans, arrival and departure included (the days meals are served). */
export const visitDays = (delegation: Delegation): number => {
  const from = Date.parse(localDateOf(delegation.visit.arrival));
  const to = Date.parse(localDateOf(delegation.visit.departure));
  return Math.round((to - from) / 86_400_000) + 1;
};

export const roomName = (facts: Pick<VisitFacts, 'rooms'>, id: string) =>
  facts.rooms.find((room) => room.id === id)?.name ?? id;

export const officialNames = (facts: Pick<VisitFacts, 'officials'>, ids: readonly string[]) =>
  ids.map((id) => {
    const official = facts.officials.find((candidate) => candidate.id === id);
    return official ? officialName(official) : id;
  });

/** What the reception budget counts: days, nights, working half-days and the hosts attending. */
export function budgetFacts(facts: Pick<VisitFacts, 'delegation' | 'meetings'>): BudgetFacts {
  const { delegation, meetings } = facts;
  const days = visitDays(delegation);
  const halfDays = new Set(
    meetings.map(
      (meeting) =>
        `${localDateOf(meeting.start)} ${Number(timeVi(meeting.start).slice(0, 2)) < 12 ? 'sáng' : 'chiều'}`,
    ),
  );
  return {
    days,
    nights: delegation.itinerary.some((place) => place.overnightStay) ? Math.max(days - 1, 0) : 0,
    halfDays: Math.max(halfDays.size, 1),
    hosts: new Set(meetings.flatMap((meeting) => meeting.officialIds)).size,
    lastDay: localDateOf(delegation.visit.departure),
  };
}

/** One row per scheduled meeting: date, time, content, place, who attends. */
export const meetingRows = (facts: VisitFacts): string[][] =>
  facts.meetings.map((meeting, index) => [
    String(index + 1),
    dateVi(meeting.start),
    `${timeVi(meeting.start)}–${timeVi(meeting.end)}`,
    meeting.title,
    roomName(facts, meeting.roomId),
    officialNames(facts, meeting.officialIds).join('; '),
  ]);

export const meetingHeaders = [
  'STT',
  'Ngày',
  'Thời gian',
  'Nội dung',
  'Địa điểm',
  'Thành phần phía Việt Nam',
];
export const meetingWidths = [7, 17, 15, 25, 16, 30];

/** "Tài liệu được soạn theo …": the records a draft came from, for the file's properties. */
export function draftedFrom(facts: Pick<VisitFacts, 'delegation' | 'report' | 'profile'>): DraftedFrom {
  const report = facts.report;
  return {
    delegationId: facts.delegation.id,
    delegationVersion: facts.delegation.version,
    profile: report
      ? `${report.profile.id}@${report.profile.version}`
      : `${facts.profile.id}@${facts.profile.version}`,
    holidayCalendars: report?.holidayCalendars
      .map((calendar) => `${calendar.year} v${calendar.version}${calendar.official ? '' : ' (dự kiến)'}`)
      .join(', '),
  };
}

/** The date line of a draft: the date given, or the year of today for the clerk to complete. */
export const dateParts = (options: DraftOptions) => ({
  date: options.date,
  year: Number((options.date ?? options.today).slice(0, 4)),
  number: options.number,
});

export const vietnameseDate = formatVietnameseDate;

/**
 * The heading parts of the Department's own documents (not the Office's proposal): the bodies, the
 * symbol (a letter's "SKHCN-VP", or "KH-SKHCN" for a type), place, date and what it was drafted from.
 */
export function departmentHeading(facts: VisitFacts, type?: 'KH' | 'BC' | 'ĐA') {
  const { issuer } = facts;
  return {
    governingBody: issuer.governingBody,
    issuingBody: issuer.issuingBody,
    symbol: type ? `${type}-${issuer.abbreviation}` : `${issuer.abbreviation}-${issuer.office.abbreviation}`,
    place: issuer.place,
    ...dateParts(facts.options),
    draftedFrom: draftedFrom(facts),
  };
}

/** "Căn cứ …;" lines, one per basis, in the order given. */
export const basisLines = (bases: readonly (string | undefined)[]): string[] =>
  bases.filter((basis): basis is string => Boolean(basis)).map((basis) => `Căn cứ ${ending(basis, ';')}`);

/** The Office itself hosts the visit: no sentence has it work "with the Office". */
export const officeHosts = (facts: Pick<VisitFacts, 'hostDivisionName' | 'delegation'>) =>
  facts.delegation.hostDivision === 'van-phong' || /^văn phòng sở/i.test(facts.hostDivisionName);
