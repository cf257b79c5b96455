/** The year's news items leadership approved: what the Information Centre publishes, and what it did. */
import { useQuery } from '@tanstack/react-query';
import { Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { ok } from '../api';
import { useApi } from '../context';
import { keys } from '../data/keys';
import { formatDate, formatDateTime } from '../format';
import { tagColors } from '../labels';

export default function NewsListPage() {
  const api = useApi();
  // The reporting year under way: from 15 December it is the next one (Nghị định 09/2019/NĐ-CP, Điều 12).
  const today = dayjs();
  const thisYear = today.year() + (today.month() === 11 && today.date() >= 15 ? 1 : 0);
  const [year, setYear] = useState(thisYear);
  const news = useQuery({
    queryKey: keys.newsOfYear(year),
    queryFn: () => ok(api.GET('/news', { params: { query: { year } } })),
  });
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        Tin bài đã duyệt
      </Typography.Title>
      <Space style={{ marginBottom: 16 }}>
        <span id="news-year">Năm</span>
        <Select
          aria-labelledby="news-year"
          value={year}
          onChange={setYear}
          options={[thisYear - 1, thisYear, thisYear + 1].map((value) => ({ value, label: String(value) }))}
          style={{ width: 120 }}
        />
      </Space>
      <Table
        loading={news.isLoading}
        rowKey="delegationId"
        pagination={false}
        dataSource={news.data?.items ?? []}
        locale={{ emptyText: 'Chưa có tin bài nào được lãnh đạo duyệt.' }}
        columns={[
          {
            title: 'Tin bài',
            render: (_, item) => <Link to={`/tin-bai/${item.delegationId}`}>{item.title}</Link>,
          },
          { title: 'Đoàn', dataIndex: 'partner' },
          { title: 'Ngày đến', width: 110, render: (_, item) => formatDate(item.arrival) },
          {
            title: 'Tình trạng',
            width: 200,
            render: (_, item) =>
              item.published ? (
                <Space direction="vertical" size={0}>
                  <Tag color={tagColors.green}>Đã đăng {formatDateTime(item.published.at)}</Tag>
                  <Typography.Link href={item.published.url} target="_blank" rel="noreferrer">
                    Xem trên Cổng thông tin
                  </Typography.Link>
                </Space>
              ) : (
                <Tag color={tagColors.blue}>Chờ đăng</Tag>
              ),
          },
        ]}
      />
    </>
  );
}
