/** The history of visits: filters, newest arrival first, a page at a time (the API's cursor). */
import { Button, Card, Col, DatePicker, Form, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { countryCodes } from '../../../shared/domain/countries';
import { type HistoryQuery, useHistory } from '../data/lists';
import { countryName, formatDays } from '../format';
import { partnerTypeNames, statusColors, statusNames } from '../labels';
import { VisitLink } from '../visit/VisitLink';

type Query = HistoryQuery;
interface Filters {
  q?: string;
  country?: string;
  partnerType?: Query['partnerType'];
  status?: Query['status'];
  topic?: string;
  period?: [Dayjs, Dayjs];
}

const options = (names: Record<string, string>) =>
  Object.entries(names).map(([value, label]) => ({ value, label }));

export default function HistoryPage() {
  const [filters, setFilters] = useState<Filters>({});
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors.at(-1);
  const query: Query = {
    q: filters.q?.trim() || undefined,
    country: filters.country,
    partnerType: filters.partnerType,
    status: filters.status,
    topic: filters.topic?.trim() || undefined,
    from: filters.period?.[0].format('YYYY-MM-DD'),
    to: filters.period?.[1].format('YYYY-MM-DD'),
    limit: 20,
    cursor,
  };
  const page = useHistory(query);
  const countries = useMemo(
    () =>
      countryCodes
        .map((code) => ({ value: code, label: countryName(code) }))
        .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    [],
  );

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        Lịch sử đoàn vào
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form<Filters>
          layout="vertical"
          onFinish={(values) => {
            setFilters(values);
            setCursors([undefined]);
          }}
        >
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item label="Tìm theo tên đối tác, thành viên (không cần dấu)" name="q">
                <Input allowClear />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="Quốc gia" name="country">
                <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={countries} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="Loại đối tác" name="partnerType">
                <Select allowClear options={options(partnerTypeNames)} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="Trạng thái" name="status">
                <Select allowClear options={options(statusNames)} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="Chủ đề" name="topic">
                <Input allowClear />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="Thời gian đến (từ ngày – đến ngày)" name="period">
                <DatePicker.RangePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit">
            Tìm
          </Button>
        </Form>
      </Card>
      <Table
        rowKey="id"
        loading={page.isLoading}
        pagination={false}
        dataSource={page.data?.items}
        locale={{ emptyText: 'Không có đoàn nào phù hợp' }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: 'Số tiếp nhận', width: 110, render: (_, item) => item.receiptNumber ?? '' },
          {
            title: 'Đối tác',
            render: (_, item) => (
              <VisitLink id={item.id}>{item.partner.nameVi ?? item.partner.name}</VisitLink>
            ),
          },
          { title: 'Quốc gia', render: (_, item) => countryName(item.partner.country) },
          { title: 'Loại', render: (_, item) => partnerTypeNames[item.partner.type] },
          {
            title: 'Thời gian',
            width: 200,
            render: (_, item) => formatDays(item.visit.arrival, item.visit.departure),
          },
          { title: 'Số người', width: 90, dataIndex: 'members' },
          {
            title: 'Trạng thái',
            render: (_, item) => <Tag color={statusColors[item.status]}>{item.statusVi}</Tag>,
          },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          Trang trước
        </Button>
        <Button
          disabled={!page.data?.nextCursor}
          onClick={() => setCursors([...cursors, page.data?.nextCursor])}
        >
          Trang sau
        </Button>
      </Space>
    </>
  );
}
