/**
 * Who signs a draft, and under which authority line (Nghị định 30/2020/NĐ-CP, Điều 13): the head of
 * the issuing body under their own title; a deputy "KT." (ký thay) over their title; the Chief of
 * Office on the head's delegated authority "TL." (thừa lệnh); an acting head "Q.". The line follows
 * from the signer's position in the officials directory, never from a title typed as text.
 */
import type { Issuer } from '../config/issuer';
import { InvalidChangeError } from '../domain/errors';
import type { Official, OfficialPosition } from '../domain/resources';
import type { Signer } from './admin-document';

/** The Department's documents, or the Office's own (its proposal to the Director). */
export type IssuingUnit = 'department' | 'office';

/** Which positions may sign each kind of draft. */
export const signingRights = {
  proposal: { unit: 'office', positions: ['chief_of_office', 'deputy_chief_of_office'] },
  // A notice to the police may go out on the Director's delegated authority.
  'guest-list-police': {
    unit: 'department',
    positions: ['director', 'acting_director', 'deputy_director', 'chief_of_office'],
  },
  'permission-request': { unit: 'department', positions: ['director', 'acting_director', 'deputy_director'] },
  'conference-plan': { unit: 'department', positions: ['director', 'acting_director', 'deputy_director'] },
  'reception-plan': { unit: 'department', positions: ['director', 'acting_director', 'deputy_director'] },
  'visit-report': { unit: 'department', positions: ['director', 'acting_director', 'deputy_director'] },
  periodic: { unit: 'department', positions: ['director', 'acting_director', 'deputy_director'] },
} as const satisfies Record<string, { unit: IssuingUnit; positions: readonly OfficialPosition[] }>;
export type SignedKind = keyof typeof signingRights;

/** The authority lines of a signer of this position for a document of this unit. */
function authorityOf(position: OfficialPosition, unit: IssuingUnit, issuer: Issuer): string[] {
  switch (position) {
    case 'director':
      return [issuer.head];
    case 'acting_director':
      return [`Q. ${issuer.head}`];
    case 'deputy_director':
      return [`KT. ${issuer.head}`, `PHÓ ${issuer.head}`];
    case 'chief_of_office':
      return unit === 'office' ? [issuer.office.head] : [`TL. ${issuer.head}`, issuer.office.head];
    case 'deputy_chief_of_office':
      return [`KT. ${issuer.office.head}`, `PHÓ ${issuer.office.head}`];
    default:
      return [unit === 'office' ? issuer.office.head : issuer.head];
  }
}

/**
 * The signature block of a draft: the signer's authority and name, or, when the draft names no
 * signer, the head's authority with the name left to write. A signer whose position may not sign
 * this kind is refused (400 on `signer`).
 */
export function signatureFor(kind: SignedKind, issuer: Issuer, signer: Official | undefined): Signer {
  const rights = signingRights[kind];
  if (!signer) return { authority: authorityOf(rights.positions[0], rights.unit, issuer) };
  const allowed: readonly OfficialPosition[] = rights.positions;
  if (!signer.position || !allowed.includes(signer.position))
    throw new InvalidChangeError(`${signer.fullName} may not sign this document.`, {
      issues: [
        {
          path: 'signer',
          message: signer.position
            ? `A ${signer.position.replace(/_/g, ' ')} does not sign this kind of document; it is signed by: ${allowed.join(', ')}`
            : 'This official has no position in the officials directory (admin sets it in PUT /officials)',
        },
      ],
    });
  return { authority: authorityOf(signer.position, rights.unit, issuer), name: signer.fullName };
}

/**
 * "Giám đốc Sở (để b/c)" in the recipients when someone signs on the Director's behalf; never when
 * the Director signs, since a document does not report to its own signer.
 */
export function reportToDirector(signer: Official | undefined): string[] {
  return signer && signer.position !== 'director' ? ['Giám đốc Sở (để b/c)'] : [];
}
