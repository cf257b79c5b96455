/** One visit: where it stands, the decision, and its report, registration, meetings, files, drafts, emails and history. */

import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Grid, Select, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useVisit } from '../data/visits';
import { countryName, formatPeriod } from '../format';
import { awaitsPermits, statusColors, statusNameOf, tagColors } from '../labels';
import { usePageTitle } from '../page-title';
import { CancelVisit, Decide, FileVisitReport, FinishTask, RecordApproval } from '../visit/actions';
import { BackTo } from '../visit/BackTo';
import { ComplianceReport } from '../visit/ComplianceReport';
import { DecisionCard } from '../visit/DecisionCard';
import { DocumentsPanel } from '../visit/DocumentsPanel';
import { DossierPanel } from '../visit/DossierPanel';
import { EditVisit } from '../visit/EditVisit';
import { MeetingsPanel } from '../visit/MeetingsPanel';
import { NewsPanel, newsKey } from '../visit/NewsPanel';
import { ProgressSteps } from '../visit/ProgressSteps';
import { RegistrationDetails } from '../visit/RegistrationDetails';
import { SentNotices, Timeline } from '../visit/SentNotices';

type Dialog = 'edit' | 'cancel' | 'approval' | 'report' | 'approve' | 'reject';

export default function VisitPage() {
  const { id = '' } = useParams();
  const visit = useVisit(id);
  const queries = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>();
  const [finishing, setFinishing] = useState<{ key: string; title: string }>();
  const [part, setPart] = useState('compliance');
  const phone = !(Grid.useBreakpoint().md ?? true);
  const delegation = visit.delegation.data;
  const name = delegation ? (delegation.partner.nameVi ?? delegation.partner.name) : undefined;
  usePageTitle(name ?? 'Hồ sơ đoàn');

  if (visit.delegation.isError) return <Alert type="error" showIcon title="Không tìm thấy hồ sơ đoàn." />;
  if (!delegation || !name) return <Skeleton active />;
  const close = () => setDialog(undefined);
  // Each command refreshes what it changed (data/changes.ts); the dialogs only close.
  const done = () => undefined;
  const may = (action: (typeof delegation.allowedActions)[number]) =>
    delegation.allowedActions.includes(action);

  const parts = [
    {
      key: 'compliance',
      label: 'Kiểm tra',
      children: (
        <ComplianceReport
          report={visit.compliance.data}
          loading={visit.compliance.isLoading || visit.compliance.isError}
          onFinish={may('finish-task') ? setFinishing : undefined}
        />
      ),
    },
    { key: 'registration', label: 'Hồ sơ', children: <RegistrationDetails delegation={delegation} /> },
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
    { key: 'news', label: 'Tin bài', children: <NewsPanel delegationId={id} /> },
    {
      key: 'notifications',
      label: 'Thông báo đã gửi',
      children: <SentNotices notifications={visit.notifications.data} />,
    },
    { key: 'timeline', label: 'Nhật ký', children: <Timeline timeline={visit.timeline.data} /> },
  ];
  // The history and the notices are written a moment after each change: opening them asks again.
  const open = (key: string) => {
    setPart(key);
    if (key === 'timeline') void visit.timeline.refetch();
    if (key === 'notifications') void visit.notifications.refetch();
    // Leadership and the Office take turns on the news item: opening it shows the other's last step.
    if (key === 'news') void queries.invalidateQueries({ queryKey: newsKey(id) });
  };

  return (
    <>
      <BackTo current={name} />
      <Space align="center" wrap>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 26 }}>
          {name}
        </Typography.Title>
        <Tag color={awaitsPermits(delegation) ? tagColors.gold : statusColors[delegation.status]}>
          {statusNameOf(delegation)}
        </Tag>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 4 }}>
        {delegation.receiptNumber ? `Số tiếp nhận ${delegation.receiptNumber} · ` : ''}
        {delegation.partner.nameVi ? `${delegation.partner.name} · ` : ''}
        {countryName(delegation.partner.country)} ·{' '}
        {formatPeriod(delegation.visit.arrival, delegation.visit.departure)}
      </Typography.Paragraph>
      <ProgressSteps progress={delegation.progress} />
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
        <Link to={`/doan/${id}/ban-in`}>Bản in hồ sơ</Link>
      </Space>
      {delegation.decision && <DecisionCard decision={delegation.decision} />}
      {phone ? (
        // antd's tab overflow menu has no name a screen reader can read: a phone picks the part from a list.
        <>
          <Select
            aria-label="Phần của hồ sơ"
            value={part}
            onChange={open}
            options={parts.map((item) => ({ value: item.key, label: item.label }))}
            style={{ width: '100%', marginBottom: 12 }}
          />
          {parts.find((item) => item.key === part)?.children}
        </>
      ) : (
        <Tabs tabBarGutter={24} activeKey={part} onChange={open} items={parts} />
      )}
      {dialog === 'edit' && <EditVisit delegation={delegation} onClose={close} onSaved={close} />}
      {dialog === 'cancel' && (
        <CancelVisit delegation={{ ...delegation, name }} onDone={done} onClose={close} />
      )}
      {dialog === 'approval' && (
        <RecordApproval
          delegation={delegation}
          recorded={delegation.approvals}
          onDone={done}
          onClose={close}
        />
      )}
      {dialog === 'report' && (
        <FileVisitReport delegation={{ ...delegation, name }} onDone={done} onClose={close} />
      )}
      {finishing && (
        <FinishTask
          delegation={{ ...delegation, name }}
          task={finishing}
          approvals={delegation.approvals}
          onDone={done}
          onClose={() => setFinishing(undefined)}
        />
      )}
      {(dialog === 'approve' || dialog === 'reject') && (
        <Decide delegation={{ ...delegation, name }} decision={dialog} onDone={done} onClose={close} />
      )}
    </>
  );
}
