/**
 * A model-based test: random sequences of what the Office and leadership do — register, edit,
 * decide, cancel, book, move and cancel meetings, the visit starting and ending, the report — some
 * of them sent twice at once, run against the local stack and against a small model of the rules.
 * After every step: every answer is one the model predicts (never a 5xx), every status is the
 * model's, no two scheduled meetings share a room or an official, a cancelled meeting holds
 * nothing (the model's free slot is bookable), and every stored item parses.
 * CI runs a fixed seed and a bounded number of runs; `npm run test:long` runs many more.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStoredItem } from '../../shared/adapters/stored-items';
import { canTransition, type DelegationStatus } from '../../shared/domain/status';
import { jicaVisit, nextWorkingDay, workingDayIn } from '../fixtures/registration';
import { type ApiResponse, startTestStack, type TestStack } from '../support/local-stack';

const LONG = process.env.LONG_RUN === '1';
const RUNS = LONG ? 200 : 12;
const SEED = Number(process.env.MODEL_SEED ?? 20261126);

const firstDay = workingDayIn(40);
const days = [firstDay, nextWorkingDay(firstDay)] as const;
const at = (day: string, time: string) => `${day}T${time}:00+07:00`;
const slots = [
  ['08:00', '09:00'],
  ['08:30', '09:30'],
  ['09:45', '10:45'],
  ['14:00', '15:00'],
  ['15:30', '16:30'],
] as const;
const rooms = ['r1', 'r2'] as const;
const officialSets = [[], ['o1'], ['o2'], ['o1', 'o2']] as const;
const BUFFER_MS = 15 * 60_000;
const BOOKABLE: DelegationStatus[] = ['cleared', 'approved', 'scheduled', 'in_progress'];

type Kind = 'plain' | 'decision' | 'blocked';
const outcomeOf: Record<Kind, DelegationStatus> = {
  plain: 'cleared',
  decision: 'approval_required',
  blocked: 'blocked',
};

interface ModelMeeting {
  id: string;
  version: number;
  status: 'scheduled' | 'cancelled';
  roomId: string;
  officialIds: string[];
  start: string;
  end: string;
}
interface ModelDelegation {
  id: string;
  kind: Kind;
  status: DelegationStatus;
  revision: number;
  meetings: ModelMeeting[];
}
interface Model {
  delegations: ModelDelegation[];
  names: number;
}

let stack: TestStack;
let office: string;
let leadership: string;
let table: DynamoDBDocumentClient;

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
  leadership = await stack.token('leadership');
  expect(
    (
      await stack.replaceList(
        '/rooms',
        rooms.map((id) => ({ id, name: `Phòng ${id}` })),
      )
    ).status,
  ).toBe(200);
  expect(
    (
      await stack.replaceList('/officials', [
        { id: 'o1', fullName: 'Nguyễn Văn An', title: 'Giám đốc Sở', unit: 'Ban Giám đốc' },
        { id: 'o2', fullName: 'Lê Thị Bình', title: 'Phó Giám đốc Sở', unit: 'Ban Giám đốc' },
      ])
    ).status,
  ).toBe(200);
  table = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: stack.dynamoUrl }));
}, 60_000);
afterAll(() => stack?.stop());

// ---- what the model predicts -------------------------------------------------------------

const resources = (m: { roomId: string; officialIds: readonly string[] }) => [
  `room#${m.roomId}`,
  ...m.officialIds.map((id) => `official#${id}`),
];
const clash = (a: Omit<ModelMeeting, 'id' | 'version' | 'status'>, b: ModelMeeting) =>
  b.status === 'scheduled' &&
  resources(a).some((resource) => resources(b).includes(resource)) &&
  Date.parse(a.start) < Date.parse(b.end) + BUFFER_MS &&
  Date.parse(b.start) < Date.parse(a.end) + BUFFER_MS;
const allMeetings = (model: Model) => model.delegations.flatMap((d) => d.meetings);
const isFree = (model: Model, plan: Omit<ModelMeeting, 'id' | 'version' | 'status'>, except?: string) =>
  !allMeetings(model).some((other) => other.id !== except && clash(plan, other));

/** The visit's meetings are cancelled when it is cancelled or rejected (by a consumer). */
function close(delegation: ModelDelegation, status: 'cancelled' | 'rejected') {
  delegation.status = status;
  for (const meeting of delegation.meetings) {
    if (meeting.status === 'scheduled') {
      meeting.status = 'cancelled';
      meeting.version++;
    }
  }
}

