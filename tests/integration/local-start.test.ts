/** `npm start` as a person runs it: a port that is already taken gets a message, not a stack trace. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let busy: Server;
let port: number;

beforeAll(async () => {
  busy = createServer().listen(0, '127.0.0.1');
  await new Promise((listening) => busy.once('listening', listening));
  port = (busy.address() as { port: number }).port;
});
afterAll(() => new Promise((closed) => busy.close(closed)));

const start = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', '--in-memory', '--no-schedules'], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'delegations-start-')),
      PORT: '0',
      SES_PORT: '0',
      DYNAMODB_PORT: '0',
      ...env,
    },
  });

describe('Starting the local stack on a port that is taken', () => {
  it.each(['PORT', 'SES_PORT', 'DYNAMODB_PORT'])(
    'with %s taken: names the port and how to choose another',
    (variable) => {
      const result = start({ [variable]: String(port) });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Port ${port} is already in use`);
      expect(result.stderr).toContain(`${variable}=`);
      expect(result.stderr).not.toContain('    at ');
    },
  );
});
