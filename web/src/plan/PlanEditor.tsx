/**
 * The year's external-information plan as the Office keeps it: the leader in charge and the focal
 * official (from the officials directory), the plan document, the budget, the training attended
 * and the events the Department organised. Saved as a whole on the version read (If-Match); a
 * stale copy is refused and reloaded. Leadership reads it without editing.
 */
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useEffect, useState } from 'react';
import { isLeadership } from '../../../shared/domain/leadership';
import { ApiError, ifMatch, ok, type paths, vietnameseMessage } from '../api';
import { useApi } from '../context';
import { useRefresh } from '../data/commands';
import { useOfficials } from '../data/directories';
import { keys } from '../data/keys';
import { issueText } from '../issues';
import { organisedEventKindNames } from '../labels';

type Plan = paths['/external-plan/{year}']['get']['responses']['200']['content']['application/json'];
type Training = Plan['trainings'][number];
type OrganisedEvent = Plan['events'][number];

/** Dates as the pickers hold them; everything else as the API has it. */
type Dated<T> = Omit<T, 'from' | 'to'> & { from?: Dayjs; to?: Dayjs };
interface Values {
  planDocument?: string;
  leaderId?: string;
  focalOfficialId?: string;
  estimateVnd?: number;
  spentVnd?: number;
  trainings: Dated<Training>[];
  events: Dated<OrganisedEvent>[];
}

const toPickers = <T extends { from: string; to?: string }>(record: T) => ({
  ...record,
  from: dayjs(record.from),
  to: record.to ? dayjs(record.to) : undefined,
});
const day = (value: Dayjs | undefined) => value?.format('YYYY-MM-DD');
/** Empty optional fields are left out, as the API's schemas expect. */
const cleaned = <T extends object>(record: T) =>
  Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== '' && value !== null && value !== undefined),
  ) as T;
/** A record's id, fixed when it is added, so saving twice edits the same row. */
const newId = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

function bodyOf(values: Values) {
  return cleaned({
    planDocument: values.planDocument,
    leaderId: values.leaderId,
    focalOfficialId: values.focalOfficialId,
    budget: cleaned({ estimateVnd: values.estimateVnd, spentVnd: values.spentVnd }),
    trainings: (values.trainings ?? []).map((record) =>
      cleaned({ ...record, from: day(record.from) as string, to: day(record.to) }),
    ),
    events: (values.events ?? []).map((record) =>
      cleaned({ ...record, from: day(record.from) as string, to: day(record.to) }),
    ),
  });
}

/** The two dates of a record, "Từ ngày" required, in the picker's dd/MM/yyyy. */
function Dates({ name, row, noun }: { name: number; row: number; noun: string }) {
  return (
    <Space wrap>
      <Form.Item
        label={`Từ ngày (${noun} ${row})`}
        name={[name, 'from']}
        rules={[{ required: true, message: 'Chọn ngày bắt đầu.' }]}
      >
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      <Form.Item label={`Đến ngày (${noun} ${row})`} name={[name, 'to']}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
    </Space>
  );
}

/**
 * One list of the plan's records (training, events) as cards: each with its fields, a hidden id
 * fixed when it was added, and for the Office the buttons to add and remove one.
 */
function RecordCards(props: {
  title: string;
  list: 'trainings' | 'events';
  /** "lớp", "sự kiện": names each card ("Lớp 1") and its remove button ("Xóa lớp 1"). */
  noun: string;
  editable: boolean;
  addLabel: string;
  blank(): object;
  children(name: number, row: number): ReactNode;
}) {
  const { noun, editable } = props;
  return (
    <Card title={props.title} style={{ marginBottom: 16 }}>
      <Form.List name={props.list}>
        {(fields, { add, remove }) => (
          <>
            {fields.map(({ key, name }, index) => (
              <Card
                key={key}
                size="small"
                type="inner"
                title={`${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${index + 1}`}
                style={{ marginBottom: 12 }}
              >
                <Form.Item name={[name, 'id']} hidden>
                  <Input />
                </Form.Item>
                {props.children(name, index + 1)}
                {editable && (
                  <Button onClick={() => remove(name)}>
                    Xóa {noun} {index + 1}
                  </Button>
                )}
              </Card>
            ))}
            {editable && <Button onClick={() => add(props.blank())}>{props.addLabel}</Button>}
            {!fields.length && !editable && <Typography.Text>Chưa có {noun} nào.</Typography.Text>}
          </>
        )}
      </Form.List>
    </Card>
  );
}

const required = (message: string) => [{ required: true, whitespace: true, message }];

