import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSmoke } from '../../infra/ops/smoke-scenario';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

describe('npm run smoke (the scenario a deployed stage is checked with)', () => {
  it('registers, sees the report, the notifications and the timeline, then cancels its own visit', async () => {
    const steps = await runSmoke({ apiUrl: stack.url, token: await stack.token('office') });
    expect(steps.map((step) => step.step)).toEqual([
      'register a delegation',
      'compliance report',
      'notification records',
      'timeline',
      'clean up: cancel the test visit',
    ]);
    const id = steps[0]?.detail.split(',')[0];
    const visit = await stack.call('GET', `/delegations/${id}`, { token: await stack.token('office') });
    expect(visit.body).toMatchObject({ status: 'cancelled', partner: { nameVi: 'Kiểm thử sau triển khai' } });
  });

  it('stops at the first step that fails and says what the API answered', async () => {
    await expect(runSmoke({ apiUrl: stack.url, token: await stack.token('leadership') })).rejects.toThrow(
      /POST \/delegations: expected 201, got 403/,
    );
  });
});
