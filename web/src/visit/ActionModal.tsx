/** A small form in a dialog that sends one command and says in Vietnamese why it was refused. */
import { Alert, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { ApiError, vietnameseMessage } from '../api';
import { issueText } from '../issues';

interface Props<T> {
  title: string;
  okText: string;
  danger?: boolean;
  onClose(): void;
  onSubmit(values: T): Promise<unknown>;
  children(form: FormInstance<T>): ReactNode;
}

export function ActionModal<T extends object>({
  title,
  okText,
  danger,
  onClose,
  onSubmit,
  children,
}: Props<T>) {
  const [form] = Form.useForm<T>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText="Đóng"
      okButtonProps={{ danger, loading: busy }}
      onCancel={onClose}
      onOk={async () => {
        // A field left out is shown on the form itself; nothing to send yet.
        const values = await form.validateFields().catch(() => undefined);
        if (!values) return;
        setBusy(true);
        setFailure(undefined);
        try {
          await onSubmit(values);
          onClose();
        } catch (error) {
          if (error instanceof ApiError) {
            const issues = error.details.issues ?? [];
            setFailure([vietnameseMessage(error), ...issues.map(issueText)].join(' '));
          } else setFailure('Không kết nối được với hệ thống; vui lòng thử lại.');
        } finally {
          setBusy(false);
        }
      }}
    >
      <Form<T> form={form} layout="vertical">
        {children(form)}
      </Form>
      {failure && <Alert type="error" showIcon role="alert" title={failure} />}
    </Modal>
  );
}
