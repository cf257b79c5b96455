/**
 * The estimated reception budget of a visit (Thông tư 71/2018/TT-BTC): only what the Vietnamese side
 * pays. Meals at the grade's rate per guest per day when the Vietnamese side pays in-country costs;
 * gifts within the caps when gifts are planned; accommodation at the circular's rates by head, deputy
 * and member, which the profile does not hold yet, so those lines carry no amount for the Office to fill.
 */
import type { ComplianceReport } from '../compliance/engine';
import type { RuleProfile } from '../compliance/profile';
import type { Delegation } from '../domain/delegation';

export type Position = 'head' | 'deputy' | 'member';
export const positionNames: Record<Position, string> = {
  head: 'Trưởng đoàn',
  deputy: 'Phó đoàn',
  member: 'Thành viên',
};

export interface BudgetLine {
  item: string;
  position: Position;
  people: number;
  /** Days or nights; 1 for a one-off item such as a gift. */
  units: number;
  /** Per person and unit; undefined where no figure is configured (the Office fills it in). */
  rateVnd?: number;
  amountVnd?: number;
  /** The rate is a cap from a source not yet confirmed. */
  unverified?: boolean;
}

const DEPUTY = /phó trưởng đoàn|phó đoàn|deputy head/i;

/** Head, deputies (a title saying so) and the other members, as the circular's rates distinguish them. */
export function positions(delegation: Delegation): Record<Position, number> {
  const counts = { head: 0, deputy: 0, member: 0 };
  for (const member of delegation.members) {
    if (member.role === 'head') counts.head += 1;
    else if (DEPUTY.test(`${member.titleVi ?? ''} ${member.title ?? ''}`)) counts.deputy += 1;
    else counts.member += 1;
  }
  return counts;
}

export function receptionBudget(
  delegation: Delegation,
  grade: ComplianceReport['grade'],
  profile: RuleProfile,
  days: number,
): { lines: BudgetLine[]; totalVnd: number } {
  const counts = positions(delegation);
  const who = (Object.keys(counts) as Position[]).filter((position) => counts[position] > 0);
  const lines: BudgetLine[] = [];
  const nights = Math.max(days - 1, 0);
  if (delegation.vietnameseSidePays) {
    for (const position of who)
      lines.push({
        item: 'Tiền ăn',
        position,
        people: counts[position],
        units: days,
        rateVnd: grade.mealAllowanceVnd ?? undefined,
      });
    if (nights > 0 && delegation.itinerary.some((place) => place.overnightStay))
      for (const position of who)
        lines.push({ item: 'Thuê phòng nghỉ', position, people: counts[position], units: nights });
  }
  if (delegation.giftsPlanned)
    for (const position of who)
      lines.push({
        item: 'Quà tặng',
        position,
        people: counts[position],
        units: 1,
        rateVnd: position === 'head' ? (grade.giftCapVnd ?? undefined) : profile.parameters.memberGiftCapVnd,
        unverified: true,
      });
  const priced = lines.map((line) => ({
    ...line,
    amountVnd: line.rateVnd === undefined ? undefined : line.rateVnd * line.people * line.units,
  }));
  return { lines: priced, totalVnd: priced.reduce((sum, line) => sum + (line.amountVnd ?? 0), 0) };
}
