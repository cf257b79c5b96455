/** The lists the day starts from: the worklist and its figures, the inbox, the history, the calendar. */
import { useQuery } from '@tanstack/react-query';
import { ok, type paths } from '../api';
import { useApi } from '../context';
import { keys } from './keys';

export function useWorklist() {
  const api = useApi();
  return useQuery({ queryKey: keys.worklist, queryFn: () => ok(api.GET('/worklist')) });
}

export function usePendingDecisions(enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: keys.pending, queryFn: () => ok(api.GET('/decisions/pending')), enabled });
}

export type HistoryQuery = NonNullable<paths['/delegations']['get']['parameters']['query']>;

export function useHistory(query: HistoryQuery) {
  const api = useApi();
  return useQuery({
    queryKey: keys.historyPage(query),
    queryFn: () => ok(api.GET('/delegations', { params: { query } })),
  });
}

export function useSchedule(from: string, to: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.scheduleRange(from, to),
    queryFn: () => ok(api.GET('/schedule', { params: { query: { from, to } } })),
  });
}
