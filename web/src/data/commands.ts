/**
 * Commands as TanStack mutations: each sends one request and then refreshes what its change made
 * stale (changes.ts), so no screen keeps showing the record as it was.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Change, staleAfter } from './changes';

/** Asks again for everything `change` made stale; resolves once the screens have the new answers. */
export function useRefresh() {
  const queries = useQueryClient();
  return (change: Change) =>
    Promise.all(staleAfter(change).map((queryKey) => queries.invalidateQueries({ queryKey }))).then(
      () => undefined,
    );
}

/** A mutation that sends `send(variables)` and then refreshes after `changeOf(variables)`. */
export function useCommand<V, R>(send: (variables: V) => Promise<R>, changeOf: (variables: V) => Change) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: send,
    // Refreshed even after a refusal: a 409 or 412 means the record moved under the user.
    onSettled: (_result, _error, variables) => refresh(changeOf(variables)),
  });
}
