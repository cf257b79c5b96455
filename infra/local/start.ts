/** `npm start [-- --in-memory]`: the whole backend on this machine, no AWS account needed. */
import { parseArgs } from 'node:util';
import { startLocalStack } from './local-stack';
import { localPaths } from './paths';

const { values } = parseArgs({ options: { 'in-memory': { type: 'boolean', default: false } } });
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

const stack = await startLocalStack({
  port: port('PORT', 3000),
  sesPort: port('SES_PORT', 8005),
  dynamoPort: port('DYNAMODB_PORT', 8000),
  inMemory: values['in-memory'] ?? false,
});

console.log(`
Delegations backend running locally
  API           ${stack.url}   (health: ${stack.url}/health)
  Mail viewer   ${stack.sesUrl}
  DynamoDB      ${stack.dynamoUrl}   (table ${stack.tableName}, ${values['in-memory'] ? 'in memory' : `data in ${localPaths().dynamoDir}`})
  Get a token   npm run -s token -- office
Press Ctrl-C to stop.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log('\nStopping…');
    await stack.stop();
    process.exit(0);
  });
}
