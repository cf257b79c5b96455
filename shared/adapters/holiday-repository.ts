import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Envelope } from '../../events/envelope';
import type { HolidayYear } from '../compliance/holidays-vn';
import type { RuleProfile } from '../compliance/profile';
import type { Actor } from '../domain/actor';
import { StaleVersionError } from '../domain/errors';
import { type HolidayYearInput, storedHolidayYearSchema } from '../domain/holiday-year';
import { isConditionFailure } from './conditional';
import type { TransactionalOutbox } from './outbox';
import { keys } from './table-design';

/**
 * The holiday calendar admin corrects without a release (a year announced late, a new holiday):
 * one item per corrected year; a year never corrected is the shipped data at version 0.
 */
export class DynamoHolidayCalendar {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly shipped: Readonly<Record<number, HolidayYear>>,
    private readonly outbox?: TransactionalOutbox,
  ) {}

  /** Every year: the shipped data with admin's corrections over it. */
  async years(): Promise<Record<number, HolidayYear>> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.holidayPartition },
        ConsistentRead: true,
      }),
    );
    const years: Record<number, HolidayYear> = Object.fromEntries(
      Object.entries(this.shipped).map(([year, data]) => [Number(year), { ...data, version: 0 }]),
    );
    for (const item of Items) {
      const stored = storedHolidayYearSchema.parse(item);
      years[stored.year] = stored;
    }
    return years;
  }

  /** Every year as the API shows it, each with its version (0: as shipped). */
  async list() {
    return Object.entries(await this.years()).map(([year, data]) => ({
      year: Number(year),
      version: data.version ?? 0,
      official: data.official,
      source: data.source,
      daysOff: data.daysOff,
      makeUpWorkingDays: data.makeUpWorkingDays,
    }));
  }

  /** The profile with the current calendar in place of the shipped one. */
  async profile(base: RuleProfile): Promise<RuleProfile> {
    const years = await this.years();
    return { ...base, holidays: Object.fromEntries(Object.entries(years)) };
  }

  /** Replaces a year if nobody changed it since `expectedVersion` (0: still the shipped data), with its event. */
  async replace(
    year: number,
    input: HolidayYearInput,
    expectedVersion: number,
    context: { actor: Actor; now: Date },
    event: (version: number) => Envelope,
  ): Promise<HolidayYear> {
    if (!this.outbox) throw new Error('This function may only read the holiday calendar');
    const version = expectedVersion + 1;
    const stored = {
      year,
      official: input.official,
      source: input.notice,
      daysOff: [...input.daysOff].sort(),
      makeUpWorkingDays: [...input.makeUpWorkingDays].sort(),
      version,
      updatedAt: context.now.toISOString(),
      updatedBy: context.actor,
    };
    try {
      await this.outbox.commit(
        { ...stored, ...keys.holidayYear(year), entity: 'HolidayYear' },
        expectedVersion === 0
          ? { expression: 'attribute_not_exists(pk)' }
          : { expression: 'version = :expected', values: { ':expected': expectedVersion } },
        [event(version)],
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      throw new StaleVersionError(
        `The ${year} holiday calendar changed since version ${expectedVersion}; reload it.`,
      );
    }
    return stored;
  }
}
