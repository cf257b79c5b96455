import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { lambdaContext } from '../../infra/local/lambda-context';
import { functions } from '../../shared/manifest';
import { METRICS_NAMESPACE } from '../../shared/observability/names';

let scheduledJobs: typeof import('../../shared/consumers/scheduled-job').scheduledJobs;
let countMetric: typeof import('../../shared/observability/metrics').countMetric;
beforeAll(async () => {
  // What Lambda sets for an on-demand environment; Powertools counts a cold start only then.
  vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
  ({ scheduledJobs } = await import('../../shared/consumers/scheduled-job'));
  ({ countMetric } = await import('../../shared/observability/metrics'));
});

let written: string[];
beforeEach(() => {
  written = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

/** The Embedded Metric Format documents written to stdout, as CloudWatch reads them. */
const emf = () =>
  written
    .flatMap((chunk) => chunk.split('\n'))
    .filter((line) => line.includes('"_aws"'))
    .map((line) => JSON.parse(line));

describe('Metrics reach CloudWatch once per invocation', () => {
  it('flushes what an invocation counted in one document at its end, with a cold start only the first time', async () => {
    const handler = scheduledJobs({
      work: async () => {
        countMetric('EmailsSent');
        countMetric('EmailsSent');
        countMetric('EmailsSuppressed');
      },
    });
    await handler({ job: 'work' }, lambdaContext(functions.followUpVisits));
    const first = emf();
    const names = (doc: any) => doc._aws.CloudWatchMetrics[0].Metrics.map((metric: any) => metric.Name);
    const business = first.find((doc) => names(doc).includes('EmailsSent'));
    expect(business._aws.CloudWatchMetrics[0].Namespace).toBe(METRICS_NAMESPACE);
    expect(names(business).sort()).toEqual(['EmailsSent', 'EmailsSuppressed']);
    expect([business.EmailsSent].flat().reduce((sum: number, value: number) => sum + value, 0)).toBe(2);
    expect(first.some((doc) => names(doc).includes('ColdStart'))).toBe(true);

    written = [];
    await handler({ job: 'work' }, lambdaContext(functions.followUpVisits));
    expect(emf().some((doc) => names(doc).includes('ColdStart'))).toBe(false);
    expect(emf()).toHaveLength(1);
  });

  it('still flushes what a failing invocation counted', async () => {
    const handler = scheduledJobs({
      fail: async () => {
        countMetric('EmailsFailed');
        throw new Error('SES unavailable');
      },
    });
    await expect(handler({ job: 'fail' }, lambdaContext(functions.followUpVisits))).rejects.toThrow();
    expect(emf().some((doc) => 'EmailsFailed' in doc)).toBe(true);
  });
});
