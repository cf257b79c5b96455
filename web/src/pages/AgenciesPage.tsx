/**
 * The agency directory: where each agency's notices go, who sees full passport numbers, and the
 * addresses suspended after a bounce or complaint (with the reason), which admin re-enables once fixed.
 * Every change saves the whole list on the version read (If-Match), so two admins never overwrite each other.
 */
import { Alert, App, Button, Input, Modal, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, ifMatch, ok, type paths, vietnameseMessage } from '../api';
import { useApi } from '../context';
import { useRefresh } from '../data/commands';
import { useAgencies } from '../data/directories';
import { formatDateTime } from '../format';
import { tagColors } from '../labels';

type Agency = paths['/agencies']['get']['responses']['200']['content']['application/json']['items'][number];

export default function AgenciesPage() {
  const api = useApi();
  const refresh = useRefresh();
  const { message } = App.useApp();
  const directory = useAgencies();
  const [editing, setEditing] = useState<{ agency: Agency; text: string }>();
  const [renaming, setRenaming] = useState<{ agency: Agency; name: string }>();
  const [failure, setFailure] = useState<string>();

  async function save(change: (agency: Agency) => Agency, key: Agency['key'], done: string) {
    if (!directory.data) return;
    setFailure(undefined);
    try {
      await ok(
        api.PUT('/agencies', {
          params: { header: ifMatch(directory.data.version) },
          body: directory.data.items.map((agency) => (agency.key === key ? change(agency) : agency)),
        }),
      );
      message.success(done);
    } catch (error) {
      setFailure(
        error instanceof ApiError && error.status === 412
          ? 'Danh bạ vừa được thay đổi (có thể do thư bị trả lại); đã tải bản mới nhất, hãy thực hiện lại.'
          : error instanceof ApiError
            ? vietnameseMessage(error)
            : 'Không kết nối được với hệ thống.',
      );
    }
    await refresh({ kind: 'directory', name: 'agencies' });
  }

  const setSuspended = (agency: Agency, address: string, suspended: boolean) =>
    save(
      (a) => ({
        ...a,
        emails: a.emails.map((email) =>
          email.address !== address
            ? email
            : suspended
              ? {
                  address,
                  suspended: { reason: 'Quản trị viên tạm dừng gửi', since: new Date().toISOString() },
                }
              : { address },
        ),
      }),
      agency.key,
      suspended ? `Đã tạm dừng gửi tới ${address}.` : `Đã bật lại địa chỉ ${address}.`,
    );

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        Cơ quan nhận thông báo
      </Typography.Title>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
      <Table
        rowKey="key"
        loading={directory.isLoading}
        pagination={false}
        dataSource={directory.data?.items}
        columns={[
          {
            title: 'Cơ quan',
            render: (_, agency) => (
              <Space orientation="vertical" size={4}>
                <span>{agency.name}</span>
                {agency.toConfirm && (
                  // The shipped name of a body the 2025 reorganisations may have renamed: admin confirms it.
                  <Space wrap size={4}>
                    <Tag color={tagColors.gold}>Tên mặc định, cần xác nhận</Tag>
                    <Button
                      size="small"
                      onClick={() =>
                        save(
                          (a) => ({ ...a, toConfirm: false }),
                          agency.key,
                          `Đã xác nhận tên ${agency.name}.`,
                        )
                      }
                    >
                      Xác nhận tên {agency.name}
                    </Button>
                  </Space>
                )}
                <Button size="small" type="link" onClick={() => setRenaming({ agency, name: agency.name })}>
                  Sửa tên {agency.name}
                </Button>
              </Space>
            ),
          },
          {
            title: 'Địa chỉ thư điện tử',
            render: (_, agency) => (
              <Space orientation="vertical">
                {agency.emails.map((email) => (
                  <Space key={email.address} wrap>
                    <span>{email.address}</span>
                    {email.suspended ? (
                      <>
                        <Tag color={tagColors.red}>
                          Tạm dừng: {email.suspended.reason} ({formatDateTime(email.suspended.since)})
                        </Tag>
                        <Button size="small" onClick={() => setSuspended(agency, email.address, false)}>
                          Bật lại {email.address}
                        </Button>
                      </>
                    ) : (
                      <Button size="small" onClick={() => setSuspended(agency, email.address, true)}>
                        Tạm dừng {email.address}
                      </Button>
                    )}
                  </Space>
                ))}
                <Button
                  size="small"
                  type="link"
                  onClick={() => setEditing({ agency, text: agency.emails.map((e) => e.address).join('\n') })}
                >
                  Sửa địa chỉ của {agency.name}
                </Button>
              </Space>
            ),
          },
          {
            title: 'Nhận thông báo',
            width: 130,
            render: (_, agency) => (
              <Switch
                aria-label={`${agency.name} nhận thông báo`}
                checked={agency.active}
                onChange={(active) => save((a) => ({ ...a, active }), agency.key, 'Đã lưu.')}
              />
            ),
          },
          {
            title: 'Xem đủ số hộ chiếu',
            width: 150,
            render: (_, agency) => (
              <Switch
                aria-label={`${agency.name} xem đủ số hộ chiếu`}
                checked={agency.fullPassportNumbers}
                onChange={(fullPassportNumbers) =>
                  save((a) => ({ ...a, fullPassportNumbers }), agency.key, 'Đã lưu.')
                }
              />
            ),
          },
        ]}
      />
      {renaming && (
        <Modal
          open
          title={`Tên cơ quan: ${renaming.agency.name}`}
          okText="Lưu"
          cancelText="Đóng"
          onCancel={() => setRenaming(undefined)}
          onOk={async () => {
            const name = renaming.name.trim();
            if (!name) return;
            await save((a) => ({ ...a, name, toConfirm: false }), renaming.agency.key, 'Đã lưu tên cơ quan.');
            setRenaming(undefined);
          }}
        >
          <Input
            aria-label="Tên đầy đủ của cơ quan"
            value={renaming.name}
            onChange={(event) => setRenaming({ ...renaming, name: event.target.value })}
          />
        </Modal>
      )}
      {editing && (
        <Modal
          open
          title={`Địa chỉ thư điện tử của ${editing.agency.name}`}
          okText="Lưu"
          cancelText="Đóng"
          onCancel={() => setEditing(undefined)}
          onOk={async () => {
            const addresses = editing.text.split(/[\s,;]+/).filter(Boolean);
            const kept = (address: string) =>
              editing.agency.emails.find((email) => email.address === address) ?? { address };
            await save((a) => ({ ...a, emails: addresses.map(kept) }), editing.agency.key, 'Đã lưu địa chỉ.');
            setEditing(undefined);
          }}
        >
          <Input.TextArea
            aria-label="Mỗi dòng một địa chỉ"
            rows={4}
            value={editing.text}
            onChange={(event) => setEditing({ ...editing, text: event.target.value })}
          />
        </Modal>
      )}
    </>
  );
}
