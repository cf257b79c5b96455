import type { LocalStack } from '../../infra/local/local-stack';
import { sesClient } from '../../shared/adapters/ses-client';
import { jicaVisit } from '../fixtures/registration';
import { median } from './cold-start';

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** Records when SES accepted the first email about each delegation (the mail is then in the server). */
function watchFirstEmails(): { firstEmail: Map<string, number>; stop(): void } {
  const firstEmail = new Map<string, number>();
  sesClient.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const tags = (args.input as { Tags?: { Name: string; Value: string }[] }).Tags ?? [];
      const delegation = tags.find((tag) => tag.Name === 'delegation')?.Value;
      if (delegation && !firstEmail.has(delegation)) firstEmail.set(delegation, performance.now());
      return result;
    },
    { step: 'initialize', name: 'benchWatch' },
  );
  return { firstEmail, stop: () => sesClient.middlewareStack.remove('benchWatch') };
}

async function register(stack: LocalStack, token: string, n: number, key?: string) {
  const response = await fetch(`${stack.url}/delegations`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: JSON.stringify(
      jicaVisit({ partner: { name: `Bench partner ${n}`, country: 'JP', type: 'foreign_business' } }),
    ),
  });
  if (response.status !== 201) throw new Error(`registration ${n} answered ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

/** POST /delegations → first notification email in the SES server, one registration at a time. */
export async function endToEnd(stack: LocalStack, token: string, count: number) {
  const watch = watchFirstEmails();
  const latencies: number[] = [];
  try {
    for (let n = 0; n < count; n++) {
      const started = performance.now();
      const id = await register(stack, token, n);
      await stack.bus.settled();
      const delivered = watch.firstEmail.get(id);
      if (delivered === undefined) throw new Error(`no email for delegation ${id}`);
      latencies.push(delivered - started);
    }
  } finally {
    watch.stop();
  }
  return { count, p50: median(latencies), p95: percentile(latencies, 95) };
}

/**
 * Registrations per second with `clients` concurrent clients, each request with its own
 * Idempotency-Key and one in ten repeating an earlier key; then checks that every delegation
 * exists once, was checked once, and that no recipient got the same email twice.
 */
export async function throughput(stack: LocalStack, token: string, total: number, clients: number) {
  const sends = new Map<string, number>();
  stack.bus.history.length = 0;
  sesClient.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const input = args.input as { Tags?: { Name: string; Value: string }[] };
      const tag = (name: string) => input.Tags?.find((entry) => entry.Name === name)?.Value;
      const key = `${tag('delegation')}|${tag('notification')}`;
      sends.set(key, (sends.get(key) ?? 0) + 1);
      return result;
    },
    { step: 'initialize', name: 'benchLoad' },
  );
  let next = 0;
  const latencies: number[] = [];
  const idsByKey = new Map<string, string>();
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < total) {
          const n = next++;
          // Every tenth request repeats the key (and body) of a request made a little earlier.
          const original = n % 10 === 9 ? n - 5 : n;
          const t = performance.now();
          const response = await fetch(`${stack.url}/delegations`, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${token}`,
              'content-type': 'application/json',
              'idempotency-key': `load-${original}`,
            },
            body: JSON.stringify(
              jicaVisit({
                partner: { name: `Load partner ${original}`, country: 'JP', type: 'foreign_business' },
              }),
            ),
          });
          latencies.push(performance.now() - t);
          const body = (await response.json()) as { id?: string };
          if (response.status === 201 && body.id) {
            const known = idsByKey.get(`load-${original}`);
            if (known && known !== body.id) throw new Error(`key load-${original} gave two delegations`);
            idsByKey.set(`load-${original}`, body.id);
          } else if (response.status !== 409)
            throw new Error(`load request ${n} answered ${response.status}`);
        }
      }),
    );
    const apiSeconds = (performance.now() - started) / 1000;
    await stack.bus.settled();
    const allSeconds = (performance.now() - started) / 1000;
    // A check is one ComplianceChecked event id; the same id delivered again is dropped by consumers.
    const checks = new Map<string, Set<string>>();
    const published = stack.bus.history.filter(
      (entry) => entry.detailType === 'Delegation.ComplianceChecked',
    );
    for (const event of published) {
      const { delegationId, eventId } = event.detail as { delegationId: string; eventId: string };
      checks.set(delegationId, (checks.get(delegationId) ?? new Set()).add(eventId));
    }
    const ids = [...idsByKey.values()];
    return {
      total,
      clients,
      distinctKeys: idsByKey.size,
      delegationsCreated: new Set(ids).size,
      checkedOnce: ids.every((id) => checks.get(id)?.size === 1),
      repeatedDeliveries: published.length - [...checks.values()].reduce((sum, set) => sum + set.size, 0),
      emailsSent: [...sends.values()].reduce((a, b) => a + b, 0),
      duplicateEmails: [...sends.values()].filter((count) => count > 1).length,
      registrationsPerSecond: total / apiSeconds,
      processedPerSecond: total / allSeconds,
      apiP50: median(latencies),
      apiP95: percentile(latencies, 95),
    };
  } finally {
    sesClient.middlewareStack.remove('benchLoad');
  }
}
