/**
 * A directory admin keeps (rooms, officials, divisions) as an editable table, saved as a whole on
 * the version read (If-Match): a stale copy is refused (412) and reloaded, never saved over another
 * admin's change. An entry is retired with "Đang sử dụng" off, never deleted (meetings refer to it).
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Select, Space, Switch, Table } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, vietnameseMessage } from '../api';
import { useRefresh } from '../data/commands';
import { type DirectoryName, keys } from '../data/keys';
import { issueText } from '../issues';

export interface Column {
  name: string;
  label: string;
  kind?: 'text' | 'number' | 'switch' | 'list' | 'choice';
  /** The values of a `choice`, with their labels. */
  options?: Record<string, string>;
  required?: boolean;
  width?: number;
  /** A code others refer to: fixed once saved (the API refuses a change), editable on a new row. */
  fixed?: boolean;
}

interface Props {
  name: DirectoryName;
  columns: Column[];
  blank: Record<string, unknown>;
  load(): Promise<{ items: object[]; version: number }>;
  save(items: object[], version: number): Promise<unknown>;
}

/** Empty optional fields are left out, as the API's schemas expect. */
const cleaned = (item: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(item).filter(([, value]) => value !== '' && value !== null && value !== undefined),
  );

function cell(column: Column, row: number, saved: boolean) {
  const label = `${column.label} dòng ${row + 1}`;
  if (column.fixed && saved) return <Input aria-label={label} readOnly variant="borderless" />;
  switch (column.kind) {
    case 'number':
      return <InputNumber controls={false} aria-label={label} min={1} style={{ width: '100%' }} />;
    case 'switch':
      return <Switch aria-label={label} />;
    case 'list':
      return <Select aria-label={label} mode="tags" open={false} />;
    case 'choice':
      return (
        <Select
          aria-label={label}
          allowClear
          options={Object.entries(column.options ?? {}).map(([value, text]) => ({ value, label: text }))}
        />
      );
    default:
      return <Input aria-label={label} />;
  }
}

export function DirectoryEditor({ name, columns, blank, load, save }: Props) {
  const refresh = useRefresh();
  const { message } = App.useApp();
  const directory = useQuery({ queryKey: keys.directory(name), queryFn: load });
  const savedRows = directory.data?.items.length ?? 0;
  const [form] = Form.useForm<{ items: object[] }>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (directory.data) form.setFieldsValue({ items: directory.data.items });
  }, [directory.data, form]);

  async function submit() {
    if (!directory.data) return;
    const { items } = await form.validateFields();
    setBusy(true);
    setFailure(undefined);
    try {
      await save(
        items.map((item) => cleaned(item as Record<string, unknown>)),
        directory.data.version,
      );
      message.success('Đã lưu.');
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) {
        setFailure('Danh sách vừa được người khác thay đổi; đã tải bản mới nhất, hãy sửa lại.');
      } else if (error instanceof ApiError) {
        setFailure([vietnameseMessage(error), ...(error.details.issues ?? []).map(issueText)].join(' '));
      } else setFailure('Không kết nối được với hệ thống.');
    } finally {
      setBusy(false);
      await refresh({ kind: 'directory', name });
    }
  }

  return (
    <Form form={form}>
      <Form.List name="items">
        {(fields, { add }) => (
          <>
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              loading={directory.isLoading}
              dataSource={fields}
              columns={columns.map((column) => ({
                title: column.label,
                width: column.width,
                render: (_: unknown, field: { name: number }) => (
                  <Form.Item
                    name={[field.name, column.name]}
                    valuePropName={column.kind === 'switch' ? 'checked' : 'value'}
                    rules={
                      column.required
                        ? [{ required: true, message: `Nhập ${column.label.toLowerCase()}` }]
                        : []
                    }
                    style={{ margin: 0 }}
                  >
                    {cell(column, field.name, field.name < savedRows)}
                  </Form.Item>
                ),
              }))}
            />
            {failure && (
              <Alert type="error" showIcon role="alert" title={failure} style={{ marginTop: 12 }} />
            )}
            <Space style={{ marginTop: 12 }}>
              <Button onClick={() => add(blank)}>Thêm dòng</Button>
              <Button type="primary" loading={busy} onClick={submit}>
                Lưu danh sách
              </Button>
            </Space>
          </>
        )}
      </Form.List>
    </Form>
  );
}
