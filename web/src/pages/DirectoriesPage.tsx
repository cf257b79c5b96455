/** The other directories admin keeps: meeting rooms, officials, divisions, and the holiday calendar. */
import { useQuery } from '@tanstack/react-query';
import { Table, Tabs, Tag, Typography } from 'antd';
import { ok } from '../api';
import { useApi } from '../context';
import { formatDate } from '../format';
import { tagColors } from '../labels';

const active = (value: boolean) =>
  value ? <Tag color={tagColors.green}>Đang sử dụng</Tag> : <Tag color={tagColors.grey}>Ngừng sử dụng</Tag>;

export default function DirectoriesPage() {
  const api = useApi();
  const rooms = useQuery({ queryKey: ['rooms'], queryFn: () => ok(api.GET('/rooms')) });
  const officials = useQuery({ queryKey: ['officials'], queryFn: () => ok(api.GET('/officials')) });
  const divisions = useQuery({ queryKey: ['divisions'], queryFn: () => ok(api.GET('/divisions')) });
  const holidays = useQuery({ queryKey: ['holidays'], queryFn: () => ok(api.GET('/calendar/holidays')) });
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        Phòng họp, cán bộ, phòng ban, ngày nghỉ
      </Typography.Title>
      <Tabs
        items={[
          {
            key: 'rooms',
            label: 'Phòng họp',
            children: (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={rooms.data?.items}
                columns={[
                  { title: 'Mã', dataIndex: 'id' },
                  { title: 'Tên phòng', dataIndex: 'name' },
                  { title: 'Sức chứa', dataIndex: 'capacity' },
                  { title: '', render: (_, room) => active(room.active) },
                ]}
              />
            ),
          },
          {
            key: 'officials',
            label: 'Cán bộ',
            children: (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={officials.data?.items}
                columns={[
                  { title: 'Họ và tên', dataIndex: 'fullName' },
                  { title: 'Chức vụ', dataIndex: 'title' },
                  { title: 'Thư điện tử', dataIndex: 'email' },
                  { title: '', render: (_, official) => active(official.active) },
                ]}
              />
            ),
          },
          {
            key: 'divisions',
            label: 'Phòng, đơn vị',
            children: (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={divisions.data?.items}
                columns={[
                  { title: 'Tên', dataIndex: 'name' },
                  { title: 'Thư điện tử', render: (_, division) => division.emails.join(', ') },
                  { title: '', render: (_, division) => active(division.active) },
                ]}
              />
            ),
          },
          {
            key: 'holidays',
            label: 'Ngày nghỉ lễ',
            children: (
              <Table
                size="small"
                rowKey="year"
                pagination={false}
                dataSource={holidays.data?.items}
                columns={[
                  { title: 'Năm', dataIndex: 'year' },
                  { title: 'Ngày nghỉ', render: (_, year) => year.daysOff.map(formatDate).join(', ') },
                  {
                    title: 'Ngày làm bù',
                    render: (_, year) => year.makeUpWorkingDays.map(formatDate).join(', '),
                  },
                  { title: 'Căn cứ', dataIndex: 'source' },
                  {
                    title: '',
                    render: (_, year) =>
                      year.official ? (
                        <Tag color={tagColors.green}>Chính thức</Tag>
                      ) : (
                        <Tag color={tagColors.grey}>Dự kiến</Tag>
                      ),
                  },
                ]}
              />
            ),
          },
        ]}
      />
    </>
  );
}
