/**
 * The local stack killed with SIGKILL in the middle of a load, then started again on the same data
 * folder: every registration that was acknowledged still reaches its compliance report, its status,
 * its timeline, its emails and search by its name, and no email goes out twice. The mail server runs in this test
 * process, so it sees both lives of the stack.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateLocalKeys, signLocalToken } from '../../infra/local/local-auth';
import { startSesServer } from '../../infra/local/local-stack';
import { functions } from '../../shared/manifest';
import { jicaVisit } from '../fixtures/registration';
import { useRealClock } from '../support/frozen-clock';
import type { StoredEmail } from '../support/local-stack';

const REGISTRATIONS = 100;
const CLIENTS = 10;
const KILL_AFTER = 40;

const dataDir = mkdtempSync(join(tmpdir(), 'delegations-crash-'));
const servers: Server[] = [];
let sesUrl: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  // The stack runs in child processes, on the machine's clock: tokens and dates must agree with it.
  // Nothing here depends on the day of the week.
  useRealClock();
  sesUrl = await startSesServer('127.0.0.1', 0, servers);
});
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  for (const server of servers) server.close();
});

/** Starts `npm start`'s program on the data folder and resolves with its API address. */
async function startStack(): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', '--no-schedules'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      DYNAMODB_PORT: '0',
      SES_URL: sesUrl,
      POWERTOOLS_LOG_LEVEL: 'ERROR',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  for (let waited = 0; waited < 60_000; waited += 100) {
    const url = /API\s+(http:\/\/\S+)/.exec(output)?.[1];
    if (url) return { url, child, output: () => output };
    if (child.exitCode !== null) break;
    await sleep(100);
  }
  throw new Error(`The local stack did not start:\n${output}`);
}

const mails = async () =>
  ((await (await fetch(`${sesUrl}/store`)).json()) as { emails: StoredEmail[] }).emails;

describe('The local stack killed mid-load and started again', () => {
  it('finishes every acknowledged registration, with its report, status, timeline and emails, none twice', async () => {
    const first = await startStack();
    const keys = await loadOrCreateLocalKeys(join(dataDir, 'local-auth.json'));
    const office = await signLocalToken(keys.privateKey, { roles: ['office'] });
    const acknowledged: string[] = [];
    const names = new Map<string, string>();
    let next = 0;
    let killed = false;
    const client = async () => {
      while (!killed && next < REGISTRATIONS) {
        const n = next++;
        const base = jicaVisit();
        // Three digits: a word of its own in the name search (words are two characters or more).
        const name = `Công ty Sự cố ${String(n).padStart(3, '0')}`;
        const response = await fetch(`${first.url}/delegations`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${office}`,
            'content-type': 'application/json',
            'idempotency-key': `crash-${n}`,
          },
          body: JSON.stringify({ ...base, partner: { ...base.partner, name } }),
        }).catch(() => undefined);
        if (response?.status !== 201) continue;
        acknowledged.push(((await response.json()) as { id: string }).id);
        names.set(acknowledged.at(-1) as string, name);
        if (acknowledged.length === KILL_AFTER && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    expect(killed).toBe(true);
    await new Promise((exited) =>
      first.child.exitCode !== null || first.child.signalCode !== null
        ? exited(null)
        : first.child.once('exit', exited),
    );

    const second = await startStack();
    const get = async (path: string) =>
      (
        await fetch(`${second.url}${path}`, { headers: { authorization: `Bearer ${office}` } })
      ).json() as Promise<any>;
    const done = async (id: string) => {
      const delegation = await get(`/delegations/${id}`);
      const notifications = (await get(`/delegations/${id}/notifications`)).notifications ?? [];
      return (
        ['cleared', 'approval_required', 'blocked'].includes(delegation.status) &&
        notifications.length >= 2 &&
        notifications.every((record: { status: string }) => ['sent', 'unconfirmed'].includes(record.status))
      );
    };
    let pending = [...acknowledged];
    for (let waited = 0; pending.length > 0 && waited < 60_000; waited += 500) {
      pending = (await Promise.all(pending.map(async (id) => ((await done(id)) ? undefined : id)))).filter(
        (id): id is string => id !== undefined,
      );
      if (pending.length > 0) await sleep(500);
    }
    expect(pending, second.output()).toEqual([]);

    let unconfirmed = 0;
    let expectedEmails = 0;
    for (const id of acknowledged) {
      expect((await get(`/delegations/${id}/compliance`)).current).toBe(true);
      const timeline = (await get(`/delegations/${id}/timeline`)).entries.map(
        (entry: { name: string }) => entry.name,
      );
      expect(timeline).toEqual(
        expect.arrayContaining(['Delegation.Registered', 'Delegation.ComplianceChecked']),
      );
      const records = (await get(`/delegations/${id}/notifications`)).notifications as {
        status: string;
        recipient: string;
      }[];
      expect(records.map((record) => record.recipient)).toEqual(
        expect.arrayContaining(['agency:foreign-affairs', 'agency:police']),
      );
      unconfirmed += records.filter((record) => record.status === 'unconfirmed').length;
      expectedEmails += records.length;
      // Search by the partner's name finds it: its index items were not lost to the kill.
      const found = await get(`/delegations?q=${encodeURIComponent(names.get(id) as string)}`);
      expect(
        found.items.map((item: { id: string }) => item.id),
        `search for ${names.get(id)}`,
      ).toContain(id);
    }
    // Each partner name is unique: no address got the same announcement twice.
    const wanted = new Set(names.values());
    const sent = (await mails())
      .filter((mail) => wanted.has(/Công ty Sự cố \d+/.exec(mail.subject)?.[0] ?? ''))
      .map((mail) => `${mail.destination.to.join(',')}|${mail.subject}`);
    expect(sent.length).toBe(new Set(sent).size);
    // Every email went out once, or, where the kill cut its sending short, is flagged for a person
    // instead of being sent blind: at most the few that were in flight.
    // (an unconfirmed one may have reached SES before the kill: then it is in `sent` too).
    expect(sent.length).toBeLessThanOrEqual(expectedEmails);
    expect(sent.length + unconfirmed).toBeGreaterThanOrEqual(expectedEmails);
    expect(unconfirmed).toBeLessThanOrEqual(functions.notifyAgencies.trigger.maxConcurrency);
    console.log(
      `[crash] ${acknowledged.length} acknowledged before the kill; ${/redelivering (\d+)/.exec(second.output())?.[1] ?? 0} deliveries recovered from disk; ${sent.length} emails, ${unconfirmed} flagged unconfirmed, 0 sent twice`,
    );
  }, 120_000);
});
