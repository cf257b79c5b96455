/** The year's news items leadership approved: what the Information Centre publishes, and what it did. */
import { useQuery } from '@tanstack/react-query';
import { Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { planYearOf } from '../../../shared/history/plan-period';
import { ok } from '../api';
import { useApi } from '../context';
import { keys } from '../data/keys';
import { formatDate, formatDateTime, todayInVietnam } from '../format';
import { tagColors } from '../labels';
import { YearSelect } from '../YearSelect';

export default function NewsListPage() {
  const api = useApi();
  // The reporting year under way: from 15 December it is the next one (Nghị định 09/2019/NĐ-CP, Điều 12).
  const thisYear = planYearOf(todayInVietnam(), 'administrative');
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
      <YearSelect
        id="news-year"
        value={year}
        years={[thisYear - 1, thisYear, thisYear + 1]}
        onChange={setYear}
      />
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
