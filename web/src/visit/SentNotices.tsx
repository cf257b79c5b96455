/** Every email sent, failed or suppressed for the visit, and the visit's timeline. */
import { Table } from 'antd';
import type { VisitData } from '../data/visits';
import { formatDateTime } from '../format';
import { actorName, eventNames, notificationStatusNames } from '../labels';

export function SentNotices({ notifications }: { notifications: VisitData['notifications']['data'] }) {
  return (
    <Table
      size="small"
      rowKey={(n) => `${n.eventId}-${n.recipient}`}
      dataSource={notifications?.notifications}
      locale={{ emptyText: 'Chưa gửi thông báo nào' }}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: 'Cơ quan nhận', dataIndex: 'recipientName' },
        { title: 'Địa chỉ', render: (_, n) => n.addresses.join(', ') },
        { title: 'Sự việc', render: (_, n) => eventNames[n.eventName] ?? n.eventName },
        { title: 'Tình trạng', render: (_, n) => notificationStatusNames[n.status] ?? n.status },
        { title: 'Ghi chú', dataIndex: 'reason' },
        { title: 'Thời gian', render: (_, n) => formatDateTime(n.updatedAt) },
      ]}
    />
  );
}

export function Timeline({ timeline }: { timeline: VisitData['timeline']['data'] }) {
  return (
    <Table
      size="small"
      rowKey="eventId"
      pagination={false}
      dataSource={timeline?.entries}
      columns={[
        { title: 'Thời gian', width: 170, render: (_, e) => formatDateTime(e.occurredAt) },
        { title: 'Sự việc', render: (_, e) => e.summary ?? eventNames[e.name] ?? e.name },
        { title: 'Người thực hiện', render: (_, e) => actorName(e.actor) },
      ]}
    />
  );
}
