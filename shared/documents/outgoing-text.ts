/**
 * What an outgoing document or an email to another body may not carry: the marks the Office's own
 * screens rightly show (an unverified figure, the Office's deadlines, what the system does by
 * itself). Tests read every draft and every outside email against `internalMarks`.
 */
import type { Finding } from '../compliance/finding';

export const internalMarks: readonly RegExp[] = [
  /chưa xác minh/iu,
  /hệ thống (tự|sẽ)/iu,
  /tự động/iu,
  /thực tiễn/iu,
  /điền theo định mức/iu,
  /\bsystem\b/iu,
];

/**
 * A finding's legal basis as a document may cite it: only a verified rule's, without the notes in
 * brackets that mark an unconfirmed part; a rule resting on practice cites nothing.
 */
export function documentCitation(finding: Pick<Finding, 'citation' | 'verified'>): string | undefined {
  if (!finding.verified) return undefined;
  return finding.citation.replace(/\s*\([^()]*chưa xác minh[^()]*\)/gu, '').trim() || undefined;
}