// ---- talking to the stack ------------------------------------------------------------------

const answered: ApiResponse[] = [];
async function call(method: string, path: string, init: Parameters<TestStack['call']>[2]) {
  const answer = await stack.call(method, path, init);
  answered.push(answer);
  expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body)}`).toBeLessThan(500);
  return answer;
}
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

async function checkInvariants(model: Model) {
  await stack.bus.settled();
  const scheduled: (ModelMeeting & { delegationId: string })[] = [];
  for (const delegation of model.delegations) {
    const real = await call('GET', `/delegations/${delegation.id}`, { token: office });
    expect(real.body.status, `status of ${delegation.id}`).toBe(delegation.status);
    expect(real.headers.get('etag')).toBe(`"${delegation.revision}"`);
    const meetings = (await call('GET', `/delegations/${delegation.id}/meetings`, { token: office })).body
      .meetings as ModelMeeting[];
    for (const expected of delegation.meetings) {
      const meeting = meetings.find((candidate) => candidate.id === expected.id);
      expect(meeting, `meeting ${expected.id}`).toMatchObject({
        status: expected.status,
        version: expected.version,
        start: expected.start,
        end: expected.end,
        roomId: expected.roomId,
      });
    }
    for (const meeting of meetings)
      if (meeting.status === 'scheduled') scheduled.push({ ...meeting, delegationId: delegation.id });
  }
  for (const [index, a] of scheduled.entries()) {
    for (const b of scheduled.slice(index + 1)) {
      expect(clash(a, b), `${a.id} and ${b.id} overlap on a room or an official`).toBe(false);
    }
  }
}

async function checkStoredItems() {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await table.send(new ScanCommand({ TableName: stack.tableName, ExclusiveStartKey: start }));
    for (const item of page.Items ?? []) parseStoredItem(item);
    start = page.LastEvaluatedKey;
  } while (start);
}

// ---- commands ------------------------------------------------------------------------------

type Real = Record<string, never>;
type Command = fc.AsyncCommand<Model, Real>;

class Register implements Command {
  constructor(readonly kind: Kind) {}
  check = (model: Model) => model.delegations.length < 6;
  async run(model: Model) {
    const n = model.names++;
    const base = jicaVisit({
      visit: { arrival: at(days[0], '07:30'), departure: at(days[1], '17:00') },
      // Every partner is a registered foreign NGO: a topic about selling is for leadership to decide.
      partner: {
        name: 'NGO',
        country: 'DE',
        type: 'foreign_ngo',
        ngoRegistration: {
          certificateNumber: 'GĐK-1/BNG',
          expiresOn: `${Number(days[1].slice(0, 4)) + 1}-12-31`,
          provinces: ['Hưng Yên'],
          fields: ['nông nghiệp'],
        },
      },
      topics: this.kind === 'decision' ? ['bán hàng nông sản'] : ['nông nghiệp thông minh'],
      itinerary:
        this.kind === 'blocked' ? [{ name: 'Khu quân sự K', restrictedArea: true, overnightStay: true }] : [],
    });
    const answer = await call('POST', '/delegations', {
      token: office,
      body: { ...base, partner: { ...base.partner, name: `Đối tác mô hình ${n}` } },
    });
    expect(answer.status).toBe(201);
    model.delegations.push({
      id: answer.body.id,
      kind: this.kind,
      status: outcomeOf[this.kind],
      revision: 1,
      meetings: [],
    });
    await checkInvariants(model);
  }
  toString = () => `register(${this.kind})`;
}

/** A command on the n-th delegation (modulo how many there are). */
abstract class OnDelegation implements Command {
  constructor(readonly pick: number) {}
  check = (model: Model) => model.delegations.length > 0;
  target = (model: Model) => model.delegations[this.pick % model.delegations.length] as ModelDelegation;
  abstract run(model: Model): Promise<void>;
}

class Edit extends OnDelegation {
  constructor(
    pick: number,
    readonly kind: 'plain' | 'decision',
  ) {
    super(pick);
  }
  override async run(model: Model) {
    const d = this.target(model);
    const answer = await call('PATCH', `/delegations/${d.id}`, {
      token: office,
      headers: ifMatch(d.revision),
      body: { topics: this.kind === 'decision' ? ['bán hàng nông sản'] : ['vật liệu mới'] },
    });
    if (canTransition(d.status, 'under_review')) {
      expect(answer.status).toBe(200);
      d.revision++;
      d.kind = d.kind === 'blocked' ? 'blocked' : this.kind;
      d.status = outcomeOf[d.kind];
    } else expect(answer.status).toBe(409);
    await checkInvariants(model);
  }
  override toString = () => `edit(${this.pick}, ${this.kind})`;
}

class Decide extends OnDelegation {
  constructor(
    pick: number,
    readonly decision: 'approve' | 'reject',
  ) {
    super(pick);
  }
  override async run(model: Model) {
    const d = this.target(model);
    const answer = await call('POST', `/delegations/${d.id}/decision`, {
      token: leadership,
      headers: ifMatch(d.revision),
      body: { decision: this.decision },
    });
    const to = this.decision === 'approve' ? 'approved' : 'rejected';
    if (this.decision === 'approve' && d.status === 'blocked') expect(answer.status).toBe(409);
    else if (canTransition(d.status, to)) {
      expect(answer.status).toBe(200);
      if (to === 'rejected') close(d, 'rejected');
      else d.status = 'approved';
    } else expect(answer.status).toBe(409);
    await checkInvariants(model);
  }
  override toString = () => `decide(${this.pick}, ${this.decision})`;
}

class Cancel extends OnDelegation {
  override async run(model: Model) {
    const d = this.target(model);
    const answer = await call('POST', `/delegations/${d.id}/cancel`, {
      token: office,
      headers: ifMatch(d.revision),
      body: { reason: 'Đối tác hoãn' },
    });
    if (canTransition(d.status, 'cancelled')) {
      expect(answer.status).toBe(200);
      close(d, 'cancelled');
    } else expect(answer.status).toBe(409);
    await checkInvariants(model);
  }
  override toString = () => `cancel(${this.pick})`;
}

interface SlotChoice {
  day: number;
  slot: number;
  room: number;
  officials: number;
}
const planOf = (choice: SlotChoice) => {
  const [from, to] = slots[choice.slot] as readonly [string, string];
  const day = days[choice.day] as string;
  return {
    roomId: rooms[choice.room] as string,
    officialIds: [...(officialSets[choice.officials] as readonly string[])],
    start: at(day, from),
    end: at(day, to),
  };
};

/** Books a meeting; with `twice`, two identical bookings for two visits race for the same slot. */
class Book extends OnDelegation {
  constructor(
    pick: number,
    readonly choice: SlotChoice,
    readonly twice: boolean,
  ) {
    super(pick);
  }
  override async run(model: Model) {
    const plan = planOf(this.choice);
    const targets = this.twice
      ? [this.target(model), model.delegations[(this.pick + 1) % model.delegations.length] as ModelDelegation]
      : [this.target(model)];
    const answers = await Promise.all(
      targets.map((d) =>
        call('POST', `/delegations/${d.id}/meetings`, {
          token: office,
          body: { title: 'Làm việc', ...plan },
        }),
      ),
    );
    // A slot the model has free must be bookable (by exactly one of two racing bookings): a hold
    // left by a cancelled or moved meeting would refuse it. A taken slot is refused.
    const free = isFree(model, plan);
    const eligible = targets.map((d) => BOOKABLE.includes(d.status));
    for (const [index, answer] of answers.entries()) {
      if (!eligible[index]) expect(answer.status).toBe(422);
      else expect([201, 409]).toContain(answer.status);
    }
    const booked = answers.filter((answer) => answer.status === 201).length;
    expect(booked, `booked ${JSON.stringify(plan)}, free in the model: ${free}`).toBe(
      free && eligible.some(Boolean) ? 1 : 0,
    );
    for (const [index, answer] of answers.entries()) {
      if (answer.status !== 201) continue;
      const d = targets[index] as ModelDelegation;
      d.meetings.push({ id: answer.body.id, version: 1, status: 'scheduled', ...plan });
      if (d.status === 'cleared' || d.status === 'approved') d.status = 'scheduled';
    }
    await checkInvariants(model);
  }
  override toString = () =>
    `book(${this.pick}, ${JSON.stringify(this.choice)}${this.twice ? ', twice' : ''})`;
}

/** Moves a meeting; with `twice`, a second move from the same version races it (412 for the loser). */
class Move extends OnDelegation {
  constructor(
    pick: number,
    readonly which: number,
    readonly choices: readonly SlotChoice[],
  ) {
    super(pick);
  }
  override check = (model: Model) => model.delegations.some((d) => d.meetings.length > 0);
  override async run(model: Model) {
    const withMeetings = model.delegations.filter((d) => d.meetings.length > 0);
    const d = withMeetings[this.pick % withMeetings.length] as ModelDelegation;
    const meeting = d.meetings[this.which % d.meetings.length] as ModelMeeting;
    const plans = this.choices.map(planOf);
    const answers = await Promise.all(
      plans.map((plan) =>
        call('PATCH', `/delegations/${d.id}/meetings/${meeting.id}`, {
          token: office,
          headers: ifMatch(meeting.version),
          body: plan,
        }),
      ),
    );
    const winners = answers.filter((answer) => answer.status === 200);
    expect(winners.length).toBeLessThanOrEqual(1);
    if (!BOOKABLE.includes(d.status)) {
      for (const answer of answers) expect(answer.status).toBe(422);
    } else if (meeting.status === 'cancelled') {
      for (const answer of answers) expect(answer.status).toBe(409);
    } else {
      for (const [index, answer] of answers.entries()) {
        const plan = plans[index] as ReturnType<typeof planOf>;
        if (answer.status === 200) {
          expect(isFree(model, plan, meeting.id), 'a move succeeded onto a taken slot').toBe(true);
        } else if (winners.length === 0 && isFree(model, plan, meeting.id) && answers.length === 1) {
          throw new Error(
            `A move onto a free slot was refused: ${answer.status} ${JSON.stringify(answer.body)}`,
          );
        } else expect([409, 412]).toContain(answer.status);
      }
      const anyFree = plans.some((plan) => isFree(model, plan, meeting.id));
      expect(winners.length, 'a free slot to move to, and no move won').toBe(anyFree ? 1 : 0);
      const won = answers.findIndex((answer) => answer.status === 200);
      if (won >= 0) Object.assign(meeting, plans[won], { version: meeting.version + 1 });
    }
    await checkInvariants(model);
  }
  override toString = () => `move(${this.pick}, ${this.which}, ${JSON.stringify(this.choices)})`;
}

class CancelMeeting extends OnDelegation {
  constructor(
    pick: number,
    readonly which: number,
  ) {
    super(pick);
  }
  override check = (model: Model) => model.delegations.some((d) => d.meetings.length > 0);
  override async run(model: Model) {
    const withMeetings = model.delegations.filter((d) => d.meetings.length > 0);
    const d = withMeetings[this.pick % withMeetings.length] as ModelDelegation;
    const meeting = d.meetings[this.which % d.meetings.length] as ModelMeeting;
    const answer = await call('DELETE', `/delegations/${d.id}/meetings/${meeting.id}`, {
      token: office,
      headers: ifMatch(meeting.version),
    });
    if (meeting.status === 'cancelled') expect(answer.status).toBe(409);
    else {
      expect(answer.status).toBe(200);
      meeting.status = 'cancelled';
      meeting.version++;
    }
    await checkInvariants(model);
  }
  override toString = () => `cancelMeeting(${this.pick}, ${this.which})`;
}

/** The visit-progress schedule at the start (day 1, 09:00) or after the end (day 2, 18:00). */
class Progress implements Command {
  constructor(readonly phase: 'start' | 'end') {}
  check = () => true;
  async run(model: Model) {
    const time = this.phase === 'start' ? at(days[0], '09:00') : at(days[1], '18:00');
    const answer = await stack.local('/_local/schedules/visit-progress', { scheduledTime: time });
    expect(answer.status).toBe(200);
    for (const d of model.delegations) {
      if (['cleared', 'approved', 'scheduled'].includes(d.status)) d.status = 'in_progress';
      if (this.phase === 'end' && d.status === 'in_progress') d.status = 'completed';
    }
    await checkInvariants(model);
  }
  toString = () => `progress(${this.phase})`;
}

class Report extends OnDelegation {
  override async run(model: Model) {
    const d = this.target(model);
    const answer = await call('POST', `/delegations/${d.id}/visit-report`, {
      token: office,
      headers: ifMatch(d.revision),
      body: { summary: 'Hai bên thống nhất hợp tác.' },
    });
    if (d.status === 'completed') {
      expect(answer.status).toBe(200);
      d.status = 'reported';
    } else expect(answer.status).toBe(409);
    await checkInvariants(model);
  }
  override toString = () => `report(${this.pick})`;
}

const pick = fc.nat(5);
const slotChoice = fc.record({
  day: fc.nat(1),
  slot: fc.nat(slots.length - 1),
  room: fc.nat(rooms.length - 1),
  officials: fc.nat(officialSets.length - 1),
});
const register = fc
  .constantFrom<Kind>('plain', 'plain', 'decision', 'blocked')
  .map((kind) => new Register(kind));
const book = fc.tuple(pick, slotChoice, fc.boolean()).map(([p, choice, twice]) => new Book(p, choice, twice));
const move = fc
  .tuple(pick, fc.nat(3), fc.array(slotChoice, { minLength: 1, maxLength: 2 }))
  .map(([p, which, choices]) => new Move(p, which, choices));
/** Bookings and moves come up most, as they do in a working week; the schedule least. */
const commands = [
  register,
  register,
  book,
  book,
  book,
  move,
  move,
  fc
    .tuple(pick, fc.constantFrom('plain', 'decision') as fc.Arbitrary<'plain' | 'decision'>)
    .map(([p, kind]) => new Edit(p, kind)),
  fc
    .tuple(pick, fc.constantFrom('approve', 'reject') as fc.Arbitrary<'approve' | 'reject'>)
    .map(([p, decision]) => new Decide(p, decision)),
  pick.map((p) => new Cancel(p)),
  fc.tuple(pick, slotChoice, fc.boolean()).map(([p, choice, twice]) => new Book(p, choice, twice)),
  fc
    .tuple(pick, fc.nat(3), fc.array(slotChoice, { minLength: 1, maxLength: 2 }))
    .map(([p, which, choices]) => new Move(p, which, choices)),
  fc.tuple(pick, fc.nat(3)).map(([p, which]) => new CancelMeeting(p, which)),
  fc.constantFrom<'start' | 'end'>('start', 'end').map((phase) => new Progress(phase)),
  pick.map((p) => new Report(p)),
];

describe('Random sequences of everything the users do, some of it twice at once', () => {
  it(
    `keeps the model's statuses and answers, never double-books, never leaks a hold (${RUNS} runs, seed ${SEED})`,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.commands(commands, { maxCommands: LONG ? 40 : 20, size: 'max' }),
          async (sequence) => {
            // Each run works on its own visits, on an empty calendar: earlier runs' meetings are cancelled.
            const model: Model = { delegations: [], names: 0 };
            await fc.asyncModelRun(() => ({ model, real: {} }), sequence);
            await checkStoredItems();
            for (const d of model.delegations)
              for (const meeting of d.meetings.filter((m) => m.status === 'scheduled')) {
                await call('DELETE', `/delegations/${d.id}/meetings/${meeting.id}`, {
                  token: office,
                  headers: ifMatch(meeting.version),
                });
              }
            await stack.bus.settled();
          },
        ),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      console.log(`[model] ${RUNS} runs, ${answered.length} answers checked`);
      expect(answered.length).toBeGreaterThan(RUNS * 5);
    },
    LONG ? 3_600_000 : 240_000,
  );
});
