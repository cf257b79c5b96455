/** A visit's data as the screens read it. */
import { useQuery } from '@tanstack/react-query';
import { ApiError, ok } from '../api';
import { useApi } from '../context';
import { keys } from './keys';

/** The compliance report of a visit just registered is written a moment later: until then, 404. */
const notCheckedYet = (error: unknown) => error instanceof ApiError && error.status === 404;

export function useVisit(id: string) {
  const api = useApi();
  const params = { params: { path: { id } } };
  // The check runs in the background after every change: ask again until the report is current.
  const compliance = useQuery({
    queryKey: keys.visitPart(id, 'compliance'),
    queryFn: () => ok(api.GET('/delegations/{id}/compliance', params)),
    retry: (count, error) => notCheckedYet(error) && count < 30,
    retryDelay: 500,
    refetchInterval: (query) => {
      if (query.state.data && !query.state.data.current) return 700;
      // Still no report after the quick retries (a check retried after a failure): keep asking, slower.
      return notCheckedYet(query.state.error) ? 3000 : false;
    },
  });
  return {
    delegation: useQuery({
      queryKey: keys.visit(id),
      queryFn: () => ok(api.GET('/delegations/{id}', params)),
      refetchInterval: compliance.data?.current === false ? 700 : false,
    }),
    compliance,
    meetings: useQuery({
      queryKey: keys.visitPart(id, 'meetings'),
      queryFn: () => ok(api.GET('/delegations/{id}/meetings', params)),
    }),
    notifications: useQuery({
      queryKey: keys.visitPart(id, 'notifications'),
      queryFn: () => ok(api.GET('/delegations/{id}/notifications', params)),
    }),
    timeline: useQuery({
      queryKey: keys.visitPart(id, 'timeline'),
      queryFn: () =>
        ok(api.GET('/delegations/{id}/timeline', { params: { path: { id }, query: { limit: 100 } } })),
    }),
  };
}

export type VisitData = ReturnType<typeof useVisit>;
export type Delegation = NonNullable<VisitData['delegation']['data']>;
export type ComplianceView = NonNullable<VisitData['compliance']['data']>;

/** The whole dossier: the API gives it a page at a time, and a visit keeps at most a few pages. */
export function useAttachments(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.attachments(id),
    queryFn: async () => {
      const first = await ok(api.GET('/delegations/{id}/attachments', { params: { path: { id } } }));
      const attachments = [...first.attachments];
      for (let cursor = first.nextCursor; cursor; ) {
        const page = await ok(
          api.GET('/delegations/{id}/attachments', { params: { path: { id }, query: { cursor } } }),
        );
        attachments.push(...page.attachments);
        cursor = page.nextCursor;
      }
      return { ...first, attachments, nextCursor: undefined };
    },
  });
}
