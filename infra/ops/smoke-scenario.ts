import { randomUUID } from 'node:crypto';
import { addDays, localDateOf } from '../../shared/compliance/calendar';
import { calendarOf, hungYenProfile } from '../../shared/compliance/profile';

export interface SmokeTarget {
  apiUrl: string;
  /** A bearer token of a user in the office group. */
  token: string;
}

export interface SmokeStep {
  step: string;
  ms: number;
  detail: string;
}

const TIMEOUT_MS = 90_000;

/** The first working day in Hưng Yên at least 45 days ahead: well clear of every lead time. */
function arrivalDay(): string {
  const calendar = calendarOf(hungYenProfile);
  return calendar.workingDayOnOrAfter(addDays(localDateOf(new Date()), 45));
}

/** A registration that says what it is, so nobody mistakes it for a real visit in the history. */
function smokeRegistration() {
  const day = arrivalDay();
  return {
    partner: {
      name: 'Deployment smoke test',
      nameVi: 'Kiểm thử sau triển khai',
      country: 'JP',
      type: 'international_organisation',
    },
    members: [
      {
        fullName: 'Smoke Test',
        nationality: 'JP',
        passportNumber: 'TZ0000000',
        title: 'Tester',
        rank: 'department_leader',
        role: 'head',
      },
    ],
    purpose: 'Automatic check after a deployment; cancelled by the check itself',
    topics: ['deployment check'],
    visit: { arrival: `${day}T08:30:00+07:00`, departure: `${day}T17:00:00+07:00` },
    itinerary: [{ name: 'Sở Khoa học và Công nghệ Hưng Yên', restrictedArea: false, overnightStay: false }],
    activities: [],
    protocolLevel: 'working_visit',
    channel: 'state',
    hostDivision: 'science-management',
    contact: { name: 'Kiểm thử', email: 'smoke-test@example.org' },
  };
}

/**
 * What `npm run smoke` checks on a deployed (or the local) stack: register a delegation, wait for
 * its compliance report and its notification records, read its timeline, then cancel it. Throws at
 * the first step that does not answer as it should; returns each step with its time.
 */
export async function runSmoke(
  target: SmokeTarget,
  log: (line: string) => void = () => {},
): Promise<SmokeStep[]> {
  const steps: SmokeStep[] = [];
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${target.apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${target.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      etag: response.headers.get('etag'),
      body: text ? JSON.parse(text) : undefined,
    };
  };
  const step = async <T>(name: string, run: () => Promise<{ value: T; detail: string }>): Promise<T> => {
    const started = performance.now();
    const { value, detail } = await run();
    const ms = Math.round(performance.now() - started);
    steps.push({ step: name, ms, detail });
    log(`ok  ${name} (${ms} ms): ${detail}`);
    return value;
  };
  const until = async <T>(what: string, probe: () => Promise<T | undefined>): Promise<T> => {
    const deadline = Date.now() + TIMEOUT_MS;
    for (;;) {
      const found = await probe();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`No ${what} after ${TIMEOUT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  };
  const expectStatus = (answer: { status: number; body: unknown }, status: number, what: string) => {
    if (answer.status !== status)
      throw new Error(`${what}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`);
  };

  const id = await step('register a delegation', async () => {
    const created = await call('POST', '/delegations', smokeRegistration(), {
      'idempotency-key': `smoke-${randomUUID()}`,
    });
    expectStatus(created, 201, 'POST /delegations');
    return { value: created.body.id as string, detail: `${created.body.id}, ${created.body.status}` };
  });
  await step('compliance report', () =>
    until('compliance report', async () => {
      const report = await call('GET', `/delegations/${id}/compliance`);
      if (report.status !== 200) return undefined;
      return {
        value: report.body,
        detail: `${report.body.outcome}, ${report.body.findings.length} finding(s)`,
      };
    }),
  );
  await step('notification records', () =>
    until('notification record', async () => {
      const records = (await call('GET', `/delegations/${id}/notifications`)).body?.notifications ?? [];
      if (records.length === 0) return undefined;
      const statuses = [...new Set(records.map((record: { status: string }) => record.status))].join(', ');
      return { value: records, detail: `${records.length} (${statuses})` };
    }),
  );
  await step('timeline', async () => {
    const timeline = await call('GET', `/delegations/${id}/timeline`);
    expectStatus(timeline, 200, 'GET timeline');
    const names: string[] = timeline.body.entries.map((entry: { name: string }) => entry.name);
    if (!names.includes('Delegation.Registered'))
      throw new Error(`Timeline without the registration: ${names.join(', ')}`);
    return { value: names, detail: names.join(', ') };
  });
  await step('clean up: cancel the test visit', async () => {
    const current = await call('GET', `/delegations/${id}`);
    const cancelled = await call(
      'POST',
      `/delegations/${id}/cancel`,
      { reason: 'Kiểm thử sau triển khai: tự động hủy' },
      { 'if-match': current.etag ?? '*' },
    );
    expectStatus(cancelled, 200, 'POST cancel');
    return { value: undefined, detail: cancelled.body.status };
  });
  return steps;
}
