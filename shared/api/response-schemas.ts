/**
 * What the routes answer, as zod schemas: the route contracts name them, the OpenAPI document and
 * the typed client are generated from them, and a test holds the local stack's real answers to them.
 * One module per topic (./responses), so a function builds only the schemas its own contract names.
 * Nested parts the console does not rely on stay open (`looseObject`): they may carry more.
 */
export * from './responses/approvals';
export * from './responses/attachments';
export * from './responses/compliance';
export * from './responses/directories';
export * from './responses/errors';
export * from './responses/history';
export * from './responses/holidays';
export * from './responses/meetings';
export * from './responses/notifications';
export * from './responses/reports';
export * from './responses/timeline';
