/** Leadership's decision as recorded: what, who, when and the note. */
import { Card, Descriptions, Tag } from 'antd';
import type { Delegation } from '../data/visits';
import { formatDateTime } from '../format';
import { actorName, tagColors } from '../labels';

export function DecisionCard({ decision }: { decision: NonNullable<Delegation['decision']> }) {
  const approved = decision.decision === 'approve';
  return (
    <Card
      size="small"
      title="Ý kiến lãnh đạo"
      style={{ marginBottom: 16 }}
      role="region"
      aria-label="Ý kiến lãnh đạo"
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label="Quyết định">
          <Tag color={approved ? tagColors.green : tagColors.red}>
            {approved ? 'Đồng ý tiếp đoàn' : 'Không đồng ý tiếp đoàn'}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="Người quyết định">{actorName(decision.decidedBy)}</Descriptions.Item>
        <Descriptions.Item label="Thời gian">{formatDateTime(decision.decidedAt)}</Descriptions.Item>
        {decision.note && (
          <Descriptions.Item label="Ý kiến" span={3}>
            {decision.note}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
