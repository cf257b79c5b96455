/** `npm start [-- --in-memory] [--no-schedules]`: the whole backend on this machine, no AWS account needed. */
import { parseArgs } from 'node:util';
import { ensureConsoleBuilt } from './console-build';
import { startLocalStack } from './local-stack';
import { localPaths } from './paths';

const { values } = parseArgs({
  options: {
    'in-memory': { type: 'boolean', default: false },
    'no-schedules': { type: 'boolean', default: false },
  },
});
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const ports = {
  port: port('PORT', 3000),
  sesPort: port('SES_PORT', 8005),
  dynamoPort: port('DYNAMODB_PORT', 8000),
  s3Port: port('S3_PORT', 4568),
};

await ensureConsoleBuilt();
const stack = await startLocalStack({
  ...ports,
  inMemory: values['in-memory'] ?? false,
  schedules: !values['no-schedules'],
  sesUrl: process.env.SES_URL,
}).catch((error: NodeJS.ErrnoException & { port?: number }) => {
  if (error.code !== 'EADDRINUSE') throw error;
  const variable = {
    [ports.port]: 'PORT',
    [ports.sesPort]: 'SES_PORT',
    [ports.dynamoPort]: 'DYNAMODB_PORT',
    [ports.s3Port]: 'S3_PORT',
  }[error.port ?? -1];
  console.error(
    `Port ${error.port} is already in use (another "npm start"?). Stop that process, or give this one another port, e.g. ${variable ?? 'PORT'}=${(error.port ?? 3000) + 100} npm start`,
  );
  process.exit(1);
});

console.log(`
Delegations backend running locally
  Console       ${stack.url}/   (sign in with a role of your choice)
  API           ${stack.url}   (health: ${stack.url}/health)
  Mail viewer   ${stack.sesUrl}
  DynamoDB      ${stack.dynamoUrl}   (table ${stack.tableName}, ${values['in-memory'] ? 'in memory' : `data in ${localPaths().dynamoDir}`})
  S3            ${stack.s3Url}   (the visits' dossiers${values['in-memory'] ? ', in a temporary folder' : `, files in ${localPaths().s3Dir}`})
  Get a token   npm run -s token -- office
  Schedules     ${values['no-schedules'] ? 'off (--no-schedules): run them with npm run trigger -- <job>' : 'on their own timers (outbox sweep every 5 minutes, …)'}
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
