import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';

/** True when a conditional write lost (the item existed, or its version moved on). */
export const isConditionFailure = (error: unknown): boolean =>
  error instanceof ConditionalCheckFailedException ||
  (error instanceof Error && error.name === 'ConditionalCheckFailedException');
