/** The lists admin keeps (rooms, officials, divisions, agencies) and the holidays, read once and shared. */
import { useQuery } from '@tanstack/react-query';
import { ok } from '../api';
import { useApi } from '../context';
import { keys } from './keys';

/** Directories change seldom: a minute before asking again when a screen opens. */
const STALE_MS = 60_000;

export function useRooms() {
  const api = useApi();
  return useQuery({
    queryKey: keys.directory('rooms'),
    queryFn: () => ok(api.GET('/rooms')),
    staleTime: STALE_MS,
  });
}

export function useOfficials() {
  const api = useApi();
  return useQuery({
    queryKey: keys.directory('officials'),
    queryFn: () => ok(api.GET('/officials')),
    staleTime: STALE_MS,
  });
}

export function useDivisions() {
  const api = useApi();
  return useQuery({
    queryKey: keys.directory('divisions'),
    queryFn: () => ok(api.GET('/divisions')),
    staleTime: STALE_MS,
  });
}

export function useAgencies() {
  const api = useApi();
  return useQuery({ queryKey: keys.directory('agencies'), queryFn: () => ok(api.GET('/agencies')) });
}

export function useHolidayYear(year: number) {
  const api = useApi();
  return useQuery({
    queryKey: keys.holidayYear(year),
    queryFn: () => ok(api.GET('/calendar/holidays', { params: { query: { year } } })),
  });
}
