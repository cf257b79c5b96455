import { Alert, Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { formatDateTime } from '../format';
import { actorName, authorityName, severityColors, tagColors } from '../labels';
import type { useVisit } from './queries';

type Report = NonNullable<ReturnType<typeof useVisit>['compliance']['data']>;
type Finding = Report['findings'][number];

/** A task the Office does itself (not a decision of leadership's, not advice). */
const isOfficeTask = (finding: Finding) =>
  finding.key !== undefined && (finding.severity === 'action_required' || finding.severity === 'blocking');

/**
 * Each finding: how serious, what to do, by when, on which legal basis, which authority decides;
 * a task done says by whom and when, and one still open can be marked done (`onFinish`, when the
 * API allows this person to).
 */
export function ComplianceReport({
  report,
  loading,
  onFinish,
}: {
  report?: Report;
  loading: boolean;
  onFinish?: (task: { key: string; title: string }) => void;
}) {
  if (!report)
    return loading ? (
      <Alert type="info" showIcon title="Đang kiểm tra theo quy định…" />
    ) : (
      <Empty description="Chưa có kết quả kiểm tra" />
    );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert
        type={
          report.decision
            ? report.decision.decision === 'approve'
              ? 'success'
              : 'error'
            : report.outcome === 'cleared'
              ? 'success'
              : report.outcome === 'blocked'
                ? 'error'
                : report.outcome === 'awaiting_permits'
                  ? 'info'
                  : 'warning'
        }
        showIcon
        title={`Kết quả kiểm tra: ${report.outcomeVi}`}
        description={report.current ? undefined : 'Hồ sơ vừa thay đổi; đang kiểm tra lại…'}
      />
      <Table
        size="small"
        rowKey={(finding) => `${finding.ruleId}-${finding.message}`}
        pagination={false}
        dataSource={report.findings}
        locale={{ emptyText: 'Không có vấn đề cần xử lý' }}
        columns={[
          {
            title: 'Mức độ',
            width: 150,
            render: (_, f) => (
              <Tag
                color={
                  f.decided
                    ? f.decided === 'approve'
                      ? tagColors.green
                      : tagColors.red
                    : severityColors[f.severity]
                }
              >
                {f.severityVi}
              </Tag>
            ),
          },
          {
            title: 'Nội dung và việc cần làm',
            render: (_, f) => (
              <>
                <Typography.Text strong>{f.summary ?? f.title.vi}</Typography.Text>
                <br />
                {f.message}
              </>
            ),
          },
          { title: 'Hạn', width: 110, render: (_, f) => f.dueDateVi ?? '' },
          {
            title: 'Cơ quan có thẩm quyền',
            width: 200,
            render: (_, f) => [...new Set(f.approvals.map((a) => authorityName(a.authority)))].join('; '),
          },
          { title: 'Căn cứ pháp lý', width: 260, render: (_, f) => f.citation },
          {
            title: 'Tình trạng',
            width: 170,
            render: (_, f) =>
              f.done ? (
                <>
                  <Tag color={tagColors.green}>Đã xong</Tag>
                  <Typography.Text type="secondary">
                    {actorName(f.done.doneBy)}, {formatDateTime(f.done.doneAt)}
                    {f.done.note ? ` — ${f.done.note}` : ''}
                  </Typography.Text>
                </>
              ) : onFinish && isOfficeTask(f) ? (
                <Button
                  size="small"
                  onClick={() => onFinish({ key: f.key as string, title: f.summary ?? f.title.vi })}
                >
                  Đã xong
                </Button>
              ) : null,
          },
        ]}
      />
    </Space>
  );
}
