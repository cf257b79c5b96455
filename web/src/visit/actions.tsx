/** The commands on a visit, each a dialog: cancel, record a permit, file the report, decide. */
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { ifMatch, ok } from '../api';
import { useApi } from '../context';
import { useCommand } from '../data/commands';
import { useAttachments } from '../data/visits';
import type { Delegation } from '../delegation/form-values';
import { formatDate, todayInVietnam } from '../format';
import { approvalKindNames, authorityNames } from '../labels';
import { ActionModal } from './ActionModal';

const options = (names: Record<string, string>) =>
  Object.entries(names).map(([value, label]) => ({ value, label }));
const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const required = (message: string) => [{ required: true, message }];

interface ActionProps {
  /** The visit, the revision the user is looking at, and its name as the confirmation says it. */
  delegation: Pick<Delegation, 'id' | 'revision'> & { name?: string };
  onDone(): void;
  onClose(): void;
}

const of = (delegation: ActionProps['delegation']) => (delegation.name ? ` ${delegation.name}` : '');

/** A command on this visit that refreshes what it changed (the visit and the lists it is in). */
function useVisitCommand<V>(
  delegation: ActionProps['delegation'],
  send: (variables: V) => Promise<unknown>,
  kind: 'visit' | 'decision' = 'visit',
) {
  return useCommand(send, () => ({ kind, id: delegation.id }));
}

