/** Leadership's inbox: visits waiting for a decision, oldest first, each with why it waits. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ok } from '../api';
import { useApi } from '../context';
import { countryName, formatDate, formatDateTime } from '../format';
import { severityColors, statusColors, statusNames } from '../labels';
import { Decide } from '../visit/actions';

const nameOf = (item: { partner: { name: string; nameVi?: string } }) =>
  item.partner.nameVi ?? item.partner.name;

/**
 * Whose deadline a reason's date is. A late request says in its own words that the partner's letter
 * came after the date; any other reason's date is when the Office's task is due.
 */
const deadlineOf = (reason: { dueDate?: string; message: string }) =>
  !reason.dueDate || reason.message.includes(formatDate(reason.dueDate))
    ? ''
    : ` (Văn phòng thực hiện chậm nhất ngày ${formatDate(reason.dueDate)})`;

export default function InboxPage() {
  const api = useApi();
  const queries = useQueryClient();
  const pending = useQuery({ queryKey: ['pending'], queryFn: () => ok(api.GET('/decisions/pending')) });
  const [deciding, setDeciding] = useState<{
    id: string;
    revision: number;
    name: string;
    decision: 'approve' | 'reject';
  }>();
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        Chờ lãnh đạo quyết định
      </Typography.Title>
      <Table
        rowKey="id"
        loading={pending.isLoading}
        dataSource={pending.data?.items}
        locale={{ emptyText: 'Không có đoàn nào đang chờ quyết định' }}
        columns={[
          {
            title: 'Đoàn',
            width: 260,
            render: (_, item) => (
              <>
                <Link to={`/doan/${item.id}`}>{item.partner.nameVi ?? item.partner.name}</Link>
                <br />
                <Typography.Text type="secondary">
                  {countryName(item.partner.country)} · {formatDate(item.visit.arrival)}–
                  {formatDate(item.visit.departure)}
                </Typography.Text>
              </>
            ),
          },
          {
            title: 'Trạng thái',
            width: 170,
            render: (_, item) => <Tag color={statusColors[item.status]}>{statusNames[item.status]}</Tag>,
          },
          { title: 'Chờ từ', width: 150, render: (_, item) => formatDateTime(item.waitingSince) },
          {
            title: 'Lý do',
            render: (_, item) => (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {item.reasons.map((reason) => (
                  <li key={`${reason.ruleId}-${reason.message}`}>
                    <Tag color={severityColors[reason.severity]}>
                      {reason.severity === 'blocking' ? 'Chặn' : 'Cần quyết định'}
                    </Tag>
                    {reason.message}
                    {deadlineOf(reason)}
                  </li>
                ))}
              </ul>
            ),
          },
          {
            title: '',
            width: 200,
            render: (_, item) => (
              <Space>
                {item.status === 'approval_required' && (
                  <Button
                    type="primary"
                    onClick={() => setDeciding({ ...item, name: nameOf(item), decision: 'approve' })}
                  >
                    Đồng ý
                  </Button>
                )}
                <Button
                  danger
                  onClick={() => setDeciding({ ...item, name: nameOf(item), decision: 'reject' })}
                >
                  Không đồng ý
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {deciding && (
        <Decide
          delegation={deciding}
          decision={deciding.decision}
          onClose={() => setDeciding(undefined)}
          onDone={() => void queries.invalidateQueries({ queryKey: ['pending'] })}
        />
      )}
    </>
  );
}
