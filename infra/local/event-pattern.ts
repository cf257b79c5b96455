/**
 * EventBridge pattern matching for the patterns the manifest produces: every field lists the exact
 * values it accepts, nested objects match nested fields. Anything else is refused loudly, so the
 * local bus can never silently disagree with the CDK rules.
 */
export type EventPattern = { readonly [field: string]: readonly string[] | EventPattern };

export function matchesPattern(pattern: EventPattern, event: Record<string, unknown>): boolean {
  return Object.entries(pattern).every(([field, expected]) => {
    const actual = event[field];
    if (Array.isArray(expected)) {
      if (!expected.every((value) => typeof value === 'string')) {
        throw new Error(`Unsupported pattern operator in field ${field}`);
      }
      return typeof actual === 'string' && expected.includes(actual);
    }
    return (
      typeof actual === 'object' &&
      actual !== null &&
      matchesPattern(expected as EventPattern, actual as Record<string, unknown>)
    );
  });
}
