import type { OfficialPosition } from './resources';

/**
 * The Department's leadership (Ban Giám đốc) by directory position: who may be named the leader in
 * charge of the external-information plan (Mục II.3.a). Without zod, so the console reads it too.
 */
export const leadershipPositions: readonly OfficialPosition[] = [
  'director',
  'acting_director',
  'deputy_director',
];

export const isLeadership = (official: { position?: OfficialPosition }): boolean =>
  official.position !== undefined && leadershipPositions.includes(official.position);
