/** One visit: its status and registration, the compliance report, meetings, notices sent and its history. */
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Skeleton, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { costSharingOf } from '../../../shared/domain/cost-sharing';
import { ok } from '../api';
import { useApi } from '../context';
import { countryName, formatDate, formatDateTime } from '../format';
import {
  actorName,
  approvalKindNames,
  authorityName,
  awaitsPermits,
  costSharingNames,
  eventNames,
  memberRankNames,
  memberRoleNames,
  notificationStatusNames,
  partnerTypeNames,
  sexNames,
  statusColors,
  statusNameOf,
  tagColors,
} from '../labels';
import { CancelVisit, Decide, FileVisitReport, FinishTask, RecordApproval } from '../visit/actions';
import { ComplianceReport } from '../visit/ComplianceReport';
import { DocumentsPanel } from '../visit/DocumentsPanel';
import { DossierPanel } from '../visit/DossierPanel';
import { EditVisit } from '../visit/EditVisit';
import { MeetingsPanel } from '../visit/MeetingsPanel';
import { useRefreshVisit, useVisit } from '../visit/queries';

type Dialog = 'edit' | 'cancel' | 'approval' | 'report' | 'approve' | 'reject';

/** Who pays what: the registration's choice, or what the older switch meant. */
const costSharingLabel = (delegation: Parameters<typeof costSharingOf>[0]) => {
  const name = costSharingNames[costSharingOf(delegation)];
  return name.charAt(0).toLocaleUpperCase('vi') + name.slice(1);
};

/** When the members' personal data is (or was) erased, under the Department's own retention policy. */
function personalDataNote(data: { retentionMonths: number; erasureDueOn?: string; erasedAt?: string }) {
  const policy = `thời hạn lưu giữ dữ liệu cá nhân theo quy định của Sở (${data.retentionMonths} tháng kể từ khi kết thúc chuyến thăm)`;
  if (data.erasedAt) return `Đã xóa ngày ${formatDate(data.erasedAt)} khi hết ${policy}`;
  if (data.erasureDueOn)
    return `Lưu đến ngày ${formatDate(data.erasureDueOn)} theo ${policy}, sau đó tự động xóa`;
  return `Lưu theo ${policy}`;
}

