import { Alert, Button, Empty, Grid, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { ComplianceView } from '../data/visits';
import { formatDateTime } from '../format';
import { actorName, authorityName, severityColors, tagColors } from '../labels';

type Report = ComplianceView;
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
  const screens = Grid.useBreakpoint();
  const wide = screens.xl ?? true;
  const phone = !(screens.md ?? true);
  if (!report)
    return loading ? (
      <Alert type="info" showIcon title="Đang kiểm tra theo quy định…" />
    ) : (
      <Empty description="Chưa có kết quả kiểm tra" />
    );
  const findings = report.findings;
  const authorities = (f: Finding) =>
    [...new Set(f.approvals.map((a) => authorityName(a.authority)))].join('; ');
  const finishable = (f: Finding) => Boolean(onFinish && isOfficeTask(f));
  const severity = (f: Finding) => (
    <Tag
      color={
        f.decided ? (f.decided === 'approve' ? tagColors.green : tagColors.red) : severityColors[f.severity]
      }
    >
      {f.severityVi}
    </Tag>
  );
  const state = (f: Finding) =>
    f.done ? (
      <>
        <Tag color={tagColors.green}>Đã xong</Tag>
        <Typography.Text type="secondary">
          {actorName(f.done.doneBy)}, {formatDateTime(f.done.doneAt)}
          {f.done.note ? ` — ${f.done.note}` : ''}
        </Typography.Text>
      </>
    ) : finishable(f) ? (
      <Button
        size="small"
        onClick={() => onFinish?.({ key: f.key as string, title: f.summary ?? f.title.vi })}
      >
        Đã xong
      </Button>
    ) : null;
  const secondary = (text: string) => (
    <div>
      <Typography.Text type="secondary">{text}</Typography.Text>
    </div>
  );
  const content = (f: Finding) => (
    <>
      {phone && severity(f)}
      <Typography.Text strong>{f.summary ?? f.title.vi}</Typography.Text>
      <br />
      {f.message}
      {phone && f.dueDateVi && secondary(`Hạn: ${f.dueDateVi}`)}
      {!wide && authorities(f) && secondary(`Cơ quan có thẩm quyền: ${authorities(f)}`)}
      {!wide && secondary(`Căn cứ: ${f.citation}`)}
      {!wide && <div style={{ marginTop: 4 }}>{state(f)}</div>}
    </>
  );
  // A column nobody's finding fills is left out; below 1200 px the legal basis and the authority go
  // under the text with the task's state, which then keeps the width to be read; a phone gets one column.
  const columns: TableColumnsType<Finding> = phone
    ? [{ title: 'Nội dung và việc cần làm', render: (_, f) => content(f) }]
    : [
        { title: 'Mức độ', width: 150, render: (_, f) => severity(f) },
        { title: 'Nội dung và việc cần làm', render: (_, f) => content(f) },
        ...(findings.some((f) => f.dueDateVi)
          ? [{ title: 'Hạn', width: 110, render: (_: unknown, f: Finding) => f.dueDateVi ?? '' }]
          : []),
        ...(wide && findings.some((f) => authorities(f))
          ? [
              {
                title: 'Cơ quan có thẩm quyền',
                width: 200,
                render: (_: unknown, f: Finding) => authorities(f),
              },
            ]
          : []),
        ...(wide
          ? [{ title: 'Căn cứ pháp lý', width: 260, render: (_: unknown, f: Finding) => f.citation }]
          : []),
        ...(wide && findings.some((f) => f.done || finishable(f))
          ? [{ title: 'Tình trạng', width: 170, render: (_: unknown, f: Finding) => state(f) }]
          : []),
      ];
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
        columns={columns}
      />
    </Space>
  );
}
