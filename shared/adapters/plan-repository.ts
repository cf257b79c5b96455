import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type ExternalPlan, emptyPlan, externalPlanSchema } from '../domain/external-plan';
import type { PlanStore, StoredPlan } from '../use-cases/external-plan';
import { DynamoDirectory } from './directory-repository';

/**
 * Each year's plan is one item, saved whole under its version as a directory is; stored as the
 * one entry of the year's list so both share the conditional write.
 */
export class DynamoPlanStore implements PlanStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  private year(year: number) {
    return new DynamoDirectory<ExternalPlan>(this.client, this.table, `external-plan-${year}`);
  }

  async get(year: number): Promise<StoredPlan> {
    const { items, version } = await this.year(year).get();
    // Read through the schema, so a record saved before a field was added gets its default.
    return { plan: items[0] ? externalPlanSchema.parse(items[0]) : emptyPlan(), version };
  }

  async replace(year: number, plan: ExternalPlan, current: number): Promise<StoredPlan> {
    const saved = await this.year(year).replace([plan], current);
    return { plan, version: saved.version };
  }
}
