/**
 * A value built the first time it is asked for. For what a cold start should not pay unless the
 * invocation needs it (Intl formatters load locale and time-zone data: 10–15 ms each).
 */
export function onFirstUse<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
