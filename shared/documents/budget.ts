/**
 * The estimated reception budget of a visit under the circular in force when it ends (Thông tư
 * 35/2026/TT-BTC from 18/05/2026, 71/2018 before): only what the Department pays, as the registration's
 * cost sharing says — every in-country cost (Chương II), all but the guests' meals and rooms (Điều
 * 16), or only the working sessions (Điều 18).
 */
import { rateSetFor } from '../compliance/grade';
import type { ProtocolGrade, RuleProfile } from '../compliance/profile';
import type { ReceptionRateSet } from '../compliance/profile-schema';
import { type CostSharing, costSharingOf } from '../domain/cost-sharing';
import type { Delegation } from '../domain/delegation';

export type Position = 'head' | 'deputy' | 'member';

export interface BudgetLine {
  item: string;
  /** Who the line is for: a position in the delegation, or everyone attending. */
  who: string;
  people: number;
  units: number;
  /** "ngày", "đêm", "buổi", "giờ", "trang", "lần". */
  unit: string;
  /** Per person and unit; undefined where the circular leaves the figure to the plan. */
  rateVnd?: number;
  amountVnd?: number;
  /** The article of the circular ("Điều 8"). */
  article: string;
  /** Why the line is there when it is a special case (gifts beyond the head of an A or B delegation). */
  note?: string;
}

export interface Budget {
  circular: string;
  grade: ProtocolGrade;
  costSharing: CostSharing;
  lines: BudgetLine[];
  totalVnd: number;
  /** True when every line has its figure. */
  complete: boolean;
}

/** What the budget is computed from besides the registration: days, nights, sessions, hosts. */
export interface BudgetFacts {
  /** Calendar days of the visit (meals). */
  days: number;
  /** Nights spent in the province (rooms). */
  nights: number;
  /** Half-days with a working session (the scheduled meetings; one when none is booked yet). */
  halfDays: number;
  /** Vietnamese participants in the working sessions (the officials invited to the meetings). */
  hosts: number;
  /** The last day of the visit: the rates in force then apply. */
  lastDay: string;
}

const DEPUTY = /phó trưởng đoàn|phó đoàn|deputy head/i;
const positionNames: Record<Position, string> = {
  head: 'Trưởng đoàn',
  deputy: 'Phó đoàn',
  member: 'Thành viên',
};

/** Head, deputies (a title saying so) and the other members, as the circular's room rates distinguish them. */
export function positions(delegation: Pick<Delegation, 'members'>): Record<Position, number> {
  const counts = { head: 0, deputy: 0, member: 0 };
  for (const member of delegation.members) {
    if (member.role === 'head') counts.head += 1;
    else if (DEPUTY.test(`${member.titleVi ?? ''} ${member.title ?? ''}`)) counts.deputy += 1;
    else counts.member += 1;
  }
  return counts;
}

const priced = (line: BudgetLine): BudgetLine => ({
  ...line,
  amountVnd: line.rateVnd === undefined ? undefined : line.rateVnd * line.people * line.units,
});
const orUndefined = (value: number | null | undefined) => value ?? undefined;

