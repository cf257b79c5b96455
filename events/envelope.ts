import * as z from 'zod';
import { actorSchema } from '../shared/domain/actor';
import { UnprocessableError } from '../shared/domain/errors';
import { EVENT_SOURCE } from './source';

export { EVENT_SOURCE } from './source';

/** What every event carries besides its data; `detail` of the EventBridge event is this envelope. */
export const envelopeSchema = z.object({
  eventId: z.string().min(1),
  name: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  correlationId: z.string().min(1),
  actor: actorSchema,
  /** The delegation the event is about; its timeline records the event. */
  delegationId: z.string().min(1).optional(),
  data: z.unknown(),
});

export type Envelope<TData = unknown> = Omit<z.infer<typeof envelopeSchema>, 'data'> & { data: TData };

export interface EventDefinition<TName extends string = string, TData extends z.ZodType = z.ZodType> {
  readonly name: TName;
  readonly version: number;
  readonly source: typeof EVENT_SOURCE;
  readonly description: string;
  readonly dataSchema: TData;
  /** The whole envelope with this event's name, version and data schema. */
  readonly schema: z.ZodType<Envelope<z.output<TData>>>;
}

export function defineEvent<TName extends string, TData extends z.ZodType>(definition: {
  name: TName;
  version: number;
  description: string;
  dataSchema: TData;
}): EventDefinition<TName, TData> {
  const schema = envelopeSchema.extend({
    name: z.literal(definition.name),
    version: z.literal(definition.version),
    data: definition.dataSchema,
  }) as unknown as z.ZodType<Envelope<z.output<TData>>>;
  return { ...definition, source: EVENT_SOURCE, schema };
}

export interface EventContext {
  correlationId: string;
  actor: Envelope['actor'];
  now: Date;
}

/**
 * Builds an envelope and checks it against its own schema, so that an event no consumer could
 * parse is refused where it is made (422), not dead-lettered downstream. The id is derived from
 * the aggregate and its version so that a retried publication carries the same id and consumers
 * can drop the duplicate.
 */
export function createEvent<TName extends string, TData extends z.ZodType>(
  definition: EventDefinition<TName, TData>,
  data: z.output<TData>,
  context: EventContext & { aggregateVersion: number } & (
      | { delegationId: string; aggregateId?: string }
      | { delegationId?: undefined; aggregateId: string }
    ),
): Envelope<z.output<TData>> {
  // An event about a delegation (or one of its meetings), or about something of its own (a holiday year).
  const aggregateId = context.aggregateId ?? (context.delegationId as string);
  const envelope = {
    eventId: `${definition.name}.v${definition.version}:${aggregateId}:${context.aggregateVersion}`,
    name: definition.name,
    version: definition.version,
    occurredAt: context.now.toISOString(),
    correlationId: context.correlationId,
    actor: context.actor,
    delegationId: context.delegationId,
    data,
  };
  const checked = definition.schema.safeParse(envelope);
  if (!checked.success) {
    throw new UnprocessableError(
      `This change cannot be announced: its ${definition.name} event is invalid.`,
      {
        event: definition.name,
        issues: checked.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.'),
          message: issue.message,
        })),
      },
    );
  }
  return envelope;
}
