/**
 * What people wait for when every function is cold (a Department receives a few visits a week, so
 * most requests in AWS meet a cold function): four journeys on the local stack, each run warm (the
 * handlers already in this process), cold (every invocation a fresh process from the function's
 * bundle) and on the floor (every invocation pays an SDK-only handler's cold start, then runs warm).
 * The ratio cold / floor is what our own start-up adds beyond the SDK's.
 */
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ColdInvocations } from '../../infra/local/cold-invocations';
import { inDays, jicaVisit } from '../fixtures/registration';
import { startTestStack, type TestStack } from '../support/local-stack';
import type { Bundle } from './bundles';
import { median } from './cold-start';

export type Mode = 'warm' | 'cold' | 'floor';
export interface JourneyTimes {
  /** POST /delegations → the compliance report readable. */
  registrationReport: number;
  /** POST /delegations → the police's email in the SES server. */
  registrationPolice: number;
  /** POST …/meetings → the booking answered; → the host division's invitation sent. */
  meetingAnswered: number;
  meetingInvitation: number;
  /** Leadership's inbox read, the decision posted → the host division's email. */
  decision: number;
  /** The first screen's API calls after sign-in: the Office's worklist; leadership's dashboard. */
  officeFirstScreen: number;
  leadershipFirstScreen: number;
}

