import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LocalStack } from '../../infra/local/local-stack';
import { delegationItems } from '../../shared/adapters/delegation-repository';
import { newDelegation, registrationSchema } from '../../shared/domain/delegation';
import { jicaVisit } from '../fixtures/registration';
import { median } from './cold-start';

const COUNTRIES = ['JP', 'KR', 'DE', 'FR', 'US', 'AU', 'SG', 'TH', 'CN', 'IN'];
const TYPES = [
  'foreign_business',
  'academic_institution',
  'international_organisation',
  'foreign_ngo',
] as const;

/** Writes delegations straight into the table in their stored shape (as the API would have). */
export async function load(stack: LocalStack, from: number, to: number): Promise<void> {
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: stack.dynamoUrl }), {
    marshallOptions: { removeUndefinedValues: true },
  });
  const base = registrationSchema.parse(jicaVisit());
  const writeBatch = async (items: Record<string, unknown>[]) => {
    let requests = items.map((Item) => ({ PutRequest: { Item } }));
    while (requests.length > 0) {
      const result = await client.send(
        new BatchWriteCommand({ RequestItems: { [stack.tableName]: requests } }),
      );
      requests = (result.UnprocessedItems?.[stack.tableName] ?? []) as typeof requests;
    }
  };
  const pending: Record<string, unknown>[] = [];
  let inFlight: Promise<void>[] = [];
  for (let n = from; n < to; n++) {
    pending.push(...delegationItems(benchDelegation(base, n)));
    while (pending.length >= 25 || (n === to - 1 && pending.length > 0)) {
      inFlight.push(writeBatch(pending.splice(0, 25)));
      if (inFlight.length >= 8) {
        await Promise.all(inFlight);
        inFlight = [];
      }
    }
  }
  await Promise.all(inFlight);
  client.destroy();
}

/** One generated visit an hour from 2020 on, spread over ten countries, four partner types and fifty topics. */
function benchDelegation(base: ReturnType<typeof registrationSchema.parse>, n: number) {
  const arrival = new Date(Date.UTC(2020, 0, 1) + n * 3_600_000).toISOString();
  const departure = new Date(Date.parse(arrival) + 8 * 3_600_000).toISOString();
  return {
    ...newDelegation(
      {
        ...base,
        partner: {
          name: `Partner ${n}`,
          country: COUNTRIES[n % COUNTRIES.length] as string,
          type: TYPES[n % TYPES.length] as (typeof TYPES)[number],
        },
        members: [{ fullName: `Guest ${n}`, rank: 'staff', role: 'head' }],
        topics: [`topic ${n % 50}`],
        visit: { arrival, departure },
      },
      `BENCH${String(n).padStart(8, '0')}`,
      new Date(arrival),
      { sub: 'bench', roles: ['office'] },
    ),
    status: 'cleared' as const,
  };
}

/** The median time of one filtered history page through the API. */
export async function pageTime(stack: LocalStack, token: string, query: string, runs = 101) {
  const times: number[] = [];
  let items = 0;
  // The first requests warm caches and the JIT; they are not counted.
  for (let run = -10; run < runs; run++) {
    const started = performance.now();
    const response = await fetch(`${stack.url}/delegations?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as { items: unknown[] };
    if (run >= 0) times.push(performance.now() - started);
    items = body.items.length;
  }
  return { ms: median(times), items };
}
