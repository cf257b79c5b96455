/** The administrator removes a file of the dossier for good; the record keeps who, when and why. */
import { Form, Input } from 'antd';
import { ok } from '../api';
import { useApi } from '../context';
import { ActionModal } from './ActionModal';

export function DeleteAttachment({
  delegationId,
  attachment,
  onDone,
  onClose,
}: {
  delegationId: string;
  attachment: { id: string; fileName: string };
  onDone(): void;
  onClose(): void;
}) {
  const api = useApi();
  return (
    <ActionModal<{ reason: string }>
      title={`Xóa tệp "${attachment.fileName}"`}
      okText="Xóa vĩnh viễn"
      danger
      onClose={onClose}
      onSubmit={async ({ reason }) => {
        await ok(
          api.DELETE('/delegations/{id}/attachments/{attachmentId}', {
            params: { path: { id: delegationId, attachmentId: attachment.id } },
            body: { reason },
          }),
        );
        onDone();
      }}
    >
      {() => (
        <>
          <p>Tệp bị xóa vĩnh viễn khỏi kho lưu trữ; hồ sơ vẫn ghi lại người xóa, thời điểm và lý do.</p>
          <Form.Item label="Lý do xóa" name="reason" rules={[{ required: true, message: 'Nhập lý do xóa' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
