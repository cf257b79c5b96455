import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { type Delegation, delegationSchema } from '../domain/delegation';
import type { DelegationStatus } from '../domain/status';
import { arrivalBounds } from '../history/filter';
import { skipItem } from '../use-cases/each-item';
import type { ReportSource } from '../use-cases/ports/report-source';
import { keys } from './table-design';

/** Reads for reports and scheduled jobs: whole result sets, each through a key or an index. */
export class DynamoReportSource implements ReportSource {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Every delegation arriving in [from, to] (local dates), through the by-arrival index. */
  arriving(from: string, to: string): Promise<Delegation[]> {
    const bounds = arrivalBounds({ from, to });
    return this.all({
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': 'DELEGATION', ':from': bounds.from, ':to': bounds.to },
    });
  }

  /** Every delegation in a status, optionally only those that arrived by `arrivedBy` (an instant). */
  inStatus(status: DelegationStatus, arrivedBy?: Date): Promise<Delegation[]> {
    return this.all({
      IndexName: 'gsi4',
      KeyConditionExpression: arrivedBy ? 'gsi4pk = :pk AND gsi4sk <= :to' : 'gsi4pk = :pk',
      ExpressionAttributeValues: {
        ':pk': `STATUS#${status}`,
        ...(arrivedBy ? { ':to': `${arrivedBy.toISOString()}\uffff` } : {}),
      },
    });
  }

  async meetingCount(delegationId: string): Promise<number> {
    const { Count = 0 } = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        FilterExpression: '#status = :scheduled',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':pk': keys.delegation(delegationId).pk,
          ':prefix': keys.meetingPrefix,
          ':scheduled': 'scheduled',
        },
        Select: 'COUNT',
      }),
    );
    return Count;
  }

  private async all(input: Omit<QueryCommandInput, 'TableName'>): Promise<Delegation[]> {
    const found: Delegation[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({ ...input, TableName: this.table, ExclusiveStartKey: start }),
      );
      for (const item of page.Items ?? []) {
        const parsed = delegationSchema.safeParse(item);
        // One unreadable item must not stop a report or a scheduled job for every other visit.
        if (parsed.success) found.push(parsed.data);
        else skipItem('read-delegations', String(item.id ?? item.pk), parsed.error);
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return found;
  }
}