export function PlanEditor({ year, editable }: { year: number; editable: boolean }) {
  const api = useApi();
  const refresh = useRefresh();
  const { message } = App.useApp();
  const officials = useOfficials();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const plan = useQuery({
    queryKey: keys.plan(year),
    queryFn: () => ok(api.GET('/external-plan/{year}', { params: { path: { year } } })),
  });

  useEffect(() => {
    if (!plan.data) return;
    form.resetFields();
    form.setFieldsValue({
      planDocument: plan.data.planDocument,
      leaderId: plan.data.leaderId,
      focalOfficialId: plan.data.focalOfficialId,
      estimateVnd: plan.data.budget.estimateVnd,
      spentVnd: plan.data.budget.spentVnd,
      trainings: plan.data.trainings.map(toPickers),
      events: plan.data.events.map(toPickers),
    });
  }, [plan.data, form]);

  if (!plan.data || !officials.data) return <Skeleton active />;
  const version = plan.data.version;
  const active = officials.data.items.filter((official) => official.active);
  const option = (official: (typeof active)[number]) => ({
    value: official.id,
    label: `${official.fullName}, ${official.title}`,
  });

  async function save(values: Values) {
    setBusy(true);
    setFailure(undefined);
    try {
      await ok(
        api.PUT('/external-plan/{year}', {
          params: { path: { year }, header: ifMatch(version) },
          body: bodyOf(values) as never,
        }),
      );
      message.success(`Đã lưu kế hoạch thông tin đối ngoại năm ${year}.`);
    } catch (error) {
      setFailure(
        error instanceof ApiError
          ? [
              error.status === 412
                ? 'Kế hoạch vừa được người khác lưu; trang đã tải lại bản mới nhất, vui lòng nhập lại thay đổi.'
                : vietnameseMessage(error),
              ...(error.details.issues ?? []).map(issueText),
            ].join(' ')
          : 'Không kết nối được với hệ thống.',
      );
    } finally {
      setBusy(false);
      await refresh({ kind: 'plan' });
    }
  }

  return (
    <Form<Values> form={form} layout="vertical" onFinish={save} disabled={!editable}>
      <Card title="Lãnh đạo phụ trách, công chức đầu mối, kinh phí" style={{ marginBottom: 16 }}>
        <Form.Item label="Kế hoạch của Sở (số, ngày)" name="planDocument">
          <Input placeholder="Kế hoạch số …/KH-SKHCN ngày …" maxLength={300} />
        </Form.Item>
        <Space wrap size="large">
          <Form.Item label="Lãnh đạo Sở phụ trách" name="leaderId" style={{ minWidth: 320 }}>
            <Select allowClear options={active.filter(isLeadership).map(option)} />
          </Form.Item>
          <Form.Item label="Công chức đầu mối" name="focalOfficialId" style={{ minWidth: 320 }}>
            <Select allowClear options={active.map(option)} />
          </Form.Item>
        </Space>
        <Space wrap size="large">
          <Form.Item label="Dự toán kinh phí (đồng)" name="estimateVnd">
            <InputNumber min={0} step={1_000_000} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item label="Kinh phí đã sử dụng (đồng)" name="spentVnd">
            <InputNumber min={0} step={1_000_000} style={{ width: 220 }} />
          </Form.Item>
        </Space>
      </Card>

      <RecordCards
        title="Bồi dưỡng, tập huấn cán bộ đã tham gia"
        list="trainings"
        noun="lớp"
        editable={editable}
        addLabel="Thêm lớp bồi dưỡng"
        blank={() => ({ id: newId('lop'), attendees: [] })}
      >
        {(name, row) => (
          <>
            <Form.Item label={`Tên lớp ${row}`} name={[name, 'title']} rules={required('Nhập tên lớp.')}>
              <Input maxLength={300} />
            </Form.Item>
            <Dates name={name} row={row} noun="lớp" />
            <Form.Item
              label={`Đơn vị tổ chức (lớp ${row})`}
              name={[name, 'organiser']}
              rules={required('Nhập đơn vị tổ chức.')}
            >
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item label={`Địa điểm (lớp ${row})`} name={[name, 'place']}>
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item
              label={`Người tham gia (lớp ${row})`}
              name={[name, 'attendees']}
              rules={[{ required: true, message: 'Nhập ít nhất một người tham gia.' }]}
              extra="Gõ họ tên rồi nhấn Enter; mỗi người một lần."
            >
              <Select mode="tags" open={false} />
            </Form.Item>
          </>
        )}
      </RecordCards>
      <RecordCards
        title="Sự kiện do Sở tổ chức"
        list="events"
        noun="sự kiện"
        editable={editable}
        addLabel="Thêm sự kiện"
        blank={() => ({ id: newId('su-kien'), partners: [] })}
      >
        {(name, row) => (
          <>
            <Form.Item
              label={`Tên sự kiện ${row}`}
              name={[name, 'title']}
              rules={required('Nhập tên sự kiện.')}
            >
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item
              label={`Loại hình (sự kiện ${row})`}
              name={[name, 'kind']}
              rules={[{ required: true, message: 'Chọn loại hình.' }]}
            >
              <Select
                options={Object.entries(organisedEventKindNames).map(([value, label]) => ({
                  value,
                  label,
                }))}
              />
            </Form.Item>
            <Dates name={name} row={row} noun="sự kiện" />
            <Form.Item
              label={`Địa điểm (sự kiện ${row})`}
              name={[name, 'place']}
              rules={required('Nhập địa điểm.')}
            >
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item
              label={`Đối tác tham gia (sự kiện ${row})`}
              name={[name, 'partners']}
              extra="Gõ tên rồi nhấn Enter."
            >
              <Select mode="tags" open={false} />
            </Form.Item>
            <Form.Item label={`Số người tham dự (sự kiện ${row})`} name={[name, 'participants']}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item label={`Kết quả (sự kiện ${row})`} name={[name, 'result']}>
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
            </Form.Item>
          </>
        )}
      </RecordCards>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 12 }} />}
      {editable && (
        <Button type="primary" htmlType="submit" loading={busy}>
          Lưu kế hoạch năm {year}
        </Button>
      )}
    </Form>
  );
}
