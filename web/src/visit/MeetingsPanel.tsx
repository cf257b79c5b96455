/**
 * A visit's meetings: pick a day, a room and officials, see when they are all free, book; move or
 * cancel a meeting. A clash shows the meeting in the way; a time the rules refuse says why.
 */
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Tag,
  TimePicker,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError, ifMatch, ok, vietnameseMessage } from '../api';
import { useApi } from '../context';
import { useRefresh } from '../data/commands';
import { useOfficials, useRooms } from '../data/directories';
import { keys } from '../data/keys';
import type { VisitData } from '../data/visits';
import { atHanoi, formatDate, formatTime } from '../format';
import { tagColors } from '../labels';

type Meetings = NonNullable<VisitData['meetings']['data']>['meetings'];

interface Booking {
  title: string;
  day?: Dayjs;
  start?: Dayjs;
  end?: Dayjs;
  roomId?: string;
  officialIds?: string[];
  confidential?: boolean;
}

interface Conflict {
  title: string;
  start: string;
  end: string;
  resource: string;
}

function refusal(error: unknown): { text: string; conflicts?: Conflict[]; reasons?: string[] } {
  if (!(error instanceof ApiError)) return { text: 'Không kết nối được với hệ thống; vui lòng thử lại.' };
  return {
    text: vietnameseMessage(error),
    conflicts: error.details.conflicts as Conflict[] | undefined,
    reasons: error.details.reasonsVi as string[] | undefined,
  };
}

/**
 * `canBook`: the API allows this person to book, move and cancel the visit's meetings now (its
 * `allowedActions`); otherwise the panel only lists them.
 */
