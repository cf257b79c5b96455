/**
 * Who a notification goes to, resolved against the directories: a recipient's display name and
 * the addresses mail may really go to, or why nobody can be reached.
 */
import type { AgencyKey } from './agencies';
import { type Agency, reachableAddresses, realAddresses } from './agency-directory';
import type { Division } from './divisions';
import type { Official } from './resources';

export type Recipient = { kind: 'agency'; key: AgencyKey } | { kind: 'official'; key: string };

export const recipientId = (recipient: Recipient) => `${recipient.kind}:${recipient.key}`;

/** Why a recipient cannot be mailed; the notifier words each for the staff's timeline. */
export type Unreachable =
  | { reason: 'not-in-directory' | 'inactive' | 'no-address' | 'placeholder-only' }
  | { reason: 'suspended'; detail: string };

export interface Addressee {
  name: string;
  addresses: string[];
  /** The agency's directory entry allows full passport numbers (police, foreign affairs). */
  fullPassports: boolean;
  /** An outside body ("quý cơ quan") rather than the Department's own units and leaders. */
  outsideBody: boolean;
  unreachable?: Unreachable;
}

export interface RecipientDirectory {
  agencies: readonly Agency[];
  officials: readonly Official[];
  /** The division the registration names: the host unit's emails go to its addresses. */
  hostDivision?: Division;
}

/** The Department's own units and leaders; every other agency is an outside body. */
const INSIDE = new Set<AgencyKey>(['leadership', 'office', 'host-unit', 'information-centre']);

/** "Ông Nguyễn Văn An, Giám đốc Sở": the honorific and name, then the title. */
export const officialName = (official: Pick<Official, 'honorific' | 'fullName' | 'title'>) =>
  `${official.honorific ? `${official.honorific} ` : ''}${official.fullName}, ${official.title}`;

export function resolveRecipient(recipient: Recipient, directory: RecipientDirectory): Addressee {
  if (recipient.kind === 'official') {
    const official = directory.officials.find((candidate) => candidate.id === recipient.key);
    const name = official ? officialName(official) : recipient.key;
    if (!official) return unreachable(name, { reason: 'not-in-directory' });
    if (!official.active) return unreachable(name, { reason: 'inactive' });
    return addressed(name, official.email ? [official.email] : [], { outsideBody: false });
  }
  if (recipient.key === 'host-unit') {
    const division = directory.hostDivision;
    if (!division) return unreachable('Phòng chủ trì', { reason: 'not-in-directory' });
    if (!division.active) return unreachable(division.name, { reason: 'inactive' });
    return addressed(division.name, division.emails, { outsideBody: false });
  }
  const agency = directory.agencies.find((candidate) => candidate.key === recipient.key);
  const name = agency?.name ?? recipient.key;
  if (!agency) return unreachable(name, { reason: 'not-in-directory' });
  if (!agency.active) return unreachable(name, { reason: 'inactive' });
  const options = { outsideBody: !INSIDE.has(agency.key), fullPassports: agency.fullPassportNumbers };
  const reachable = reachableAddresses(agency);
  const suspended = agency.emails.flatMap((email) => (email.suspended ? [email.suspended.reason] : []));
  if (reachable.length === 0 && suspended.length > 0)
    return unreachable(name, { reason: 'suspended', detail: suspended.join('; ') });
  return addressed(name, reachable, options, agency.emails.length);
}

function addressed(
  name: string,
  listed: readonly string[],
  options: { outsideBody: boolean; fullPassports?: boolean },
  count = listed.length,
): Addressee {
  const addresses = realAddresses(listed);
  const fields = {
    name,
    addresses,
    outsideBody: options.outsideBody,
    fullPassports: options.fullPassports === true,
  };
  if (count === 0) return { ...fields, unreachable: { reason: 'no-address' } };
  if (addresses.length === 0) return { ...fields, unreachable: { reason: 'placeholder-only' } };
  return fields;
}

const unreachable = (name: string, why: Unreachable): Addressee => ({
  name,
  addresses: [],
  fullPassports: false,
  outsideBody: false,
  unreachable: why,
});
