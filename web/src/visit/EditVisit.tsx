/**
 * Edits a registration on the revision the officer opened (If-Match). If someone else saved first
 * (412), it says which parts they changed and lets the officer apply their own edit on top.
 */
import { Alert, App, Button, Drawer, Form, Space } from 'antd';
import { useState } from 'react';
import { ApiError, ifMatch, ok, vietnameseMessage } from '../api';
import { checkedValues } from '../checked-values';
import { useApi } from '../context';
import { useRefresh } from '../data/commands';
import { applyIssues } from '../delegation/apply-issues';
import { DelegationForm } from '../delegation/DelegationForm';
import { type Delegation, type FormValues, fromDelegation, toRegistration } from '../delegation/form-values';

const sectionNames: Record<string, string> = {
  sourceLetter: 'Công văn đến',
  partner: 'Đối tác',
  purpose: 'Mục đích',
  topics: 'Chủ đề làm việc',
  visit: 'Thời gian đến, đi',
  itinerary: 'Lịch trình',
  activities: 'Hoạt động',
  members: 'Thành viên đoàn',
  protocolLevel: 'Hình thức',
  channel: 'Kênh đối ngoại',
  hostDivision: 'Đơn vị chủ trì',
  giftsPlanned: 'Quà tặng',
  hospitality: 'Chi phí đón tiếp',
  contact: 'Người liên hệ',
};

/** The parts of the registration that differ between two revisions. */
const changedSections = (before: Delegation, after: Delegation) =>
  Object.keys(sectionNames).filter(
    (key) =>
      JSON.stringify(before[key as keyof Delegation]) !== JSON.stringify(after[key as keyof Delegation]),
  );

export function EditVisit({
  delegation,
  onSaved,
  onClose,
}: {
  delegation: Delegation;
  onSaved(): void;
  onClose(): void;
}) {
  const api = useApi();
  const refresh = useRefresh();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [base, setBase] = useState(delegation);
  const [stale, setStale] = useState<{ latest: Delegation; sections: string[] }>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function save(onto: Delegation) {
    setFailure(undefined);
    const values = await checkedValues(form);
    if (!values) return;
    setBusy(true);
    try {
      await ok(
        api.PATCH('/delegations/{id}', {
          params: { path: { id: delegation.id }, header: ifMatch(onto.revision) },
          body: toRegistration(values),
        }),
      );
      message.success('Đã lưu thay đổi; hồ sơ được kiểm tra lại theo quy định.');
      await refresh({ kind: 'visit', id: delegation.id });
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) {
        const latest = await ok(api.GET('/delegations/{id}', { params: { path: { id: delegation.id } } }));
        setStale({ latest, sections: changedSections(base, latest) });
      } else if (error instanceof ApiError) {
        applyIssues(form, error);
        setFailure(vietnameseMessage(error));
      } else setFailure('Không kết nối được với hệ thống; vui lòng thử lại.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Drawer open size={1100} title="Sửa hồ sơ đoàn" onClose={onClose} destroyOnHidden>
      <DelegationForm form={form} initial={fromDelegation(delegation)} />
      {/* Beside the save button, where the officer is looking when the save is refused. */}
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title="Hồ sơ đã được người khác thay đổi sau khi anh/chị mở."
          description={
            <Space orientation="vertical">
              <span>
                Phần đã thay đổi:{' '}
                {stale.sections.length > 0
                  ? stale.sections.map((key) => sectionNames[key]).join(', ')
                  : 'trạng thái hồ sơ'}
                .
              </span>
              <Space>
                <Button
                  type="primary"
                  onClick={() => {
                    setBase(stale.latest);
                    const latest = stale.latest;
                    setStale(undefined);
                    void save(latest);
                  }}
                >
                  Áp dụng thay đổi của tôi lên bản mới nhất
                </Button>
                <Button
                  onClick={() => {
                    form.setFieldsValue(fromDelegation(stale.latest));
                    setBase(stale.latest);
                    setStale(undefined);
                  }}
                >
                  Bỏ thay đổi của tôi, xem bản mới nhất
                </Button>
              </Space>
            </Space>
          }
        />
      )}
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
      <Button type="primary" loading={busy} onClick={() => save(base)}>
        Lưu thay đổi
      </Button>
    </Drawer>
  );
}