/** The lines the Department pays, at the rates of the circular in force when the visit ends. */
export function receptionBudget(
  delegation: Delegation,
  grade: ProtocolGrade,
  profile: RuleProfile,
  facts: BudgetFacts,
): Budget {
  const rates: ReceptionRateSet = rateSetFor(profile.parameters.receptionRates, facts.lastDay);
  const costSharing = costSharingOf(delegation);
  const hospitality = delegation.hospitality;
  const counts = positions(delegation);
  const guests = delegation.members.length;
  const everyone = guests + facts.hosts;
  const lines: BudgetLine[] = [];
  const pays = (...cases: CostSharing[]) => cases.includes(costSharing);

  if (pays('department_pays')) {
    lines.push({
      item: 'Tiền ăn (02 bữa/ngày, kể cả đồ uống)',
      who: 'Khách',
      people: guests,
      units: facts.days,
      unit: 'ngày',
      rateVnd: orUndefined(rates.meals[grade]),
      article: rates.articles.meals,
    });
    if (facts.nights > 0) {
      const rooms = rates.rooms[grade];
      for (const position of ['head', 'deputy', 'member'] as const)
        if (counts[position] > 0)
          lines.push({
            item: 'Thuê phòng nghỉ (kể cả ăn sáng)',
            who: positionNames[position],
            people: counts[position],
            units: facts.nights,
            unit: 'đêm',
            rateVnd: rooms?.[position],
            article: rates.articles.rooms,
          });
    }
  }
  lines.push({
    item: 'Tiếp khách trong buổi làm việc (nước uống, hoa quả, bánh ngọt)',
    who: facts.hosts ? 'Khách và thành phần phía Việt Nam' : 'Khách',
    people: everyone,
    units: facts.halfDays,
    unit: 'buổi',
    rateVnd: orUndefined(rates.workingSessions[grade]),
    article: rates.articles.workingSessions,
  });
  // One banquet at most, at no more than one day's meal rate per person, for grades A to C.
  if (
    pays('department_pays', 'guests_pay_meals_rooms') &&
    hospitality?.banquet &&
    ['A', 'B', 'C'].includes(grade)
  )
    lines.push({
      item: 'Chiêu đãi (01 lần)',
      who: 'Khách và thành phần phía Việt Nam',
      people: everyone,
      units: 1,
      unit: 'lần',
      rateVnd: orUndefined(rates.meals[grade]),
      article: rates.articles.banquet,
    });
  if (pays('department_pays', 'guests_pay_meals_rooms')) {
    const interpreting = hospitality?.interpreting;
    if (interpreting)
      lines.push({
        item: interpreting.mode === 'simultaneous' ? 'Phiên dịch song song (cabin)' : 'Phiên dịch đuổi',
        who: 'Phiên dịch viên',
        people: interpreting.interpreters,
        units: interpreting.hours,
        unit: 'giờ',
        rateVnd:
          interpreting.mode === 'simultaneous'
            ? rates.interpreting?.simultaneousPerHour
            : rates.interpreting?.consecutivePerHour,
        article: rates.articles.interpreting,
      });
    const translation = hospitality?.translation;
    for (const [pages, item, rate] of [
      [
        translation?.pagesIntoVietnamese ?? 0,
        'Biên dịch tiếng nước ngoài sang tiếng Việt',
        rates.translation?.intoVietnamesePerPage,
      ],
      [
        translation?.pagesFromVietnamese ?? 0,
        'Biên dịch tiếng Việt sang tiếng nước ngoài',
        rates.translation?.fromVietnamesePerPage,
      ],
    ] as const)
      if (pages > 0)
        lines.push({
          item,
          who: 'Trang 350 từ',
          people: 1,
          units: pages,
          unit: 'trang',
          rateVnd: rate,
          article: rates.articles.interpreting,
        });
    if (delegation.giftsPlanned) {
      // Điều 12.2: the head of an A or B delegation at the rate; anyone else only in a special case.
      const headRate = grade === 'A' ? rates.gifts?.headA : grade === 'B' ? rates.gifts?.headB : undefined;
      if (headRate !== undefined)
        lines.push({
          item: 'Quà tặng',
          who: 'Trưởng đoàn',
          people: 1,
          units: 1,
          unit: 'lần',
          rateVnd: headRate,
          article: rates.articles.gifts,
        });
      const special = hospitality?.specialGifts;
      if (special)
        lines.push({
          item: 'Quà tặng (trường hợp đặc biệt)',
          who: 'Khách',
          people: special.recipients,
          units: 1,
          unit: 'lần',
          rateVnd: rates.gifts?.specialCase,
          article: rates.articles.gifts,
          note: special.reason,
        });
    }
  }
  const all = lines.map(priced);
  return {
    circular: rates.circular,
    grade,
    costSharing,
    lines: all,
    totalVnd: all.reduce((sum, line) => sum + (line.amountVnd ?? 0), 0),
    complete: all.every((line) => line.amountVnd !== undefined),
  };
}