export function CancelVisit({ delegation, onDone, onClose }: ActionProps) {
  const api = useApi();
  const cancel = useVisitCommand(delegation, ({ reason }: { reason: string }) =>
    ok(
      api.POST('/delegations/{id}/cancel', {
        params: { path: { id: delegation.id }, header: ifMatch(delegation.revision) },
        body: { reason },
      }),
    ),
  );
  return (
    <ActionModal<{ reason: string }>
      title="Hủy chuyến thăm"
      okText="Hủy chuyến thăm"
      danger
      onClose={onClose}
      onSubmit={async (values) => {
        await cancel.mutateAsync(values);
        onDone();
        return `Đã hủy chuyến thăm${of(delegation)}; các cơ quan liên quan được thông báo.`;
      }}
    >
      {() => (
        <Form.Item label="Lý do hủy" name="reason" rules={required('Nhập lý do hủy')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      )}
    </ActionModal>
  );
}

interface ApprovalValues {
  kind: keyof typeof approvalKindNames;
  authority: keyof typeof authorityNames;
  subject?: string;
  documentNumber: string;
  documentDate: Dayjs;
  issuingBody: string;
}

/** The documents already recorded, to warn before the same one is recorded twice. */
type Recorded = Pick<Delegation['approvals'][number], 'documentNumber' | 'documentDate' | 'issuingBody'>;
const sameNumber = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('vi') === b.trim().toLocaleLowerCase('vi');

export function RecordApproval({
  delegation,
  recorded = [],
  onDone,
  onClose,
}: ActionProps & { recorded?: readonly Recorded[] }) {
  const api = useApi();
  const record = useVisitCommand(delegation, (values: ApprovalValues) =>
    ok(
      api.POST('/delegations/{id}/approvals', {
        params: { path: { id: delegation.id }, header: ifMatch(delegation.revision) },
        body: {
          ...values,
          subject: values.subject || undefined,
          documentDate: values.documentDate.format('YYYY-MM-DD'),
        },
      }),
    ),
  );
  return (
    <ActionModal<ApprovalValues>
      title="Ghi nhận văn bản cho phép"
      okText="Ghi nhận"
      onClose={onClose}
      onSubmit={async (values) => {
        await record.mutateAsync(values);
        onDone();
        return `Đã ghi nhận văn bản số ${values.documentNumber.trim()} ngày ${values.documentDate.format('DD/MM/YYYY')}; hồ sơ đoàn được kiểm tra lại.`;
      }}
    >
      {() => (
        <>
          <Form.Item label="Loại văn bản" name="kind" rules={required('Chọn loại văn bản')}>
            <Select options={options(approvalKindNames)} />
          </Form.Item>
          <Form.Item label="Cơ quan cho phép" name="authority" rules={required('Chọn cơ quan cho phép')}>
            <Select options={options(authorityNames)} />
          </Form.Item>
          <Form.Item
            label="Số văn bản"
            name="documentNumber"
            rules={[
              ...required('Nhập số văn bản'),
              {
                warningOnly: true,
                validator: (_, number?: string) => {
                  const earlier = number && recorded.find((item) => sameNumber(item.documentNumber, number));
                  return earlier
                    ? Promise.reject(
                        new Error(
                          `Văn bản số ${earlier.documentNumber} ngày ${earlier.documentDate.split('-').reverse().join('/')} của ${earlier.issuingBody} đã được ghi nhận.`,
                        ),
                      )
                    : Promise.resolve();
                },
              },
            ]}
          >
            <Input />
          </Form.Item>
          <Form.Item label="Ngày văn bản" name="documentDate" rules={required('Chọn ngày văn bản')}>
            <DatePicker
              format="DD/MM/YYYY"
              style={{ width: '100%' }}
              // The API refuses a document dated after today (Hưng Yên's day).
              disabledDate={(day) => day.format('YYYY-MM-DD') > todayInVietnam()}
            />
          </Form.Item>
          <Form.Item label="Cơ quan ban hành" name="issuingBody" rules={required('Nhập cơ quan ban hành')}>
            <Input />
          </Form.Item>
          <Form.Item label="Phạm vi (khi đoàn có nhiều hoạt động cùng loại)" name="subject">
            <Input />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

interface ReportValues {
  summary: string;
  outcomes?: string;
  agreementsSigned?: string;
}

export function FileVisitReport({ delegation, onDone, onClose }: ActionProps) {
  const api = useApi();
  const file = useVisitCommand(delegation, (values: ReportValues) =>
    ok(
      api.POST('/delegations/{id}/visit-report', {
        params: { path: { id: delegation.id }, header: ifMatch(delegation.revision) },
        body: {
          summary: values.summary,
          outcomes: lines(values.outcomes),
          agreementsSigned: lines(values.agreementsSigned),
        },
      }),
    ),
  );
  return (
    <ActionModal<ReportValues>
      title="Báo cáo kết quả chuyến thăm"
      okText="Nộp báo cáo"
      onClose={onClose}
      onSubmit={async (values) => {
        await file.mutateAsync(values);
        onDone();
        return `Đã nộp báo cáo kết quả chuyến thăm${of(delegation)}.`;
      }}
    >
      {() => (
        <>
          <Form.Item label="Tóm tắt kết quả" name="summary" rules={required('Nhập tóm tắt kết quả')}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item label="Kết quả cụ thể (mỗi dòng một kết quả)" name="outcomes">
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item label="Văn bản đã ký (mỗi dòng một văn bản)" name="agreementsSigned">
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

/** Leadership's decision on the revision shown (If-Match), with a note. */
export function Decide({
  delegation,
  decision,
  onDone,
  onClose,
}: ActionProps & { decision: 'approve' | 'reject' }) {
  const api = useApi();
  const decide = useVisitCommand(
    delegation,
    ({ note }: { note?: string }) =>
      ok(
        api.POST('/delegations/{id}/decision', {
          params: { path: { id: delegation.id }, header: ifMatch(delegation.revision) },
          body: { decision, note: note || undefined },
        }),
      ),
    'decision',
  );
  return (
    <ActionModal<{ note?: string }>
      title={decision === 'approve' ? 'Đồng ý tiếp đoàn' : 'Không đồng ý tiếp đoàn'}
      okText={decision === 'approve' ? 'Đồng ý' : 'Không đồng ý'}
      danger={decision === 'reject'}
      onClose={onClose}
      onSubmit={async (values) => {
        await decide.mutateAsync(values);
        onDone();
        return decision === 'approve'
          ? `Đã đồng ý tiếp đoàn${of(delegation)}.`
          : `Đã ghi ý kiến không đồng ý tiếp đoàn${of(delegation)}.`;
      }}
    >
      {() => (
        <Form.Item label="Ý kiến của lãnh đạo" name="note">
          <Input.TextArea rows={3} />
        </Form.Item>
      )}
    </ActionModal>
  );
}

interface TaskValues {
  note?: string;
  attachmentId?: string;
  approvalId?: string;
}

/**
 * Marks a task of the compliance report done on the revision shown (If-Match): a note, and the
 * dossier file or the recorded permit that shows it, when there is one.
 */
export function FinishTask({
  delegation,
  task,
  approvals = [],
  onDone,
  onClose,
}: ActionProps & {
  task: { key: string; title: string };
  approvals?: readonly Pick<
    Delegation['approvals'][number],
    'id' | 'documentNumber' | 'documentDate' | 'issuingBody'
  >[];
}) {
  const api = useApi();
  const files = useAttachments(delegation.id);
  const finish = useVisitCommand(delegation, (values: TaskValues) =>
    ok(
      api.POST('/delegations/{id}/tasks/{taskKey}/done', {
        params: { path: { id: delegation.id, taskKey: task.key }, header: ifMatch(delegation.revision) },
        body: { ...values, note: values.note?.trim() || undefined },
      }),
    ),
  );
  const kept = (files.data?.attachments ?? []).filter((file) => file.status === 'available');
  return (
    <ActionModal<TaskValues>
      title={`Hoàn thành: ${task.title}`}
      okText="Đánh dấu đã xong"
      onClose={onClose}
      onSubmit={async (values) => {
        await finish.mutateAsync(values);
        onDone();
        return `Đã hoàn thành "${task.title}"${delegation.name ? ` của đoàn ${delegation.name}` : ''}.`;
      }}
    >
      {() => (
        <>
          <Form.Item label="Ghi chú (số công văn đã gửi, người nhận…)" name="note">
            <Input.TextArea rows={3} />
          </Form.Item>
          {kept.length > 0 && (
            <Form.Item label="Tệp trong hồ sơ chứng minh (nếu có)" name="attachmentId">
              <Select allowClear options={kept.map((file) => ({ value: file.id, label: file.fileName }))} />
            </Form.Item>
          )}
          {approvals.length > 0 && (
            <Form.Item label="Văn bản cho phép đã ghi nhận (nếu có)" name="approvalId">
              <Select
                allowClear
                options={approvals.map((approval) => ({
                  value: approval.id,
                  label: `Số ${approval.documentNumber} ngày ${formatDate(approval.documentDate)} — ${approval.issuingBody}`,
                }))}
              />
            </Form.Item>
          )}
        </>
      )}
    </ActionModal>
  );
}
