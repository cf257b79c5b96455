/** The registration form's values and their conversion to and from the API's registration. */
import dayjs, { type Dayjs } from 'dayjs';
import { costSharingOf } from '../../../shared/domain/cost-sharing';
import type { paths } from '../api';
import { atHanoi, formatTime, localDay } from '../format';

export type Registration = paths['/delegations']['post']['requestBody']['content']['application/json'];
export type Delegation = paths['/delegations/{id}']['get']['responses']['200']['content']['application/json'];
type Member = Registration['members'][number];
type Activity = NonNullable<Registration['activities']>[number];
type Place = NonNullable<Registration['itinerary']>[number];
type Hospitality = NonNullable<Registration['hospitality']>;

/** A member as the form holds it: the dates as pickers' values. */
export type FormMember = Partial<Omit<Member, 'dateOfBirth' | 'passportExpiresOn' | 'entry'>> & {
  dateOfBirth?: Dayjs;
  passportExpiresOn?: Dayjs;
  entry?: Partial<Omit<NonNullable<Member['entry']>, 'validUntil' | 'enteredOn'>> & {
    validUntil?: Dayjs;
    enteredOn?: Dayjs;
  };
};

export interface FormValues {
  partner: {
    name: string;
    nameVi?: string;
    type: Registration['partner']['type'];
    country: string;
    ngoRegistration?: {
      certificateNumber?: string;
      expiresOn?: Dayjs;
      provinces?: string[];
      fields?: string[];
    };
  };
  sourceLetter?: { number?: string; date?: Dayjs; receivedOn?: Dayjs };
  purpose: string;
  topics?: string[];
  arrival?: Dayjs;
  departure?: Dayjs;
  itinerary?: (Partial<Place> & { name: string })[];
  activities?: (Omit<Activity, 'startsAt' | 'endsAt'> & { startsAt?: Dayjs; endsAt?: Dayjs })[];
  members: FormMember[];
  protocolLevel?: Registration['protocolLevel'];
  channel?: Registration['channel'];
  giftsPlanned?: boolean;
  hospitality?: Partial<Hospitality>;
  hostDivision?: string;
  contact: { name: string; email: string; phone?: string };
}

/** A picked date-time as Hà Nội wall-clock time, whatever the browser's own zone. */
const instant = (value: Dayjs | undefined) =>
  value ? atHanoi(value.format('YYYY-MM-DD'), value.format('HH:mm')) : undefined;
const day = (value: Dayjs | undefined) => value?.format('YYYY-MM-DD');
/** An instant back to the wall-clock value a picker shows (Hà Nội time). */
const wallClock = (value: string | undefined) =>
  value ? dayjs(`${localDay(value)}T${formatTime(value)}`) : undefined;
const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
const fromDay = (value: string | undefined) => (value ? dayjs(value) : undefined);

/** A member as the API takes it: every field the Office filled in, none it left blank. */
function toMember(member: FormMember): Member {
  const entry = member.entry?.document
    ? {
        document: member.entry.document,
        number: blankToUndefined(member.entry.number),
        validUntil: day(member.entry.validUntil),
        port: blankToUndefined(member.entry.port),
        enteredOn: day(member.entry.enteredOn),
      }
    : undefined;
  return {
    fullName: member.fullName ?? '',
    nationality: blankToUndefined(member.nationality),
    passportNumber: blankToUndefined(member.passportNumber),
    title: blankToUndefined(member.title),
    titleVi: blankToUndefined(member.titleVi),
    rank: member.rank ?? 'other',
    role: member.role ?? 'member',
    pressPermitNumber: blankToUndefined(member.pressPermitNumber),
    sex: member.sex ?? undefined,
    dateOfBirth: day(member.dateOfBirth),
    passportExpiresOn: day(member.passportExpiresOn),
    entry,
  };
}

const fromMember = (member: Member): FormMember => ({
  ...member,
  dateOfBirth: fromDay(member.dateOfBirth),
  passportExpiresOn: fromDay(member.passportExpiresOn),
  entry: member.entry
    ? {
        ...member.entry,
        validUntil: fromDay(member.entry.validUntil),
        enteredOn: fromDay(member.entry.enteredOn),
      }
    : undefined,
});

/** The hospitality block: only what the Office chose, the optional parts only when filled in. */
function toHospitality(values: FormValues['hospitality']): Hospitality | undefined {
  if (!values?.costSharing) return undefined;
  const interpreting = values.interpreting;
  const translation = values.translation;
  const gifts = values.specialGifts;
  return {
    costSharing: values.costSharing,
    banquet: Boolean(values.banquet),
    interpreting:
      interpreting?.mode && interpreting.hours
        ? { mode: interpreting.mode, hours: interpreting.hours, interpreters: interpreting.interpreters ?? 1 }
        : undefined,
    translation:
      translation?.pagesIntoVietnamese || translation?.pagesFromVietnamese
        ? {
            pagesIntoVietnamese: translation.pagesIntoVietnamese ?? 0,
            pagesFromVietnamese: translation.pagesFromVietnamese ?? 0,
          }
        : undefined,
    specialGifts:
      gifts?.recipients && blankToUndefined(gifts.reason)
        ? { recipients: gifts.recipients, reason: gifts.reason.trim() }
        : undefined,
  };
}