/** The time `check` first holds, checking every 10 ms; `what` names it when it never does. */
async function until(what: string, check: () => Promise<boolean>, deadline = 120_000) {
  const end = performance.now() + deadline;
  while (performance.now() < end) {
    if (await check()) return performance.now();
    await sleep(10);
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** When the first email to `address` whose subject names `partner` is in the SES server. */
const mailSeen = (stack: TestStack, address: string, partner: string) =>
  until(`an email to ${address} about ${partner}`, async () =>
    (await stack.mails()).some(
      (mail) => mail.destination.to.includes(address) && mail.subject.includes(partner),
    ),
  );

async function journeysOnce(stack: TestStack, run: number): Promise<JourneyTimes> {
  const office = await stack.token('office');
  const leadership = await stack.token('leadership');
  const admin = await stack.token('admin');
  const police = (await stack.call('GET', '/agencies', { token: admin })).body.items.find(
    (agency: { key: string }) => agency.key === 'police',
  ).emails[0].address as string;
  const division = (await stack.call('GET', '/divisions', { token: office })).body.items.find(
    (item: { id: string }) => item.id === 'science-management',
  );
  const host = division.emails[0] as string;

  // The Office registers a visit in six weeks: cleared, its guest list goes to the police.
  const partner = `Viện Đo Lường ${run}`;
  const base = jicaVisit();
  const started = performance.now();
  const created = await stack.call('POST', '/delegations', {
    token: office,
    body: { ...base, partner: { ...base.partner, name: partner } },
  });
  if (created.status !== 201) throw new Error(`registration answered ${created.status}`);
  const id = created.body.id as string;
  const reportAt = await until(
    'the compliance report',
    async () => (await stack.call('GET', `/delegations/${id}/compliance`, { token: office })).status === 200,
  );
  const policeAt = await mailSeen(stack, police, partner);
  await stack.bus.settled();

  // The Office books a meeting on the visit's first day, in another working hour each run.
  const day = base.visit.arrival.slice(0, 10);
  const hour = ['09', '10', '14', '15', '16'][run] ?? '16';
  const booking = performance.now();
  const booked = await stack.call('POST', `/delegations/${id}/meetings`, {
    token: office,
    body: {
      title: `Làm việc ${run}`,
      start: `${day}T${hour}:00:00+07:00`,
      end: `${day}T${hour}:30:00+07:00`,
      roomId: 'phong-1',
      officialIds: [],
      confidential: false,
    },
  });
  const answeredAt = performance.now();
  if (booked.status !== 201)
    throw new Error(`booking answered ${booked.status}: ${JSON.stringify(booked.body)}`);
  const invitationAt = await mailSeen(stack, host, `Làm việc ${run}`);
  await stack.bus.settled();

  // A late registration waits for leadership, who reads the inbox and decides.
  const late = `Viện Gửi Muộn ${run}`;
  const waiting = await stack.call('POST', '/delegations', {
    token: office,
    body: {
      ...base,
      partner: { ...base.partner, name: late },
      visit: { arrival: inDays(3), departure: inDays(4, '17:00') },
    },
  });
  await stack.bus.settled();
  const deciding = performance.now();
  await stack.call('GET', '/decisions/pending', { token: leadership });
  const visit = await stack.call('GET', `/delegations/${waiting.body.id}`, { token: leadership });
  const decided = await stack.call('POST', `/delegations/${waiting.body.id}/decision`, {
    token: leadership,
    body: { decision: 'approve' },
    headers: { 'if-match': visit.headers.get('etag') as string },
  });
  if (decided.status !== 200)
    throw new Error(`decision answered ${decided.status}: ${JSON.stringify(decided.body)}`);
  const decisionAt = await mailSeen(stack, host, late);
  await stack.bus.settled();

  const screen = async (token: string, paths: string[]) => {
    const t = performance.now();
    await Promise.all(paths.map((path) => stack.call('GET', path, { token })));
    return performance.now() - t;
  };
  return {
    registrationReport: reportAt - started,
    registrationPolice: policeAt - started,
    meetingAnswered: answeredAt - booking,
    meetingInvitation: invitationAt - booking,
    decision: decisionAt - deciding,
    officeFirstScreen: await screen(office, ['/worklist']),
    leadershipFirstScreen: await screen(leadership, ['/worklist', '/decisions/pending']),
  };
}

/**
 * The four journeys in one mode, `runs` times on one stack; the median of each. Each mode runs in
 * a process of its own (see `journeysInOwnProcess`): handler modules, once imported, keep the
 * clients of the stack they first met.
 */
async function journeys(
  mode: Mode,
  bundles: Readonly<Record<string, string>>,
  floor: string,
  runs: number,
): Promise<{ times: JourneyTimes; invocations: number }> {
  const invoked = new Map<string, number>();
  const cold: ColdInvocations | undefined = mode === 'warm' ? undefined : { mode, bundles, floor, invoked };
  const stack = await startTestStack({ cold, preloadHandlers: mode === 'warm' });
  try {
    const admin = await stack.token('admin');
    await stack.call('PUT', '/rooms', {
      token: admin,
      headers: { 'if-match': '"0"' },
      body: [{ id: 'phong-1', name: 'Phòng họp tầng 3', capacity: 30 }],
    });
    // A first round that is not timed warms what a warm stack keeps warm (its handlers, dynalite).
    if (mode === 'warm') await journeysOnce(stack, 0);
    invoked.clear();
    const all: JourneyTimes[] = [];
    for (let run = 1; run <= runs; run++) all.push(await journeysOnce(stack, run));
    const times = Object.fromEntries(
      Object.keys(all[0] ?? {}).map((key) => [key, median(all.map((t) => t[key as keyof JourneyTimes]))]),
    ) as unknown as JourneyTimes;
    return { times, invocations: [...invoked.values()].reduce((a, b) => a + b, 0) / runs };
  } finally {
    await stack.stop();
  }
}

/** Each journey's median over several rounds' results. */
export function medianJourneys(results: readonly Awaited<ReturnType<typeof journeys>>[]) {
  const keys = Object.keys(results[0]?.times ?? {}) as (keyof JourneyTimes)[];
  return {
    times: Object.fromEntries(
      keys.map((key) => [key, median(results.map((r) => r.times[key]))]),
    ) as unknown as JourneyTimes,
    invocations: median(results.map((r) => r.invocations)),
  };
}

/** One mode's journeys in a fresh `tsx` process; its answer is the last line it prints. */
export function journeysInOwnProcess(mode: Mode, bundles: readonly Bundle[], floor: Bundle, runs: number) {
  const input = JSON.stringify({
    mode,
    bundles: Object.fromEntries(bundles.map((bundle) => [bundle.name, bundle.file])),
    floor: floor.file,
    runs,
  });
  const result = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'ERROR' },
  });
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !last.startsWith('{"times"'))
    throw new Error(`The ${mode} journeys failed:\n${result.stderr.slice(-4000)}`);
  return JSON.parse(last) as Awaited<ReturnType<typeof journeys>>;
}

if (process.argv[1] === import.meta.filename) {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const { mode, bundles, floor, runs } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  console.log(JSON.stringify(await journeys(mode, bundles, floor, runs)));
  process.exit(0);
}
