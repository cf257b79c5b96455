/** The registration form's values and their conversion to and from the API's registration. */
import dayjs, { type Dayjs } from 'dayjs';
import type { paths } from '../api';
import { atHanoi, formatTime, localDay } from '../format';

export type Registration = paths['/delegations']['post']['requestBody']['content']['application/json'];
export type Delegation = paths['/delegations/{id}']['get']['responses']['200']['content']['application/json'];
type Member = Registration['members'][number];

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
  itinerary?: { name: string; address?: string; restrictedArea?: boolean; overnightStay?: boolean }[];
  activities?: {
    type: NonNullable<Registration['activities']>[number]['type'];
    title?: string;
    startsAt?: Dayjs;
  }[];
  members: Partial<Member>[];
  protocolLevel?: Registration['protocolLevel'];
  channel?: Registration['channel'];
  giftsPlanned?: boolean;
  vietnameseSidePays?: boolean;
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
      overnightStay: Boolean(place.overnightStay),
    })),
    activities: (values.activities ?? []).map((activity) => ({
      type: activity.type,
      title: blankToUndefined(activity.title),
      startsAt: instant(activity.startsAt),
    })),
    members: values.members.map((member) => ({
      fullName: member.fullName ?? '',
      nationality: blankToUndefined(member.nationality),
      passportNumber: blankToUndefined(member.passportNumber),
      title: blankToUndefined(member.title),
      rank: member.rank ?? 'other',
      role: member.role ?? 'member',
    })),
    protocolLevel: values.protocolLevel,
    channel: values.channel,
    giftsPlanned: Boolean(values.giftsPlanned),
    vietnameseSidePays: Boolean(values.vietnameseSidePays),
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
    })),
    members: delegation.members,
    protocolLevel: delegation.protocolLevel,
    channel: delegation.channel,
    giftsPlanned: delegation.giftsPlanned,
    vietnameseSidePays: delegation.vietnameseSidePays,
    hostDivision: delegation.hostDivision,
    contact: delegation.contact,
  };
}

/** The API's path of a field to the form's: the visit window is two top-level pickers here. */
export function formPath(apiPath: (string | number)[]): (string | number)[] {
  if (apiPath[0] === 'visit' && (apiPath[1] === 'arrival' || apiPath[1] === 'departure')) return [apiPath[1]];
  return apiPath;
}
