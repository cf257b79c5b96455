import { parseArgs } from 'node:util';
import { stageConfig } from '../config';
import { loadOrCreateLocalKeys, signLocalToken } from '../local/local-auth';
import { startEphemeralStack } from '../local/local-stack';
import { runSmoke } from './smoke-scenario';
import { smokeUser } from './smoke-user';
import { output, stackOutputs } from './stack-outputs';

const { values } = parseArgs({
  options: { stage: { type: 'string', default: 'dev' }, local: { type: 'boolean', default: false } },
});
const log = (line: string) => console.log(line);

async function onLocalStack(): Promise<void> {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
  const stack = await startEphemeralStack('smoke-');
  try {
    const keys = await loadOrCreateLocalKeys(stack.authKeyFile);
    const token = await signLocalToken(keys.privateKey, { roles: ['office'] });
    log(`Smoke test on the local stack at ${stack.url}`);
    await runSmoke({ apiUrl: stack.url, token }, log);
  } finally {
    await stack.stop();
  }
}

async function onStage(stage: string): Promise<void> {
  const config = stageConfig(stage);
  const { region, outputs } = await stackOutputs(stage);
  const user = await smokeUser({
    region,
    userPoolId: output(outputs, 'UserPoolId'),
    clientId: output(outputs, 'SmokeTestClientId'),
    mailDomain: config.mailDomain,
  });
  try {
    const apiUrl = output(outputs, 'ApiUrl');
    log(`Smoke test on ${stage} at ${apiUrl}`);
    await runSmoke({ apiUrl, token: user.token }, log);
  } finally {
    await user.remove();
  }
}

try {
  await (values.local ? onLocalStack() : onStage(values.stage ?? 'dev'));
  log('Smoke test passed.');
} catch (error) {
  console.error(`Smoke test failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