export default function VisitPage() {
  const { id = '' } = useParams();
  const visit = useVisit(id);
  const refresh = useRefreshVisit(id);
  const [dialog, setDialog] = useState<Dialog>();
  const [finishing, setFinishing] = useState<{ key: string; title: string }>();
  const api = useApi();
  const divisions = useQuery({ queryKey: ['divisions'], queryFn: () => ok(api.GET('/divisions')) });
  const delegation = visit.delegation.data;

  if (visit.delegation.isError) return <Alert type="error" showIcon title="Không tìm thấy hồ sơ đoàn." />;
  if (!delegation) return <Skeleton active />;
  const done = () => void refresh();
  const close = () => setDialog(undefined);
  const may = (action: (typeof delegation.allowedActions)[number]) =>
    delegation.allowedActions.includes(action);

  return (
    <>
      <Space align="center" wrap>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 26 }}>
          {delegation.partner.nameVi ?? delegation.partner.name}
        </Typography.Title>
        <Tag color={awaitsPermits(delegation) ? tagColors.gold : statusColors[delegation.status]}>
          {statusNameOf(delegation)}
        </Tag>
      </Space>
      <Typography.Paragraph type="secondary">
        {delegation.partner.nameVi ? `${delegation.partner.name} · ` : ''}
        {countryName(delegation.partner.country)} · từ {formatDateTime(delegation.visit.arrival)} đến{' '}
        {formatDateTime(delegation.visit.departure)}
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        {/* What the API answers this person may do now: the console offers exactly that. */}
        {may('edit') && <Button onClick={() => setDialog('edit')}>Sửa hồ sơ</Button>}
        {may('record-permit') && (
          <Button onClick={() => setDialog('approval')}>Ghi nhận văn bản cho phép</Button>
        )}
        {may('file-report') && <Button onClick={() => setDialog('report')}>Báo cáo kết quả</Button>}
        {may('cancel') && (
          <Button danger onClick={() => setDialog('cancel')}>
            Hủy chuyến thăm
          </Button>
        )}
        {may('approve') && (
          <Button type="primary" onClick={() => setDialog('approve')}>
            Đồng ý
          </Button>
        )}
        {may('reject') && (
          <Button danger onClick={() => setDialog('reject')}>
            Không đồng ý
          </Button>
        )}
      </Space>
      {delegation.decision && (
        <Card
          size="small"
          title="Ý kiến lãnh đạo"
          style={{ marginBottom: 16 }}
          role="region"
          aria-label="Ý kiến lãnh đạo"
        >
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label="Quyết định">
              <Tag color={delegation.decision.decision === 'approve' ? tagColors.green : tagColors.red}>
                {delegation.decision.decision === 'approve' ? 'Đồng ý tiếp đoàn' : 'Không đồng ý tiếp đoàn'}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label="Người quyết định">
              {actorName(delegation.decision.decidedBy)}
            </Descriptions.Item>
            <Descriptions.Item label="Thời gian">
              {formatDateTime(delegation.decision.decidedAt)}
            </Descriptions.Item>
            {delegation.decision.note && (
              <Descriptions.Item label="Ý kiến" span={3}>
                {delegation.decision.note}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      )}
      <Tabs
        // The history and the notices are written a moment after each change: opening them asks again.
        onChange={(key) => {
          if (key === 'timeline') void visit.timeline.refetch();
          if (key === 'notifications') void visit.notifications.refetch();
        }}
        items={[
          {
            key: 'compliance',
            label: 'Kiểm tra theo quy định',
            children: (
              <ComplianceReport
                report={visit.compliance.data}
                loading={visit.compliance.isLoading || visit.compliance.isError}
                onFinish={may('finish-task') ? setFinishing : undefined}
              />
            ),
          },
          {
            key: 'registration',
            label: 'Hồ sơ',
            children: (
              <>
                <Descriptions size="small" bordered column={2}>
                  <Descriptions.Item label="Loại đối tác">
                    {partnerTypeNames[delegation.partner.type]}
                  </Descriptions.Item>
                  <Descriptions.Item label="Công văn đến">
                    {delegation.sourceLetter
                      ? `Số ${delegation.sourceLetter.number} ngày ${formatDate(delegation.sourceLetter.date)}`
                      : ''}
                  </Descriptions.Item>
                  <Descriptions.Item label="Mục đích" span={2}>
                    {delegation.purpose}
                  </Descriptions.Item>
                  <Descriptions.Item label="Chủ đề">{delegation.topics.join('; ')}</Descriptions.Item>
                  <Descriptions.Item label="Đơn vị chủ trì">
                    {divisions.data?.items.find((division) => division.id === delegation.hostDivision)
                      ?.name ?? delegation.hostDivision}
                  </Descriptions.Item>
                  <Descriptions.Item label="Địa điểm" span={2}>
                    {delegation.itinerary
                      .map(
                        (place) =>
                          `${place.name}${place.restrictedArea ? ` (khu vực cấm, ${place.managedBy === 'military' ? 'quân đội' : 'công an'} quản lý)` : ''}${place.overnightStay ? ' (lưu trú)' : ''}`,
                      )
                      .join('; ')}
                  </Descriptions.Item>
                  <Descriptions.Item label="Người liên hệ" span={2}>
                    {delegation.contact.name} · {delegation.contact.email}
                    {delegation.contact.phone ? ` · ${delegation.contact.phone}` : ''}
                  </Descriptions.Item>
                  <Descriptions.Item label="Chi phí đón tiếp">
                    {costSharingLabel(delegation)}
                  </Descriptions.Item>
                  <Descriptions.Item label="Quà tặng">
                    {delegation.giftsPlanned ? 'Có' : 'Không'}
                  </Descriptions.Item>
                  <Descriptions.Item label="Dữ liệu cá nhân của thành viên" span={2}>
                    {personalDataNote(delegation.personalData)}
                  </Descriptions.Item>
                </Descriptions>
                <Typography.Title level={4} style={{ marginTop: 16 }}>
                  Thành viên đoàn ({delegation.members.length})
                </Typography.Title>
                <Table
                  size="small"
                  rowKey={(member) => `${member.fullName}-${member.passportNumber ?? ''}`}
                  pagination={false}
                  dataSource={delegation.members}
                  columns={[
                    { title: 'Họ và tên', dataIndex: 'fullName' },
                    {
                      title: 'Quốc tịch',
                      render: (_, m) => (m.nationality ? countryName(m.nationality) : ''),
                    },
                    { title: 'Số hộ chiếu', dataIndex: 'passportNumber' },
                    {
                      title: 'Giới tính, ngày sinh',
                      render: (_, m) =>
                        [m.sex ? sexNames[m.sex] : '', m.dateOfBirth ? formatDate(m.dateOfBirth) : '']
                          .filter(Boolean)
                          .join(', '),
                    },
                    {
                      title: 'Chức danh',
                      render: (_, m) =>
                        m.titleVi && m.title ? `${m.titleVi} (${m.title})` : (m.titleVi ?? m.title),
                    },
                    { title: 'Cấp bậc', render: (_, m) => memberRankNames[m.rank] },
                    { title: 'Vai trò', render: (_, m) => memberRoleNames[m.role] },
                  ]}
                />
                <Typography.Title level={4} style={{ marginTop: 16 }}>
                  Văn bản cho phép đã ghi nhận
                </Typography.Title>
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={delegation.approvals}
                  locale={{ emptyText: 'Chưa có' }}
                  columns={[
                    { title: 'Loại văn bản', render: (_, a) => approvalKindNames[a.kind] },
                    { title: 'Cơ quan', render: (_, a) => authorityName(a.authority) },
                    {
                      title: 'Số, ngày',
                      render: (_, a) => `${a.documentNumber} ngày ${formatDate(a.documentDate)}`,
                    },
                    { title: 'Cơ quan ban hành', dataIndex: 'issuingBody' },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'meetings',
            label: 'Lịch họp',
            children: (
              <MeetingsPanel
                delegationId={id}
                meetings={visit.meetings.data?.meetings ?? []}
                canBook={may('book-meeting')}
              />
            ),
          },
          {
            key: 'dossier',
            label: 'Tệp đính kèm',
            children: <DossierPanel delegationId={id} approvals={delegation.approvals} />,
          },
          {
            key: 'documents',
            label: 'Văn bản',
            children: <DocumentsPanel delegationId={id} availability={visit.compliance.data?.documents} />,
          },
          {
            key: 'notifications',
            label: 'Thông báo đã gửi',
            children: (
              <Table
                size="small"
                rowKey={(n) => `${n.eventId}-${n.recipient}`}
                dataSource={visit.notifications.data?.notifications}
                locale={{ emptyText: 'Chưa gửi thông báo nào' }}
                columns={[
                  { title: 'Cơ quan nhận', dataIndex: 'recipientName' },
                  { title: 'Địa chỉ', render: (_, n) => n.addresses.join(', ') },
                  { title: 'Sự việc', render: (_, n) => eventNames[n.eventName] ?? n.eventName },
                  { title: 'Tình trạng', render: (_, n) => notificationStatusNames[n.status] ?? n.status },
                  { title: 'Ghi chú', dataIndex: 'reason' },
                  { title: 'Thời gian', render: (_, n) => formatDateTime(n.updatedAt) },
                ]}
              />
            ),
          },
          {
            key: 'timeline',
            label: 'Nhật ký',
            children: (
              <Table
                size="small"
                rowKey="eventId"
                pagination={false}
                dataSource={visit.timeline.data?.entries}
                columns={[
                  { title: 'Thời gian', width: 170, render: (_, e) => formatDateTime(e.occurredAt) },
                  { title: 'Sự việc', render: (_, e) => e.summary ?? eventNames[e.name] ?? e.name },
                  {
                    title: 'Người thực hiện',
                    render: (_, e) => actorName(e.actor),
                  },
                ]}
              />
            ),
          },
        ]}
      />
      {dialog === 'edit' && (
        <EditVisit
          delegation={delegation}
          onClose={close}
          onSaved={() => {
            close();
            done();
          }}
        />
      )}
      {dialog === 'cancel' && <CancelVisit delegation={delegation} onDone={done} onClose={close} />}
      {dialog === 'approval' && (
        <RecordApproval
          delegation={delegation}
          recorded={delegation.approvals}
          onDone={done}
          onClose={close}
        />
      )}
      {dialog === 'report' && <FileVisitReport delegation={delegation} onDone={done} onClose={close} />}
      {finishing && (
        <FinishTask
          delegation={{ ...delegation, name: delegation.partner.nameVi ?? delegation.partner.name }}
          task={finishing}
          onDone={done}
          onClose={() => setFinishing(undefined)}
        />
      )}
      {(dialog === 'approve' || dialog === 'reject') && (
        <Decide
          delegation={{ ...delegation, name: delegation.partner.nameVi ?? delegation.partner.name }}
          decision={dialog}
          onDone={done}
          onClose={close}
        />
      )}
    </>
  );
}