export function toRegistration(values: FormValues): Registration {
  const ngo = values.partner.ngoRegistration;
  const letter = values.sourceLetter;
  return {
    partner: {
      name: values.partner.name,
      nameVi: blankToUndefined(values.partner.nameVi),
      type: values.partner.type,
      country: values.partner.country,
      ngoRegistration:
        values.partner.type === 'foreign_ngo' && ngo?.certificateNumber
          ? {
              certificateNumber: ngo.certificateNumber,
              expiresOn: day(ngo.expiresOn) as string,
              provinces: ngo.provinces ?? [],
              fields: ngo.fields ?? [],
            }
          : undefined,
    },
    sourceLetter: letter?.number
      ? { number: letter.number, date: day(letter.date) as string, receivedOn: day(letter.receivedOn) }
      : undefined,
    purpose: values.purpose,
    topics: values.topics ?? [],
    visit: { arrival: instant(values.arrival) as string, departure: instant(values.departure) as string },
    itinerary: (values.itinerary ?? []).map((place) => ({
      name: place.name,
      address: blankToUndefined(place.address),
      restrictedArea: Boolean(place.restrictedArea),
      managedBy: place.restrictedArea ? (place.managedBy ?? 'police') : undefined,
      overnightStay: Boolean(place.overnightStay),
    })),
    // Every part of an activity the form shows, and the ones it does not (kept as they were).
    activities: (values.activities ?? []).map((activity) => ({
      ...activity,
      title: blankToUndefined(activity.title),
      startsAt: instant(activity.startsAt),
      endsAt: instant(activity.endsAt),
      venue: blankToUndefined(activity.venue),
      agenda: blankToUndefined(activity.agenda),
      funding: activity.funding?.source?.trim() ? activity.funding : undefined,
      participants:
        activity.participants?.vietnamese !== undefined && activity.participants?.foreign !== undefined
          ? activity.participants
          : undefined,
    })),
    members: values.members.map(toMember),
    protocolLevel: values.protocolLevel,
    channel: values.channel,
    giftsPlanned: Boolean(values.giftsPlanned),
    hospitality: toHospitality(values.hospitality),
    hostDivision: values.hostDivision ?? '',
    contact: { ...values.contact, phone: blankToUndefined(values.contact.phone) },
  };
}

export function fromDelegation(delegation: Delegation): FormValues {
  const ngo = delegation.partner.ngoRegistration;
  return {
    partner: {
      name: delegation.partner.name,
      nameVi: delegation.partner.nameVi,
      type: delegation.partner.type,
      country: delegation.partner.country,
      ngoRegistration: ngo
        ? {
            certificateNumber: ngo.certificateNumber,
            expiresOn: dayjs(ngo.expiresOn),
            provinces: ngo.provinces,
            fields: ngo.fields,
          }
        : undefined,
    },
    sourceLetter: delegation.sourceLetter
      ? {
          number: delegation.sourceLetter.number,
          date: dayjs(delegation.sourceLetter.date),
          receivedOn: delegation.sourceLetter.receivedOn
            ? dayjs(delegation.sourceLetter.receivedOn)
            : undefined,
        }
      : undefined,
    purpose: delegation.purpose,
    topics: delegation.topics,
    arrival: wallClock(delegation.visit.arrival),
    departure: wallClock(delegation.visit.departure),
    itinerary: delegation.itinerary,
    activities: delegation.activities.map((activity) => ({
      ...activity,
      startsAt: wallClock(activity.startsAt),
      endsAt: wallClock(activity.endsAt),
    })),
    members: delegation.members.map(fromMember),
    protocolLevel: delegation.protocolLevel,
    channel: delegation.channel,
    giftsPlanned: delegation.giftsPlanned,
    hospitality: delegation.hospitality ?? { costSharing: costSharingOf(delegation), banquet: false },
    hostDivision: delegation.hostDivision,
    contact: delegation.contact,
  };
}

/** The API's path of a field to the form's: the visit window is two top-level pickers here. */
export function formPath(apiPath: (string | number)[]): (string | number)[] {
  if (apiPath[0] === 'visit' && (apiPath[1] === 'arrival' || apiPath[1] === 'departure')) return [apiPath[1]];
  return apiPath;
}
