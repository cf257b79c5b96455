/** The visit's documents drafted in the prescribed form, for the Office to complete and sign. */

import { App, Button, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { visitDocumentKinds } from '../../../shared/documents/kind-names';
import { ApiError, vietnameseMessage } from '../api';
import { useApi } from '../context';
import { useOfficials } from '../data/directories';
import { saveFile } from '../download';

type Kind = (typeof visitDocumentKinds)[number];

const documents: { kind: Kind; name: string; to: string; refusal?: string }[] = [
  { kind: 'proposal', name: 'Tờ trình đón tiếp đoàn', to: 'Giám đốc Sở' },
  {
    kind: 'guest-list-police',
    name: 'Công văn thông báo danh sách khách',
    to: 'Công an tỉnh, Văn phòng UBND tỉnh',
  },
  {
    kind: 'permission-request',
    name: 'Công văn đề nghị cho phép',
    to: 'UBND tỉnh',
    refusal: 'Đoàn không cần văn bản cho phép nào qua UBND tỉnh, hoặc đã có đủ.',
  },
  {
    kind: 'conference-plan',
    name: 'Đề án tổ chức hội nghị, hội thảo quốc tế',
    to: 'UBND tỉnh (kèm công văn đề nghị)',
    refusal: 'Đoàn không có hội nghị, hội thảo quốc tế.',
  },
  { kind: 'reception-plan', name: 'Kế hoạch đón tiếp (kèm dự toán kinh phí)', to: 'Nội bộ Sở' },
  {
    kind: 'visit-report',
    name: 'Báo cáo kết quả đón đoàn',
    to: 'UBND tỉnh',
    refusal: 'Chưa có báo cáo sau chuyến thăm; hãy nhập báo cáo kết quả trước.',
  },
];

/**
 * `availability`: which drafts the API says can be made now and why not the others (from the
 * compliance report); a draft that cannot be made yet is disabled with its reason beside it.
 */
export function DocumentsPanel({
  delegationId,
  availability,
}: {
  delegationId: string;
  availability?: readonly { kind: string; available: boolean; reasonVi?: string }[];
}) {
  const api = useApi();
  const { message } = App.useApp();
  const [signer, setSigner] = useState<string>();
  const officials = useOfficials();

  async function download(item: (typeof documents)[number]) {
    const { data, error, response } = await api.GET('/delegations/{id}/documents/{kind}', {
      params: { path: { id: delegationId, kind: item.kind }, query: signer ? { signer } : {} },
      parseAs: 'blob',
    });
    if (error !== undefined || !(data instanceof Blob)) {
      const refused = response.status === 409 && item.refusal;
      const signerRefused =
        response.status === 400 &&
        'Người được chọn không ký loại văn bản này (theo vị trí ký văn bản trong danh sách cán bộ).';
      message.error(
        refused || signerRefused || vietnameseMessage(new ApiError(response.status, 'http_error', '')),
      );
      return;
    }
    saveFile(data, response, `${item.kind}.docx`);
  }

  return (
    <>
      <Typography.Paragraph>
        Dự thảo theo thể thức Nghị định 30/2020/NĐ-CP, lập từ hồ sơ đoàn hiện tại; văn thư cấp số, ngày ban
        hành.
      </Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        <label htmlFor="document-signer">Người ký</label>
        <Select
          id="document-signer"
          allowClear
          style={{ width: 320 }}
          placeholder="Để trống tên người ký"
          value={signer}
          onChange={setSigner}
          options={(officials.data?.items ?? [])
            .filter((official) => official.active && official.position)
            .map((official) => ({
              value: official.id,
              label: `${official.fullName} — ${official.title}`,
            }))}
        />
      </Space>
      <Table
        size="small"
        rowKey="kind"
        pagination={false}
        dataSource={documents}
        columns={[
          { title: 'Văn bản', dataIndex: 'name' },
          { title: 'Gửi', dataIndex: 'to' },
          {
            title: 'Tải về',
            render: (_, item) => {
              const known = availability?.find((entry) => entry.kind === item.kind);
              // Before the first check, only the drafts that need no report can be made.
              const unavailable = known ? !known.available : item.refusal !== undefined;
              return (
                <Space wrap>
                  <Button
                    disabled={unavailable}
                    onClick={() => download(item)}
                    aria-label={`Tải dự thảo ${item.name} (.docx)`}
                  >
                    Tải dự thảo (.docx)
                  </Button>
                  {unavailable && (
                    <Typography.Text type="secondary">
                      {known?.reasonVi ?? 'Đang kiểm tra hồ sơ theo quy định…'}
                    </Typography.Text>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
    </>
  );
}
