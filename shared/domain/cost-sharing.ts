/** Who pays what for a visit, as Thông tư 35/2026/TT-BTC distinguishes the cases. Plain data: the console takes it too. */
export const costSharings = [
  /** The Department pays every in-country cost (Chương II). */
  'department_pays',
  /** The guests pay their meals and rooms; the Department pays the other reception items (Điều 16). */
  'guests_pay_meals_rooms',
  /** The guests pay everything; the Department pays only the working sessions (Điều 18). */
  'guests_pay_all',
] as const;
export type CostSharing = (typeof costSharings)[number];

/** The registration's choice, or what the older "Vietnamese side pays" switch meant. */
export const costSharingOf = (delegation: {
  hospitality?: { costSharing: CostSharing } | undefined;
  vietnameseSidePays?: boolean;
}): CostSharing =>
  delegation.hospitality?.costSharing ??
  (delegation.vietnameseSidePays ? 'department_pays' : 'guests_pay_meals_rooms');
