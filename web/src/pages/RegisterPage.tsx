import { Alert, App, Button, Form, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, ok, vietnameseMessage } from '../api';
import { checkedValues, missingMessage } from '../checked-values';
import { useApi } from '../context';
import { useRefresh } from '../data/commands';
import { applyIssues } from '../delegation/apply-issues';
import { DelegationForm } from '../delegation/DelegationForm';
import { type FormValues, toRegistration } from '../delegation/form-values';

/**
 * Registers a delegation from the partner's letter. One Idempotency-Key per form, kept across
 * retries: a double click or a dropped connection never registers the visit twice.
 */
export default function RegisterPage() {
  const api = useApi();
  const navigate = useNavigate();
  const refresh = useRefresh();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const key = useRef(crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function submit() {
    setFailure(undefined);
    // An incomplete form says how much is missing and scrolls to the first field in error.
    const values = await checkedValues(form, (count, first) => {
      setFailure(missingMessage(count));
      message.warning(missingMessage(count));
      form.scrollToField(first, { behavior: 'smooth', block: 'center', focus: true });
    });
    if (!values) return;
    setBusy(true);
    try {
      const delegation = await ok(
        api.POST('/delegations', {
          body: toRegistration(values),
          params: { header: { 'Idempotency-Key': key.current } },
        }),
      );
      key.current = crypto.randomUUID();
      await refresh({ kind: 'registered' });
      message.success('Đã đăng ký đoàn; hệ thống đang kiểm tra theo quy định.');
      navigate(`/doan/${delegation.id}`);
    } catch (error) {
      if (error instanceof ApiError) {
        applyIssues(form, error);
        setFailure(vietnameseMessage(error));
      } else setFailure('Không kết nối được với hệ thống; bấm Đăng ký lại, hồ sơ sẽ không bị tạo trùng.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        Đăng ký đoàn vào
      </Typography.Title>
      <DelegationForm form={form} />
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />}
      <Space>
        <Button type="primary" size="large" loading={busy} onClick={submit}>
          Đăng ký
        </Button>
      </Space>
    </>
  );
}
