/** Reports for leadership: the summary of a period as a table and a chart, the visits, and downloads. */
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError, ok, vietnameseMessage } from '../api';
import { useApi } from '../context';
import { keys } from '../data/keys';
import { saveFile } from '../download';
import { formatDate } from '../format';

const groupings = {
  month: 'Theo tháng',
  quarter: 'Theo quý',
  country: 'Theo quốc gia',
  partnerType: 'Theo loại đối tác',
} as const;
type GroupBy = keyof typeof groupings;

interface Period {
  range: [Dayjs, Dayjs];
  groupBy: GroupBy;
}

/** The JSON answer of a route that also answers with files (asked for JSON here). */
const json = <T,>(answer: T): Exclude<T, string> => {
  if (typeof answer === 'string') throw new Error('Expected JSON');
  return answer as Exclude<T, string>;
};

export default function ReportsPage() {
  const api = useApi();
  const { message } = App.useApp();
  const [period, setPeriod] = useState<Period>({
    range: [dayjs().startOf('year'), dayjs().endOf('year')],
    groupBy: 'month',
  });
  const query = {
    from: period.range[0].format('YYYY-MM-DD'),
    to: period.range[1].format('YYYY-MM-DD'),
    groupBy: period.groupBy,
  };
  const summary = useQuery({
    queryKey: keys.report('summary', query),
    queryFn: () => ok(api.GET('/reports/summary', { params: { query } })).then(json),
  });
  const visits = useQuery({
    queryKey: keys.report('visits', { from: query.from, to: query.to }),
    queryFn: () =>
      ok(api.GET('/reports/visits', { params: { query: { from: query.from, to: query.to } } })).then(json),
  });

  async function download(format: 'csv' | 'xlsx') {
    const { data, error, response } = await api.GET('/reports/summary', {
      params: { query: { ...query, format } },
      parseAs: 'blob',
    });
    if (error !== undefined || !(data instanceof Blob)) {
      message.error(vietnameseMessage(new ApiError(response.status, 'http_error', '')));
      return;
    }
    saveFile(data, response, `bao-cao.${format}`);
  }

  async function draftReport() {
    const { data, error, response } = await api.GET('/reports/documents/periodic', {
      params: { query: { from: query.from, to: query.to } },
      parseAs: 'blob',
    });
    if (error !== undefined || !(data instanceof Blob)) {
      message.error(vietnameseMessage(new ApiError(response.status, 'http_error', '')));
      return;
    }
    saveFile(data, response, 'bao-cao.docx');
  }

  const rows = summary.data?.rows ?? [];
  const most = Math.max(1, ...rows.map((row) => row.delegations));
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        Báo cáo
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form<Period> layout="inline" initialValues={period} onFinish={setPeriod}>
          <Form.Item label="Kỳ báo cáo" name="range" rules={[{ required: true, message: 'Chọn kỳ báo cáo' }]}>
            <DatePicker.RangePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item label="Nhóm" name="groupBy">
            <Select
              style={{ width: 190 }}
              options={Object.entries(groupings).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            Xem báo cáo
          </Button>
        </Form>
      </Card>
      <Space style={{ marginBottom: 16 }}>
        <Button onClick={() => download('xlsx')}>Tải về Excel (.xlsx)</Button>
        <Button onClick={() => download('csv')}>Tải về CSV</Button>
        <Button onClick={draftReport}>Dự thảo báo cáo (.docx)</Button>
      </Space>
      {summary.data && (
        <Typography.Title level={2} style={{ fontSize: 18 }}>
          {summary.data.title}
        </Typography.Title>
      )}
      <figure aria-label="Biểu đồ số đoàn theo nhóm" style={{ margin: '0 0 16px' }}>
        {rows.map((row) => (
          <div key={row.group} style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 4 }}>
            <span style={{ width: 180, textAlign: 'right' }}>{row.label}</span>
            <span
              style={{
                background: '#b91c1c',
                height: 16,
                width: `${(row.delegations / most) * 60}%`,
                minWidth: 2,
              }}
            />
            <span>{row.delegations} đoàn</span>
          </div>
        ))}
      </figure>
      <Table
        size="small"
        rowKey="group"
        loading={summary.isLoading}
        pagination={false}
        dataSource={rows}
        summary={() =>
          summary.data && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>Tổng cộng</Table.Summary.Cell>
              <Table.Summary.Cell index={1}>{summary.data.totals.delegations}</Table.Summary.Cell>
              <Table.Summary.Cell index={2}>{summary.data.totals.members}</Table.Summary.Cell>
              <Table.Summary.Cell index={3}>{summary.data.totals.meetings}</Table.Summary.Cell>
              <Table.Summary.Cell index={4}>{summary.data.totals.approved}</Table.Summary.Cell>
              <Table.Summary.Cell index={5}>{summary.data.totals.rejected}</Table.Summary.Cell>
              <Table.Summary.Cell index={6}>{summary.data.totals.cancelled}</Table.Summary.Cell>
            </Table.Summary.Row>
          )
        }
        columns={[
          { title: 'Nhóm', dataIndex: 'label' },
          { title: 'Số đoàn', dataIndex: 'delegations' },
          { title: 'Số người', dataIndex: 'members' },
          { title: 'Số cuộc họp', dataIndex: 'meetings' },
          { title: 'Đồng ý', dataIndex: 'approved' },
          { title: 'Không đồng ý', dataIndex: 'rejected' },
          { title: 'Đã hủy', dataIndex: 'cancelled' },
        ]}
      />
      <Typography.Title level={2} style={{ marginTop: 24, fontSize: 18 }}>
        Danh sách đoàn trong kỳ
      </Typography.Title>
      <Table
        size="small"
        rowKey="id"
        loading={visits.isLoading}
        dataSource={visits.data?.items}
        columns={[
          { title: 'Đối tác', render: (_, v) => v.partnerNameVi ?? v.partnerName },
          { title: 'Quốc gia', dataIndex: 'countryName' },
          { title: 'Số người', dataIndex: 'members' },
          { title: 'Đến', render: (_, v) => formatDate(v.arrival) },
          { title: 'Đi', render: (_, v) => formatDate(v.departure) },
          { title: 'Đơn vị chủ trì', dataIndex: 'hostDivision' },
          { title: 'Trạng thái', dataIndex: 'statusVi' },
        ]}
      />
    </>
  );
}
