/**
 * A year's public holidays and make-up working days, corrected from the government's notice; the
 * visits not yet started are checked again by the backend. Saved on the version read (If-Match).
 */
import { Alert, App, Button, DatePicker, Form, Input, Select, Space, Switch, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiError, ifMatch, ok, vietnameseMessage } from '../api';
import { useApi } from '../context';
import { useRefresh } from '../data/commands';
import { useHolidayYear } from '../data/directories';
import { formatDate } from '../format';
import { issueText } from '../issues';

interface Values {
  official: boolean;
  notice: string;
  daysOff: Dayjs[];
  makeUpWorkingDays: Dayjs[];
}

const days = (values: Dayjs[] | undefined) =>
  (values ?? []).map((value) => value.format('YYYY-MM-DD')).sort();

export function HolidayEditor() {
  const api = useApi();
  const refresh = useRefresh();
  const { message, modal } = App.useApp();
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const current = useHolidayYear(year);
  const entry = current.data?.items[0];

  useEffect(() => {
    if (!entry) return;
    form.setFieldsValue({
      official: entry.official,
      notice: entry.version > 0 ? entry.source : '',
      daysOff: entry.daysOff.map((day) => dayjs(day)),
      makeUpWorkingDays: entry.makeUpWorkingDays.map((day) => dayjs(day)),
    });
  }, [entry, form]);

  /** What the backend says saving would re-check, for admin to confirm first. */
  async function confirmImpact(body: Parameters<typeof previewOf>[0]): Promise<boolean> {
    const impact = await previewOf(body);
    if (impact.changedDays.length === 0) return true;
    const meetings = impact.meetingsOnNewDaysOff.map(
      (meeting) => `"${meeting.title}" (${formatDate(meeting.start.slice(0, 10))})`,
    );
    return new Promise((resolve) => {
      modal.confirm({
        title: 'Lưu thay đổi ngày nghỉ?',
        content: [
          `Thay đổi ${impact.changedDays.length} ngày (${impact.changedDays.map(formatDate).join(', ')}).`,
          impact.visitsToRecheck > 0
            ? `Hệ thống sẽ kiểm tra lại ${impact.visitsToRecheck} đoàn chưa đến có thời hạn hoặc lịch làm việc liên quan; cơ quan nào có nội dung thay đổi mới nhận thư.`
            : 'Không đoàn nào phải kiểm tra lại.',
          ...(meetings.length
            ? [`Cuộc làm việc rơi vào ngày nghỉ mới, Văn phòng Sở cần dời: ${meetings.join('; ')}.`]
            : []),
        ].join(' '),
        okText: 'Lưu',
        cancelText: 'Xem lại',
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });
  }

  const previewOf = (body: {
    official: boolean;
    notice: string;
    daysOff: string[];
    makeUpWorkingDays: string[];
  }) => ok(api.POST('/calendar/holidays/{year}/preview', { params: { path: { year } }, body }));

  async function save(values: Values) {
    if (!entry) return;
    setFailure(undefined);
    const body = {
      official: values.official,
      notice: values.notice,
      daysOff: days(values.daysOff),
      makeUpWorkingDays: days(values.makeUpWorkingDays),
    };
    try {
      if (!(await confirmImpact(body))) return;
      await ok(
        api.PUT('/calendar/holidays/{year}', {
          params: { path: { year }, header: ifMatch(entry.version) },
          body,
        }),
      );
      message.success(`Đã lưu ngày nghỉ năm ${year}; các đoàn liên quan được kiểm tra lại.`);
    } catch (error) {
      setFailure(
        error instanceof ApiError
          ? [vietnameseMessage(error), ...(error.details.issues ?? []).map(issueText)].join(' ')
          : 'Không kết nối được với hệ thống.',
      );
    }
    await refresh({ kind: 'holidays' });
  }

  return (
    <Form<Values> form={form} layout="vertical" onFinish={save} style={{ maxWidth: 720 }}>
      <Form.Item label="Năm">
        <Select
          aria-label="Năm"
          value={year}
          onChange={setYear}
          options={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((value) => ({
            value,
            label: String(value),
          }))}
        />
      </Form.Item>
      <Form.Item label="Theo thông báo chính thức" name="official" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item
        label="Số, ngày của thông báo"
        name="notice"
        rules={[{ required: true, message: 'Nhập số, ngày của thông báo' }]}
      >
        <Input />
      </Form.Item>
      <Form.Item label="Ngày nghỉ (ngoài thứ Bảy, Chủ nhật)" name="daysOff">
        <DatePicker
          multiple
          aria-label="Ngày nghỉ (ngoài thứ Bảy, Chủ nhật)"
          format="DD/MM/YYYY"
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item label="Ngày làm bù (thứ Bảy, Chủ nhật đi làm)" name="makeUpWorkingDays">
        <DatePicker
          multiple
          aria-label="Ngày làm bù (thứ Bảy, Chủ nhật đi làm)"
          format="DD/MM/YYYY"
          style={{ width: '100%' }}
        />
      </Form.Item>
      {entry && Object.keys(entry.names).length > 0 && (
        <Table
          size="small"
          pagination={false}
          style={{ marginBottom: 16 }}
          caption={`Các ngày đã lưu của năm ${year}`}
          rowKey="date"
          dataSource={Object.entries(entry.names)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([date, name]) => ({ date, name, off: entry.daysOff.includes(date) }))}
          columns={[
            { title: 'Ngày', width: 120, render: (_, day) => formatDate(day.date) },
            { title: 'Ngày lễ, Tết', dataIndex: 'name' },
            { title: 'Loại', width: 120, render: (_, day) => (day.off ? 'Nghỉ' : 'Làm bù') },
          ]}
        />
      )}
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
      <Space>
        <Button type="primary" htmlType="submit">
          Lưu ngày nghỉ năm {year}
        </Button>
      </Space>
    </Form>
  );
}
