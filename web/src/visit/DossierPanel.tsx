/**
 * The visit's dossier: the files kept with it, and an upload that goes straight to the bucket
 * through the URL the API signs, then is checked by the API (declared type and size).
 */
import { App, Button, Form, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd/es/upload/interface';
import { useRef, useState } from 'react';
import { ApiError, ok, vietnameseMessage } from '../api';
import { useApi, useHasRole } from '../context';
import { useRefresh } from '../data/commands';
import { useAttachments } from '../data/visits';
import { formatDateTime } from '../format';
import { tagColors } from '../labels';
import { DeleteAttachment } from './DeleteAttachment';

const kindNames = {
  'partner-letter': 'Công văn của đối tác',
  permit: 'Giấy phép, văn bản cho phép',
  decision: 'Quyết định',
  'signed-document': 'Văn bản đã ký',
  photo: 'Ảnh',
  'passport-scan': 'Bản chụp hộ chiếu (xóa khi hết thời hạn lưu giữ)',
  other: 'Khác',
} as const;
type Kind = keyof typeof kindNames;

const statusNames = {
  pending: ['Chờ kiểm tra', tagColors.grey],
  available: ['Đã lưu', tagColors.green],
  refused: ['Bị từ chối', tagColors.red],
  deleted: ['Đã xóa', tagColors.grey],
} as const;

const accepted = ['.pdf', '.docx', '.xlsx', '.jpg', '.jpeg', '.png'];
const megabytes = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const sizeOf = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${megabytes.format(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`;

interface Approval {
  id: string;
  documentNumber: string;
}

interface Values {
  kind: Kind;
  approvalId?: string;
}

export function DossierPanel({
  delegationId,
  approvals,
}: {
  delegationId: string;
  approvals: readonly Approval[];
}) {
  const api = useApi();
  const refreshAfter = useRefresh();
  const refresh = () => refreshAfter({ kind: 'attachment', id: delegationId });
  const { message } = App.useApp();
  const office = useHasRole('office');
  const admin = useHasRole('admin');
  const [deleting, setDeleting] = useState<{ id: string; fileName: string }>();
  const [file, setFile] = useState<UploadFile & { originFileObj?: File }>();
  const [sending, setSending] = useState(false);
  // One Idempotency-Key per file chosen: a retried request gives the same record.
  const key = useRef(crypto.randomUUID());
  const list = useAttachments(delegationId);

  const maxBytes = list.data?.maxUploadBytes;
  const tooLarge = () =>
    message.error(
      maxBytes ? `Tệp quá lớn: tối đa ${sizeOf(maxBytes)}.` : 'Tệp vượt quá dung lượng cho phép.',
    );

  async function upload(values: Values) {
    const chosen = file?.originFileObj;
    if (!chosen) return void message.error('Chọn tệp cần tải lên.');
    if (maxBytes && chosen.size > maxBytes) return void tooLarge();
    setSending(true);
    try {
      const declared = await ok(
        api.POST('/delegations/{id}/attachments', {
          params: { path: { id: delegationId }, header: { 'Idempotency-Key': key.current } },
          body: {
            fileName: chosen.name,
            contentType: chosen.type as never,
            size: chosen.size,
            kind: values.kind,
            approvalId: values.approvalId,
          },
        }),
      );
      const sent = await fetch(declared.upload.url, {
        method: 'PUT',
        headers: declared.upload.headers,
        body: chosen,
      });
      if (!sent.ok) throw new ApiError(sent.status, 'upload_failed', '');
      await ok(
        api.POST('/delegations/{id}/attachments/{attachmentId}/confirm', {
          params: { path: { id: delegationId, attachmentId: declared.attachment.id } },
        }),
      );
      message.success(`Đã lưu tệp "${chosen.name}" vào hồ sơ.`);
      key.current = crypto.randomUUID();
      setFile(undefined);
    } catch (error) {
      const refusal = error instanceof ApiError ? (error.details.refusalVi as string | undefined) : undefined;
      if (refusal) message.error(refusal);
      else if (error instanceof ApiError && error.status === 413) tooLarge();
      else if (error instanceof ApiError && error.code === 'validation_failed')
        message.error('Chỉ nhận tệp PDF, Word (.docx), Excel (.xlsx), JPEG hoặc PNG, tên tệp đúng đuôi.');
      else message.error(error instanceof ApiError ? vietnameseMessage(error) : 'Không tải được tệp lên.');
    } finally {
      setSending(false);
      await refresh();
    }
  }

  return (
    <>
      {office && (
        <Form<Values>
          layout="inline"
          initialValues={{ kind: 'partner-letter' }}
          onFinish={upload}
          style={{ marginBottom: 16 }}
        >
          <Form.Item label="Tệp">
            <Upload
              accept={accepted.join(',')}
              maxCount={1}
              fileList={file ? [file] : []}
              beforeUpload={() => false}
              onChange={({ fileList }) => {
                setFile(fileList[0]);
                key.current = crypto.randomUUID();
              }}
            >
              <Button>Chọn tệp</Button>
            </Upload>
          </Form.Item>
          <Form.Item label="Loại tệp" name="kind">
            <Select
              style={{ width: 220 }}
              options={Object.entries(kindNames).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item label="Chứng minh cho văn bản" name="approvalId">
            <Select
              allowClear
              style={{ width: 200 }}
              placeholder="Không"
              options={approvals.map((approval) => ({ value: approval.id, label: approval.documentNumber }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={sending}>
            Tải lên
          </Button>
        </Form>
      )}
      <Typography.Paragraph type="secondary">
        Nhận tệp PDF, Word, Excel, JPEG, PNG{maxBytes ? ` đến ${sizeOf(maxBytes)}` : ''}; nội dung tệp phải
        đúng loại đã khai. Liên kết tải về có hiệu lực 5 phút.
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        loading={list.isLoading}
        dataSource={list.data?.attachments}
        locale={{ emptyText: 'Chưa có tệp nào' }}
        columns={[
          {
            title: 'Tệp',
            render: (_, a) => (a.download ? <a href={a.download.url}>{a.fileName}</a> : a.fileName),
          },
          { title: 'Loại', render: (_, a) => kindNames[a.kind] },
          { title: 'Dung lượng', render: (_, a) => sizeOf(a.size) },
          {
            title: 'Tình trạng',
            render: (_, a) => {
              const [label, color] = statusNames[a.status];
              const why =
                a.refusal ??
                (a.deletion ? `${a.deletion.reason} (${formatDateTime(a.deletion.deletedAt)})` : '');
              return (
                <Space direction="vertical" size={0}>
                  <Tag color={color}>{label}</Tag>
                  {why && <Typography.Text type="secondary">{why}</Typography.Text>}
                </Space>
              );
            },
          },
          {
            title: 'Tải lên',
            render: (_, a) => `${a.createdBy.username ?? ''} · ${formatDateTime(a.createdAt)}`,
          },
          ...(admin
            ? [
                {
                  title: 'Thao tác',
                  render: (_: unknown, a: { id: string; fileName: string; status: string }) =>
                    a.status !== 'deleted' && (
                      <Button
                        danger
                        size="small"
                        aria-label={`Xóa tệp ${a.fileName}`}
                        onClick={() => setDeleting(a)}
                      >
                        Xóa
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {deleting && (
        <DeleteAttachment
          delegationId={delegationId}
          attachment={deleting}
          onClose={() => setDeleting(undefined)}
          onDone={() => void refresh()}
        />
      )}
    </>
  );
}
