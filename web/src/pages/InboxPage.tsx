/**
 * Leadership's inbox: visits waiting for a decision, oldest first, each with why it waits. A table on
 * a desk, a card per visit on a phone, both with the reasons and both buttons in reach.
 */
import { Button, Card, Grid, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { usePendingDecisions } from '../data/lists';
import { countryName, formatDate, formatDateTime, formatDays } from '../format';
import { severityColors, statusColors, statusNames } from '../labels';
import { Decide } from '../visit/actions';
import { VisitLink } from '../visit/VisitLink';

type Item = NonNullable<ReturnType<typeof usePendingDecisions>['data']>['items'][number];
type Decision = 'approve' | 'reject';

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

function Reasons({ item }: { item: Item }) {
  return (
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
  );
}

function DecisionButtons({ item, decide }: { item: Item; decide(item: Item, decision: Decision): void }) {
  return (
    <Space wrap>
      {item.status === 'approval_required' && (
        <Button type="primary" onClick={() => decide(item, 'approve')}>
          Đồng ý
        </Button>
      )}
      <Button danger onClick={() => decide(item, 'reject')}>
        Không đồng ý
      </Button>
    </Space>
  );
}

const visitLine = (item: Item) =>
  `${item.receiptNumber ? `Số ${item.receiptNumber} · ` : ''}${countryName(item.partner.country)} · ${formatDays(item.visit.arrival, item.visit.departure)}`;

export default function InboxPage() {
  const pending = usePendingDecisions();
  const wide = Grid.useBreakpoint().md ?? true;
  const [deciding, setDeciding] = useState<Item & { decision: Decision }>();
  const decide = (item: Item, decision: Decision) => setDeciding({ ...item, decision });
  const items = pending.data?.items;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        Chờ lãnh đạo quyết định
      </Typography.Title>
      {wide ? (
        <Table
          rowKey="id"
          loading={pending.isLoading}
          dataSource={items}
          locale={{ emptyText: 'Không có đoàn nào đang chờ quyết định' }}
          columns={[
            {
              title: 'Đoàn',
              width: 260,
              render: (_, item) => (
                <>
                  <VisitLink id={item.id}>{nameOf(item)}</VisitLink>
                  <br />
                  <Typography.Text type="secondary">{visitLine(item)}</Typography.Text>
                </>
              ),
            },
            {
              title: 'Trạng thái',
              width: 170,
              render: (_, item) => <Tag color={statusColors[item.status]}>{statusNames[item.status]}</Tag>,
            },
            { title: 'Chờ từ', width: 150, render: (_, item) => formatDateTime(item.waitingSince) },
            { title: 'Lý do', render: (_, item) => <Reasons item={item} /> },
            { title: '', width: 200, render: (_, item) => <DecisionButtons item={item} decide={decide} /> },
          ]}
        />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {items?.length === 0 && <Typography.Text>Không có đoàn nào đang chờ quyết định</Typography.Text>}
          {items?.map((item) => (
            <Card
              key={item.id}
              size="small"
              role="article"
              aria-label={nameOf(item)}
              title={<VisitLink id={item.id}>{nameOf(item)}</VisitLink>}
            >
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Typography.Text type="secondary">{visitLine(item)}</Typography.Text>
                <Space wrap>
                  <Tag color={statusColors[item.status]}>{statusNames[item.status]}</Tag>
                  <Typography.Text type="secondary">
                    Chờ từ {formatDateTime(item.waitingSince)}
                  </Typography.Text>
                </Space>
                <Reasons item={item} />
                <DecisionButtons item={item} decide={decide} />
              </Space>
            </Card>
          ))}
        </Space>
      )}
      {deciding && (
        <Decide
          delegation={{ ...deciding, name: nameOf(deciding) }}
          decision={deciding.decision}
          onClose={() => setDeciding(undefined)}
          onDone={() => undefined}
        />
      )}
    </>
  );
}
