import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jicaVisit, workingDayIn } from '../fixtures/registration';
import { startTestStack, type TestStack } from '../support/local-stack';

const PASSPORTS = ['TZ1234567', 'C7654321', 'K99887766'];
const captured: string[] = [];
const originals = {
  out: process.stdout.write.bind(process.stdout),
  err: process.stderr.write.bind(process.stderr),
};
let stack: TestStack;

beforeAll(async () => {
  // Every log line, at the most talkative level, from a full run through the backend.
  process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG';
  const capture = (original: typeof originals.out) =>
    ((chunk: string | Uint8Array, ...rest: never[]) => {
      captured.push(String(chunk));
      return original(chunk, ...rest);
    }) as typeof process.stdout.write;
  process.stdout.write = capture(originals.out);
  process.stderr.write = capture(originals.err);
  stack = await startTestStack();
});
afterAll(async () => {
  process.stdout.write = originals.out;
  process.stderr.write = originals.err;
  await stack?.stop();
});

describe('Passport numbers', () => {
  it('never appear in the logs of a full run, including its failures', async () => {
    const office = await stack.token('office');
    const admin = await stack.token('admin');
    const day = workingDayIn(40);
    const visit = { arrival: `${day}T08:00:00+07:00`, departure: `${day}T17:00:00+07:00` };
    const members = [
      ...jicaVisit().members,
      { fullName: 'Kim Soo-hyun', nationality: 'KR', passportNumber: 'K99887766', title: 'Director' },
    ];
    await stack.call('PUT', '/rooms', {
      token: admin,
      headers: { 'if-match': '"0"' },
      body: [{ id: 'phong-1', name: 'Phòng 1' }],
    });
    const created = await stack.call('POST', '/delegations', {
      token: office,
      body: jicaVisit({ visit, members }),
    });
    await stack.bus.settled();
    await stack.call('POST', `/delegations/${created.body.id}/meetings`, {
      token: office,
      body: {
        title: 'Làm việc',
        start: `${day}T09:00:00+07:00`,
        end: `${day}T10:00:00+07:00`,
        roomId: 'phong-1',
      },
    });
    // Failures log more: a refused body that carries passports, a malformed one, a wrong role.
    await stack.call('POST', '/delegations', {
      token: office,
      body: { ...jicaVisit({ members }), unexpected: true },
    });
    await stack.call('POST', '/delegations', {
      token: office,
      body: `{"members":[{"passportNumber":"${PASSPORTS[0]}"`,
    });
    await stack.call('GET', `/delegations/${created.body.id}`, { token: admin });
    await stack.bus.settled();

    const logs = captured.join('');
    expect(logs).toContain('Compliance checked');
    expect((await stack.mails()).some((mail) => mail.body.text?.includes('TZ1234567'))).toBe(true);
    for (const passport of PASSPORTS) expect(logs).not.toContain(passport);
  });

  it('are readable through the API by the Office and leadership only', async () => {
    const office = await stack.token('office');
    const created = await stack.call('POST', '/delegations', { token: office, body: jicaVisit() });
    for (const role of ['office', 'leadership'] as const) {
      const answer = await stack.call('GET', `/delegations/${created.body.id}`, {
        token: await stack.token(role),
      });
      expect(answer.body.members[0].passportNumber).toBe('TZ1234567');
    }
    const admin = await stack.call('GET', `/delegations/${created.body.id}`, {
      token: await stack.token('admin'),
    });
    expect(admin.status).toBe(403);
    expect(JSON.stringify(admin.body)).not.toContain('TZ1234567');
    const history = await stack.call('GET', '/delegations?limit=100', { token: office });
    expect(JSON.stringify(history.body)).not.toContain('TZ1234567');
  });
});
