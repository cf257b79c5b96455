/** The words a rule profile is written in, apart from the profile so that its schema can use them too. */

export const sensitiveCategories = [
  'religion',
  'human_rights',
  'ethnic_groups',
  'sovereignty_borders',
  'defence_security',
  'state_secrets',
] as const;
export type SensitiveCategory = (typeof sensitiveCategories)[number];

/**
 * The grades of the Appendix of Thông tư 35/2026/TT-BTC (as of 71/2018 before it), highest first.
 * `decided_by_chairman`: a head of a specialised international organisation the Appendix does not
 * name, whose grade the Chairman of the Provincial People's Committee decides (Điều 4.1.d);
 * `other`: "khách mời quốc tế khác", everyone else.
 */
export const protocolGrades = ['special', 'A', 'B', 'C', 'decided_by_chairman', 'other'] as const;
export type ProtocolGrade = (typeof protocolGrades)[number];
