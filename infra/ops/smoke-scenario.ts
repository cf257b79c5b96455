import { randomUUID } from 'node:crypto';
import { apiClient } from '../../shared/api/client';
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
      type: 'international_organisation' as const,
    },
    members: [
      {
        fullName: 'Smoke Test',
        nationality: 'JP',
        passportNumber: 'TZ0000000',
        title: 'Tester',
        rank: 'department_leader' as const,
        role: 'head' as const,
      },
    ],
    purpose: 'Automatic check after a deployment; cancelled by the check itself',
    topics: ['deployment check'],
    visit: { arrival: `${day}T08:30:00+07:00`, departure: `${day}T17:00:00+07:00` },
    itinerary: [{ name: 'Sở Khoa học và Công nghệ Hưng Yên', restrictedArea: false, overnightStay: false }],
    activities: [],
    protocolLevel: 'working_visit' as const,
    channel: 'state' as const,
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
  const api = apiClient(target.apiUrl, target.token);
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
  /** The answer's body when it has the status the step expects; otherwise what the API said. */
  const expectStatus = <T>(
    answer: { response: Response; data?: T; error?: unknown },
    status: number,
    what: string,
  ) => {
    if (answer.response.status !== status || answer.data === undefined)
      throw new Error(
        `${what}: expected ${status}, got ${answer.response.status} ${JSON.stringify(answer.error)}`,
      );
    return answer.data;
  };
  const path = (id: string) => ({ params: { path: { id } } });

  const id = await step('register a delegation', async () => {
    const created = expectStatus(
      await api.POST('/delegations', {
        params: { header: { 'Idempotency-Key': `smoke-${randomUUID()}` } },
        body: smokeRegistration(),
      }),
      201,
      'POST /delegations',
    );
    return { value: created.id, detail: `${created.id}, ${created.status}` };
  });
  await step('compliance report', () =>
    until('compliance report', async () => {
      const { data: report } = await api.GET('/delegations/{id}/compliance', path(id));
      if (!report) return undefined;
      return { value: report, detail: `${report.outcome}, ${report.findings.length} finding(s)` };
    }),
  );
  await step('notification records', () =>
    until('notification record', async () => {
      const records = (await api.GET('/delegations/{id}/notifications', path(id))).data?.notifications ?? [];
      if (records.length === 0) return undefined;
      const statuses = [...new Set(records.map((record) => record.status))].join(', ');
      return { value: records, detail: `${records.length} (${statuses})` };
    }),
  );
  await step('timeline', async () => {
    const timeline = expectStatus(await api.GET('/delegations/{id}/timeline', path(id)), 200, 'GET timeline');
    const names = timeline.entries.map((entry) => entry.name);
    if (!names.includes('Delegation.Registered'))
      throw new Error(`Timeline without the registration: ${names.join(', ')}`);
    return { value: names, detail: names.join(', ') };
  });
  await step('clean up: cancel the test visit', async () => {
    const current = await api.GET('/delegations/{id}', path(id));
    const cancelled = expectStatus(
      await api.POST('/delegations/{id}/cancel', {
        params: { path: { id }, header: { 'If-Match': current.response.headers.get('etag') ?? '*' } },
        body: { reason: 'Kiểm thử sau triển khai: tự động hủy' },
      }),
      200,
      'POST cancel',
    );
    return { value: undefined, detail: cancelled.status };
  });
  return steps;
}
