import { Alert, Empty, Space, Table, Tag, Typography } from 'antd';
import { authorityName, severityColors, tagColors } from '../labels';
import type { useVisit } from './queries';

type Report = NonNullable<ReturnType<typeof useVisit>['compliance']['data']>;

/** Each finding: how serious, what to do, by when, on which legal basis, which authority decides. */
export function ComplianceReport({ report, loading }: { report?: Report; loading: boolean }) {
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
        ]}
      />
    </Space>
  );
}
