/** A small form in a dialog that sends one command and says in Vietnamese why it was refused. */
import { Alert, App, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { ApiError, vietnameseMessage } from '../api';
import { issueText } from '../issues';

interface Props<T> {
  title: string;
  okText: string;
  danger?: boolean;
  onClose(): void;
  /** Sends the command; what it resolves to, when a string, is said to the user once done. */
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
  const { message } = App.useApp();
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
          const done = await onSubmit(values);
          // A command that changes the record says so: a dialog closing without a word is not enough.
          if (typeof done === 'string') message.success(done);
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
