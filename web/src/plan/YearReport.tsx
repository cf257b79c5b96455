/**
 * The yearly report on carrying out the plan, as the API computes it for the year's reporting
 * period: the figures on screen, the .docx to sign and the workbook to download.
 */
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Skeleton, Space, Table, Typography } from 'antd';
import { ApiError, ok, vietnameseMessage } from '../api';
import { useApi } from '../context';
import { keys } from '../data/keys';
import { saveFile } from '../download';
import { formatDate } from '../format';

const vnd = (amount: number | undefined) =>
  amount === undefined ? 'Chưa nhập' : `${amount.toLocaleString('vi-VN')} đồng`;

export function YearReport({ year }: { year: number }) {
  const api = useApi();
  const { message } = App.useApp();
  const report = useQuery({
    queryKey: keys.report('external-information', { year }),
    queryFn: async () => {
      const answer = await ok(api.GET('/reports/external-information', { params: { query: { year } } }));
      if (typeof answer === 'string') throw new Error('Expected JSON');
      return answer;
    },
  });

  async function download(format: 'docx' | 'xlsx') {
    const { data, response } = await api.GET('/reports/external-information', {
      params: { query: { year, format } },
      parseAs: 'blob',
    });
    if (!(data instanceof Blob)) {
      message.error(vietnameseMessage(new ApiError(response.status, 'http_error', '')));
      return;
    }
    saveFile(data, response, `bao-cao-thong-tin-doi-ngoai_${year}.${format}`);
  }

  if (!report.data) return <Skeleton active />;
  const { visits, budget } = report.data;
  const counted = (rows: readonly { label: string; delegations: number }[]) =>
    rows.map((row) => `${row.label} (${row.delegations})`).join('; ') || 'Không có';
  return (
    <Card
      title={`Báo cáo kết quả thực hiện năm ${year}`}
      extra={
        <Space wrap>
          <Button onClick={() => download('docx')}>Tải dự thảo báo cáo (.docx)</Button>
          <Button onClick={() => download('xlsx')}>Tải số liệu (.xlsx)</Button>
        </Space>
      }
    >
      <Typography.Paragraph>
        Số liệu từ ngày {formatDate(report.data.from)} đến ngày {formatDate(report.data.to)}.
      </Typography.Paragraph>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          {
            key: 'visits',
            label: 'Đoàn đã đón',
            children: `${visits.delegations} đoàn, ${visits.members} lượt khách`,
          },
          { key: 'types', label: 'Theo loại đối tác', children: counted(visits.byPartnerType) },
          { key: 'countries', label: 'Theo quốc gia', children: counted(visits.byCountry) },
          {
            key: 'conferences',
            label: 'Hội nghị, hội thảo quốc tế',
            children: report.data.conferences.length,
          },
          { key: 'agreements', label: 'Thỏa thuận đã ký', children: report.data.agreements.length },
          { key: 'events', label: 'Sự kiện do Sở tổ chức', children: report.data.events.length },
          { key: 'trainings', label: 'Lớp bồi dưỡng, tập huấn', children: report.data.trainings.length },
          { key: 'estimate', label: 'Dự toán kinh phí', children: vnd(budget.planEstimateVnd) },
          { key: 'spent', label: 'Kinh phí đã sử dụng', children: vnd(budget.spentVnd) },
          {
            key: 'receptions',
            label: 'Kinh phí đón tiếp theo kế hoạch đón tiếp',
            children: vnd(budget.receptionEstimateVnd),
          },
        ]}
      />
      <Table
        style={{ marginTop: 16 }}
        size="small"
        pagination={false}
        caption="Tin, bài đã đăng trên Cổng thông tin điện tử của Sở"
        rowKey="url"
        dataSource={report.data.news}
        locale={{ emptyText: 'Chưa có tin, bài nào được đăng.' }}
        columns={[
          { title: 'Tin, bài', dataIndex: 'title' },
          { title: 'Ngày đăng', width: 120, render: (_, row) => formatDate(row.publishedOn) },
          {
            title: 'Đường dẫn',
            render: (_, row) => (
              <a href={row.url} target="_blank" rel="noreferrer">
                {row.url}
              </a>
            ),
          },
        ]}
      />
    </Card>
  );
}
