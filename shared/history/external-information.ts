/**
 * The yearly report on carrying out the external-information plan (Mục III.2): what the visits'
 * records show for the period (visits received by kind and country, conferences, agreements
 * signed, news published) beside what the Office keeps in the plan (leader, focal official,
 * training, events organised, budget). Pure: the use case reads the records and the directory.
 */
import { type LocalDate, localDateOf } from '../compliance/calendar';
import type { Delegation } from '../domain/delegation';
import type { ExternalPlan, OrganisedEvent, OrganisedEventKind, Training } from '../domain/external-plan';
import { is, received } from '../domain/lifecycle';
import type { Official } from '../domain/resources';
import { activityTypeNames, organisedEventKindNames, partnerTypeNames } from '../domain/vietnamese-names';
import { countryName, partnerName } from '../notifications/vietnamese';

export interface CountRow {
  group: string;
  label: string;
  delegations: number;
  members: number;
}

export interface NamedOfficial {
  id: string;
  honorific?: 'Ông' | 'Bà';
  fullName: string;
  title: string;
}

export interface ExternalInformationReport {
  title: string;
  year: number;
  from: LocalDate;
  to: LocalDate;
  planDocument?: string;
  leader?: NamedOfficial;
  focalOfficial?: NamedOfficial;
  visits: {
    delegations: number;
    members: number;
    byPartnerType: CountRow[];
    byCountry: CountRow[];
    /** How many visits held each kind of activity (a visit with two conferences counts once). */
    byActivity: { group: string; label: string; delegations: number }[];
  };
  conferences: { title: string; partner: string; day: LocalDate; authority: string }[];
  agreements: { title: string; partner: string; day: LocalDate }[];
  news: { title: string; partner: string; publishedOn: LocalDate; url: string }[];
  events: (OrganisedEvent & { kindName: string })[];
  eventsByKind: { kind: OrganisedEventKind; label: string; events: number }[];
  trainings: Training[];
  budget: {
    planEstimateVnd?: number;
    spentVnd?: number;
    /** The sum of the received visits' reception budgets, as their plans estimate them. */
    receptionEstimateVnd: number;
    /** Received visits whose estimate lacks a figure the circular leaves to the plan (special grade). */
    receptionsWithoutFigure: number;
  };
}

export interface ExternalInformationInput {
  year: number;
  from: LocalDate;
  to: LocalDate;
  /** The visits arriving in the period, whatever their status. */
  delegations: readonly Delegation[];
  /** This plan year's record (people, budget, plan document). */
  plan: ExternalPlan;
  /** Every plan record the period touches (the administrative year starts in the December before). */
  records: readonly ExternalPlan[];
  officials: readonly Official[];
  conferenceAuthority: (delegation: Delegation) => string;
  receptionBudget: (delegation: Delegation) => { totalVnd: number; complete: boolean };
}

function countBy(
  delegations: readonly Delegation[],
  groupOf: (delegation: Delegation) => { group: string; label: string },
): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const delegation of delegations) {
    const { group, label } = groupOf(delegation);
    const row = rows.get(group) ?? { group, label, delegations: 0, members: 0 };
    row.delegations++;
    row.members += delegation.members.length;
    rows.set(group, row);
  }
  return [...rows.values()].sort((a, b) => b.delegations - a.delegations || a.label.localeCompare(b.label));
}

const byDay = <T extends { day: string }>(a: T, b: T) => a.day.localeCompare(b.day);

function named(officials: readonly Official[], id: string | undefined): NamedOfficial | undefined {
  const official = id ? officials.find((candidate) => candidate.id === id) : undefined;
  return (
    official && {
      id: official.id,
      honorific: official.honorific,
      fullName: official.fullName,
      title: official.title,
    }
  );
}

export function externalInformationReport(input: ExternalInformationInput): ExternalInformationReport {
  const { from, to } = input;
  const visits = input.delegations.filter((delegation) => is(received, delegation.status));
  const inPeriod = (record: { from: string }) => record.from >= from && record.from <= to;
  const events = input.records
    .flatMap((record) => record.events)
    .filter(inPeriod)
    .sort((a, b) => a.from.localeCompare(b.from));
  const budgets = visits.map(input.receptionBudget);
  return {
    title: `BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH THÔNG TIN ĐỐI NGOẠI NĂM ${input.year}`,
    year: input.year,
    from,
    to,
    planDocument: input.plan.planDocument,
    leader: named(input.officials, input.plan.leaderId),
    focalOfficial: named(input.officials, input.plan.focalOfficialId),
    visits: {
      delegations: visits.length,
      members: visits.reduce((sum, delegation) => sum + delegation.members.length, 0),
      byPartnerType: countBy(visits, ({ partner }) => ({
        group: partner.type,
        label: partnerTypeNames[partner.type],
      })),
      byCountry: countBy(visits, ({ partner }) => ({
        group: partner.country,
        label: countryName(partner.country),
      })),
      byActivity: Object.entries(activityTypeNames)
        .map(([group, label]) => ({
          group,
          label,
          delegations: visits.filter((visit) => visit.activities.some((activity) => activity.type === group))
            .length,
        }))
        .filter((row) => row.delegations > 0),
    },
    conferences: visits
      .flatMap((delegation) =>
        delegation.activities
          .filter((activity) => activity.type === 'conference')
          .map((activity) => ({
            title: activity.title ?? delegation.purpose,
            partner: partnerName(delegation),
            day: localDateOf(activity.startsAt ?? delegation.visit.arrival),
            authority: input.conferenceAuthority(delegation),
          })),
      )
      .sort(byDay),
    agreements: visits
      .flatMap((delegation) =>
        (delegation.visitReport?.agreementsSigned ?? []).map((title) => ({
          title,
          partner: partnerName(delegation),
          day: localDateOf(delegation.visit.departure),
        })),
      )
      .sort(byDay),
    news: visits
      .flatMap(({ news, ...delegation }) =>
        news?.status === 'published' && news.published
          ? [
              {
                title: news.vi.title,
                partner: partnerName(delegation),
                publishedOn: localDateOf(news.published.at),
                url: news.published.url,
              },
            ]
          : [],
      )
      .sort((a, b) => a.publishedOn.localeCompare(b.publishedOn)),
    events: events.map((event) => ({ ...event, kindName: organisedEventKindNames[event.kind] })),
    eventsByKind: Object.entries(organisedEventKindNames)
      .map(([kind, label]) => ({
        kind: kind as OrganisedEventKind,
        label,
        events: events.filter((event) => event.kind === kind).length,
      }))
      .filter((row) => row.events > 0),
    trainings: input.records
      .flatMap((record) => record.trainings)
      .filter(inPeriod)
      .sort((a, b) => a.from.localeCompare(b.from)),
    budget: {
      planEstimateVnd: input.plan.budget.estimateVnd,
      spentVnd: input.plan.budget.spentVnd,
      receptionEstimateVnd: budgets.reduce((sum, budget) => sum + budget.totalVnd, 0),
      receptionsWithoutFigure: budgets.filter((budget) => !budget.complete).length,
    },
  };
}
