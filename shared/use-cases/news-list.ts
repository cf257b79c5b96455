/** The year's news items the Information Centre publishes: approved by leadership, or published. */
import { localDateOf } from '../compliance/calendar';
import type { RuleProfile } from '../compliance/profile';
import { planPeriod } from '../history/plan-period';
import { partnerName } from '../notifications/vietnamese';
import type { ReportSource } from './ports/report-source';

export async function listNews(
  year: number,
  deps: { source: Pick<ReportSource, 'arriving'>; profile: RuleProfile },
) {
  const period = planPeriod(year, deps.profile);
  const delegations = await deps.source.arriving(period.from, period.to);
  const items = delegations.flatMap((delegation) => {
    const { news } = delegation;
    if (news?.status !== 'approved' && news?.status !== 'published') return [];
    return [
      {
        delegationId: delegation.id,
        partner: partnerName(delegation),
        arrival: localDateOf(delegation.visit.arrival),
        status: news.status,
        title: news.vi.title,
        approvedAt: news.decided?.at,
        ...(news.published ? { published: { url: news.published.url, at: news.published.at } } : {}),
      },
    ];
  });
  // What waits to be published first, then the newest approvals.
  items.sort(
    (a, b) =>
      Number(a.status === 'published') - Number(b.status === 'published') ||
      (b.approvedAt ?? '').localeCompare(a.approvedAt ?? ''),
  );
  return { year, ...period, items };
}
