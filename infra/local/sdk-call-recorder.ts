/**
 * Which AWS calls each function makes on the local stack: every command the handlers send through
 * the shared DynamoDB, EventBridge and SES clients, with the resource it targets, attributed to the
 * function running it. The permission test holds these against each function's IAM policy in the
 * synthesized template. With SDK_CALLS_DIR set, each stack writes its calls there when it stops.
 * Imported once the local stack has set the clients' endpoints (it creates the shared clients).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InitializeMiddleware } from '@smithy/types';
import { documentClient } from '../../shared/adapters/dynamo-client';
import { eventBridgeClient } from '../../shared/adapters/event-bridge-client';
import { sesClient } from '../../shared/adapters/ses-client';
import { currentFunction } from './invocations';

export interface SdkCall {
  function: string;
  /** The IAM action, e.g. dynamodb:Query. */
  action: string;
  /** What the call targets, as the permission test names it: table, table/index/gsi1, bus, ses-identity… */
  resource: string;
}

const recorded = new Map<string, SdkCall>();
let installed = false;

/** DynamoDB's IAM actions by the document client's command names (the low-level ones are the same). */
const dynamoActions: Record<string, string> = {
  Get: 'GetItem',
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  BatchGet: 'BatchGetItem',
  BatchWrite: 'BatchWriteItem',
  TransactGet: 'TransactGetItems',
  TransactWrite: 'TransactWriteItems',
};

/** The parts of a command's input that name what it targets. */
interface TargetInput {
  TableName?: string;
  IndexName?: string;
  RequestItems?: Record<string, unknown>;
}

function targets(
  service: string,
  command: string,
  input: TargetInput,
): { action: string; resources: string[] } {
  if (service === 'dynamodb') {
    const action = dynamoActions[command] ?? command;
    const tables = input.TableName ? [input.TableName] : Object.keys(input.RequestItems ?? {});
    return {
      action: `dynamodb:${action}`,
      resources: tables.map(() => (input.IndexName ? `table/index/${input.IndexName}` : 'table')),
    };
  }
  if (service === 'events') return { action: `events:${command}`, resources: ['bus'] };
  // SES checks the sending identity and the configuration set (the identity's default when not named).
  return { action: `ses:${command}`, resources: ['ses-identity', 'ses-configuration-set'] };
}

function record<I extends object, O extends object>(service: string): InitializeMiddleware<I, O> {
  return (next, context) => async (args) => {
    const functionName = currentFunction();
    if (functionName) {
      const command = (context.commandName ?? '').replace(/Command$/, '').replace(/Item$/, '');
      const { action, resources } = targets(service, command, args.input as TargetInput);
      for (const resource of resources)
        recorded.set(`${functionName} ${action} ${resource}`, { function: functionName, action, resource });
    }
    return next(args);
  };
}

/** Adds the recording middleware to the shared clients, once per process. */
export function recordSdkCalls(): void {
  if (installed) return;
  installed = true;
  const options = (service: string) => ({ step: 'initialize' as const, name: `recordSdkCall-${service}` });
  documentClient.middlewareStack.add(record('dynamodb'), options('dynamodb'));
  eventBridgeClient.middlewareStack.add(record('events'), options('events'));
  sesClient.middlewareStack.add(record('ses'), options('ses'));
}

export function recordedSdkCalls(): SdkCall[] {
  return [...recorded.values()];
}

/** Writes what this process recorded to SDK_CALLS_DIR (when set), one file per stack stopped. */
export function saveRecordedSdkCalls(): void {
  const dir = process.env.SDK_CALLS_DIR;
  if (!dir || recorded.size === 0) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${process.pid}-${randomUUID()}.json`), JSON.stringify(recordedSdkCalls()));
}