export function MeetingsPanel({
  delegationId,
  meetings,
  canBook,
}: {
  delegationId: string;
  meetings: Meetings;
  canBook: boolean;
}) {
  const api = useApi();
  const refreshAfter = useRefresh();
  const refresh = () => refreshAfter({ kind: 'meeting', id: delegationId });
  const { message } = App.useApp();
  const [form] = Form.useForm<Booking>();
  const [problem, setProblem] = useState<ReturnType<typeof refusal>>();
  const [moving, setMoving] = useState<string>();
  const rooms = useRooms();
  const officials = useOfficials();
  const day = Form.useWatch('day', form);
  const roomId = Form.useWatch('roomId', form);
  const officialIds = Form.useWatch('officialIds', form);
  const date = day?.format('YYYY-MM-DD');
  const free = useQuery({
    queryKey: keys.availabilityOf(date ?? '', roomId, officialIds),
    enabled: Boolean(date && (roomId || officialIds?.length)),
    queryFn: () =>
      ok(
        api.GET('/availability', {
          params: {
            query: { date: date as string, roomId, officialIds: officialIds?.join(',') || undefined },
          },
        }),
      ),
  });
  const roomName = (id: string) => rooms.data?.items.find((room) => room.id === id)?.name ?? id;
  const resourceName = (resource: string) => {
    const [kind, id = ''] = resource.split('#');
    return kind === 'room' ? roomName(id) : (officials.data?.items.find((o) => o.id === id)?.fullName ?? id);
  };

  async function book(values: Booking) {
    setProblem(undefined);
    const day = values.day?.format('YYYY-MM-DD') as string;
    const plan = {
      title: values.title,
      start: atHanoi(day, values.start?.format('HH:mm') as string),
      end: atHanoi(day, values.end?.format('HH:mm') as string),
      roomId: values.roomId as string,
      officialIds: values.officialIds ?? [],
      confidential: Boolean(values.confidential),
    };
    try {
      if (moving) {
        const meeting = meetings.find((m) => m.id === moving);
        await ok(
          api.PATCH('/delegations/{id}/meetings/{meetingId}', {
            params: { path: { id: delegationId, meetingId: moving }, header: ifMatch(meeting?.version ?? 0) },
            body: plan,
          }),
        );
        message.success('Đã đổi lịch họp.');
      } else {
        await ok(
          api.POST('/delegations/{id}/meetings', { params: { path: { id: delegationId } }, body: plan }),
        );
        message.success('Đã đặt lịch họp.');
      }
      setMoving(undefined);
      form.resetFields();
      // The room's and the officials' free times changed: the next look asks again.
      await refresh();
    } catch (error) {
      setProblem(refusal(error));
    }
  }

  async function cancel(meeting: Meetings[number]) {
    try {
      await ok(
        api.DELETE('/delegations/{id}/meetings/{meetingId}', {
          params: { path: { id: delegationId, meetingId: meeting.id }, header: ifMatch(meeting.version) },
        }),
      );
      message.success('Đã hủy lịch họp.');
      await refresh();
    } catch (error) {
      setProblem(refusal(error));
    }
  }

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={meetings}
        locale={{ emptyText: 'Chưa có lịch họp' }}
        columns={[
          { title: 'Nội dung', render: (_, m) => m.title },
          { title: 'Ngày', width: 110, render: (_, m) => formatDate(m.start) },
          { title: 'Giờ', width: 120, render: (_, m) => `${formatTime(m.start)}–${formatTime(m.end)}` },
          { title: 'Phòng họp', render: (_, m) => roomName(m.roomId) },
          {
            title: 'Trạng thái',
            width: 120,
            render: (_, m) =>
              m.status === 'cancelled' ? (
                <Tag color={tagColors.grey}>Đã hủy</Tag>
              ) : (
                <Tag color={tagColors.green}>Đã đặt</Tag>
              ),
          },
          ...(canBook
            ? [
                {
                  title: '',
                  width: 190,
                  render: (_: unknown, m: Meetings[number]) =>
                    m.status === 'scheduled' && (
                      <Space>
                        <Button size="small" onClick={() => setMoving(m.id)}>
                          Đổi lịch
                        </Button>
                        <Popconfirm
                          title="Hủy cuộc họp này?"
                          okText="Hủy họp"
                          cancelText="Không"
                          onConfirm={() => cancel(m)}
                        >
                          <Button size="small" danger>
                            Hủy họp
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      {canBook && (
        <Card size="small" title={moving ? 'Đổi lịch họp' : 'Đặt lịch họp'}>
          <Form<Booking>
            form={form}
            layout="vertical"
            onFinish={book}
            // Enter confirms a picker's value; only the button books (Enter in a field would submit the form).
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT')
                event.preventDefault();
            }}
          >
            <Row gutter={12}>
              <Col span={10}>
                <Form.Item
                  label="Nội dung cuộc họp"
                  name="title"
                  rules={[{ required: true, message: 'Nhập nội dung cuộc họp' }]}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item label="Ngày họp" name="day" rules={[{ required: true, message: 'Chọn ngày họp' }]}>
                  <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={9}>
                <Form.Item
                  label="Phòng họp"
                  name="roomId"
                  rules={[{ required: true, message: 'Chọn phòng họp' }]}
                >
                  <Select
                    options={rooms.data?.items
                      .filter((r) => r.active)
                      .map((r) => ({ value: r.id, label: r.name }))}
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="Cán bộ dự họp" name="officialIds">
                  <Select
                    mode="multiple"
                    options={officials.data?.items
                      .filter((o) => o.active)
                      .map((o) => ({ value: o.id, label: o.fullName }))}
                  />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Form.Item
                  label="Giờ bắt đầu"
                  name="start"
                  rules={[{ required: true, message: 'Chọn giờ bắt đầu' }]}
                >
                  <TimePicker format="HH:mm" needConfirm={false} minuteStep={5} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Form.Item
                  label="Giờ kết thúc"
                  name="end"
                  rules={[{ required: true, message: 'Chọn giờ kết thúc' }]}
                >
                  <TimePicker format="HH:mm" needConfirm={false} minuteStep={5} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Form.Item label=" " name="confidential" valuePropName="checked">
                  <Checkbox>Có nội dung mật</Checkbox>
                </Form.Item>
              </Col>
            </Row>
            {free.data && (
              <Typography.Paragraph aria-live="polite">
                Thời gian trống ngày {formatDate(free.data.date)}:{' '}
                {free.data.free.length === 0
                  ? 'không có (ngày nghỉ hoặc đã kín lịch)'
                  : free.data.free
                      .map((slot) => `${formatTime(slot.start)}–${formatTime(slot.end)}`)
                      .join(', ')}
              </Typography.Paragraph>
            )}
            {problem && (
              <Alert
                type="error"
                showIcon
                role="alert"
                style={{ marginBottom: 12 }}
                title={problem.text}
                description={
                  <>
                    {problem.reasons?.map((reason) => (
                      <div key={reason}>{reason}</div>
                    ))}
                    {problem.conflicts?.map((c) => (
                      <div key={`${c.resource}-${c.start}`}>
                        Trùng với cuộc họp “{c.title}” ({formatTime(c.start)}–{formatTime(c.end)} ngày{' '}
                        {formatDate(c.start)}) của {resourceName(c.resource)}.
                      </div>
                    ))}
                  </>
                }
              />
            )}
            <Space>
              <Button type="primary" htmlType="submit">
                {moving ? 'Lưu lịch mới' : 'Đặt lịch'}
              </Button>
              {moving && <Button onClick={() => setMoving(undefined)}>Thôi</Button>}
            </Space>
          </Form>
        </Card>
      )}
    </Space>
  );
}
