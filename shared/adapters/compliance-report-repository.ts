import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { ComplianceReport } from '../compliance/engine';
import type { ComplianceReports, StoredReport } from '../use-cases/ports/compliance-reports';
import { isConditionFailure } from './conditional';
import { itemsUnder, keys } from './table-design';

/** A stored compliance report: the parts every reader relies on. */
export const storedReportSchema = z.object({
  report: z.object({
    delegationId: z.string().min(1),
    delegationVersion: z.number().int().positive(),
    checkedAt: z.iso.datetime({ offset: true }),
    outcome: z.enum(['cleared', 'awaiting_permits', 'approval_required', 'blocked']),
    findings: z.array(z.object({ ruleId: z.string(), severity: z.string(), message: z.string() })),
    checks: z.array(z.object({ ruleId: z.string(), result: z.string() })),
    agenciesToNotify: z.array(z.string()),
  }),
  publishedAt: z.iso.datetime({ offset: true }).optional(),
  superseded: z.boolean().optional(),
});

/** One item per checked version: a report for an older version can never overwrite a newer one. */
export class DynamoComplianceReportRepository implements ComplianceReports {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Stores the report unless one exists for that version, and returns whichever is stored. */
  async putIfAbsent(report: ComplianceReport): Promise<StoredReport> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: {
            ...this.key(report.delegationId, report.delegationVersion),
            entity: 'ComplianceReport',
            report,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return { report };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const { Item } = await this.client.send(
        new GetCommand({
          TableName: this.table,
          Key: this.key(report.delegationId, report.delegationVersion),
          ConsistentRead: true,
        }),
      );
      return Item as StoredReport;
    }
  }

  async latest(delegationId: string): Promise<StoredReport | undefined> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        ...itemsUnder(delegationId, keys.compliancePrefix),
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    return Items[0] as StoredReport | undefined;
  }

  async mark(delegationId: string, version: number, mark: { publishedAt: string } | { superseded: true }) {
    const [name, value] = Object.entries(mark)[0] as [string, unknown];
    await this.client.send(
      new UpdateCommand({
        TableName: this.table,
        Key: this.key(delegationId, version),
        UpdateExpression: 'SET #mark = :value',
        ExpressionAttributeNames: { '#mark': name },
        ExpressionAttributeValues: { ':value': value },
      }),
    );
  }

  private key(delegationId: string, version: number) {
    return keys.complianceReport(delegationId, version);
  }
}
