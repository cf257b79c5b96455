/**
 * The visit's news item for the Department's portal: the Office edits and submits it, leadership
 * approves or returns it, and the Office records where it was published. The panel offers exactly
 * the steps the API lists in `commands`.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { newsLimits } from '../../../shared/domain/news-limits';
import { ApiError, ifMatch, ok, type paths, vietnameseMessage } from '../api';
import { useApi } from '../context';
import { useCommand } from '../data/commands';
import { keys } from '../data/keys';
import { saveFile } from '../download';
import { formatDateTime } from '../format';
import { tagColors } from '../labels';
import { NewsPhotoList, NewsPhotoPicker } from './NewsPhotos';

const statusNames = {
  none: ['Dự thảo chưa lưu', tagColors.grey],
  draft: ['Dự thảo', tagColors.grey],
  submitted: ['Chờ lãnh đạo duyệt', tagColors.gold],
  approved: ['Đã duyệt, chờ đăng', tagColors.blue],
  returned: ['Lãnh đạo trả lại để chỉnh sửa', tagColors.red],
  published: ['Đã đăng trên Cổng thông tin', tagColors.green],
} as const;

const unavailableReasons = {
  sensitive: 'Không đưa tin: kết quả kiểm tra cho thấy chuyến thăm có nội dung nhạy cảm.',
  'visit-not-over': 'Tin bài được soạn sau khi đoàn kết thúc chuyến thăm.',
  'report-not-filed': 'Tin bài được soạn sau khi phòng chủ trì nộp báo cáo kết quả.',
} as const;

/** One step of the news item, as POST /delegations/{id}/news takes it. */
type Step = paths['/delegations/{id}/news']['post']['requestBody']['content']['application/json'];

interface TextFields {
  title: string;
  lead: string;
  body: string;
}
interface FormValues {
  vi: TextFields;
  en: TextFields;
  needsReview: boolean;
  photos: { attachmentId: string; caption: string }[];
}

/** Paragraphs as one text, a blank line between them, and back. */
const joined = (body: readonly string[]) => body.join('\n\n');
const split = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

/** How each language's fields are labelled in the form. */
const fieldLabels = {
  vi: {
    heading: 'Tiếng Việt',
    title: 'Tiêu đề',
    titleMissing: 'Nhập tiêu đề.',
    lead: 'Sa-pô (đoạn mở đầu)',
    leadMissing: 'Nhập sa-pô.',
    body: 'Nội dung (các đoạn cách nhau một dòng trống)',
    bodyRows: 6,
  },
  en: {
    heading: 'Tiếng Anh',
    title: 'Tiêu đề tiếng Anh',
    titleMissing: 'Nhập tiêu đề tiếng Anh.',
    lead: 'Sa-pô tiếng Anh',
    leadMissing: 'Nhập sa-pô tiếng Anh.',
    body: 'Nội dung tiếng Anh',
    bodyRows: 4,
  },
} as const;

/** One language's title, lead and body in the Office's form. */
function TextFields({ language }: { language: keyof typeof fieldLabels }) {
  const labels = fieldLabels[language];
  return (
    <>
      <Typography.Title level={3}>{labels.heading}</Typography.Title>
      <Form.Item
        label={labels.title}
        name={[language, 'title']}
        rules={[{ required: true, message: labels.titleMissing }]}
      >
        <Input maxLength={newsLimits.title} />
      </Form.Item>
      <Form.Item
        label={labels.lead}
        name={[language, 'lead']}
        rules={[{ required: true, message: labels.leadMissing }]}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Form.Item label={labels.body} name={[language, 'body']}>
        <Input.TextArea autoSize={{ minRows: labels.bodyRows }} />
      </Form.Item>
    </>
  );
}

/** One language's text as it will read on the portal. */
function Article({
  text,
  language,
}: {
  text: { title: string; lead: string; body: readonly string[] };
  language: string;
}) {
  return (
    <>
      <Typography.Title level={3} lang={language}>
        {text.title}
      </Typography.Title>
      <Typography.Paragraph strong lang={language}>
        {text.lead}
      </Typography.Paragraph>
      {text.body.map((paragraph) => (
        <Typography.Paragraph key={paragraph} lang={language}>
          {paragraph}
        </Typography.Paragraph>
      ))}
    </>
  );
}

export const newsKey = (delegationId: string) => [...keys.visit(delegationId), 'news'] as const;

export function NewsPanel({ delegationId }: { delegationId: string }) {
  const api = useApi();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const [url, setUrl] = useState('');
  const params = { params: { path: { id: delegationId } } };
  const news = useQuery({
    queryKey: newsKey(delegationId),
    queryFn: () => ok(api.GET('/delegations/{id}/news', params)),
  });
  const step = useCommand(
    ({ body, version }: { body: Step; version: number }) =>
      ok(
        api.POST('/delegations/{id}/news', {
          params: { path: { id: delegationId }, header: ifMatch(version) },
          body,
        }),
      ),
    () => ({ kind: 'visit', id: delegationId }),
  );

  if (!news.data) return <Skeleton active />;
  const item = news.data;
  const may = (command: (typeof item.commands)[number]) => item.commands.includes(command);
  const [statusName, statusColor] = statusNames[item.status];

  async function run(body: Step, version = item.version, success?: string) {
    try {
      const answer = await step.mutateAsync({ body, version });
      if (success) message.success(success);
      return answer;
    } catch (error) {
      message.error(error instanceof ApiError ? vietnameseMessage(error) : 'Không thực hiện được.');
      return undefined;
    }
  }

  const content = () => {
    const values = form.getFieldsValue();
    return {
      vi: { title: values.vi.title, lead: values.vi.lead, body: split(values.vi.body) },
      en: {
        title: values.en.title,
        lead: values.en.lead,
        body: split(values.en.body),
        needsReview: values.needsReview,
      },
    };
  };
  const photos = () =>
    (form.getFieldValue('photos') as FormValues['photos'] | undefined)?.map((photo) => ({
      attachmentId: photo.attachmentId,
      caption: photo.caption.trim(),
    })) ?? [];
  const edit = (): Step => ({ command: 'edit', content: content(), photos: photos() });
  const save = async () => {
    await form.validateFields();
    return run(edit(), item.version, 'Đã lưu dự thảo tin bài.');
  };
  // Unsaved changes are saved first, so leadership reads what the Office sees.
  async function submit() {
    let version = item.version;
    if (form.isFieldsTouched()) {
      await form.validateFields();
      const saved = await run(edit());
      if (!saved) return;
      version = saved.version;
    }
    await run({ command: 'submit' }, version, 'Đã trình lãnh đạo duyệt tin bài.');
  }

  async function download(format: 'html' | 'docx') {
    const { data, response } = await api.GET('/delegations/{id}/news/file', {
      params: { path: { id: delegationId }, query: { format } },
      parseAs: 'blob',
    });
    if (!(data instanceof Blob)) {
      message.error(vietnameseMessage(new ApiError(response.status, 'http_error', '')));
      return;
    }
    saveFile(data, response, `tin-bai.${format}`);
  }

  const why = item.unavailable && (
    <Alert type="info" showIcon title={unavailableReasons[item.unavailable]} style={{ marginBottom: 12 }} />
  );
  // No text: the visit has no news item (yet), and `why` says so.
  const { vi, en } = item;
  if (!vi || !en) return why || null;

  return (
    <>
      {why}
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag color={statusColor}>{statusName}</Tag>
        {item.published && (
          <Typography.Link href={item.published.url} target="_blank" rel="noreferrer">
            Xem tin trên Cổng thông tin
          </Typography.Link>
        )}
      </Space>
      {/* A returned item keeps leadership's note while the Office reworks it (submitting clears it). */}
      {(item.status === 'returned' || item.status === 'draft') && item.decided?.note && (
        <Alert
          type="warning"
          showIcon
          title={`Lãnh đạo trả lại: ${item.decided.note}`}
          style={{ marginBottom: 12 }}
        />
      )}
      {item.decided && (item.status === 'approved' || item.status === 'published') && (
        <Typography.Paragraph type="secondary">
          Lãnh đạo duyệt lúc {formatDateTime(item.decided.at)}
          {item.decided.note ? `: ${item.decided.note}` : ''}
        </Typography.Paragraph>
      )}
      {may('edit') ? (
        <Form
          form={form}
          layout="vertical"
          key={item.version}
          initialValues={{
            vi: { title: vi.title, lead: vi.lead, body: joined(vi.body) },
            en: { title: en.title, lead: en.lead, body: joined(en.body) },
            needsReview: en.needsReview,
            photos: item.photos.map(({ attachmentId, caption }) => ({ attachmentId, caption })),
          }}
        >
          <TextFields language="vi" />
          <NewsPhotoPicker delegationId={delegationId} />
          <TextFields language="en" />
          <Form.Item name="needsReview" valuePropName="checked">
            <Checkbox>Bản tiếng Anh cần biên tập lại</Checkbox>
          </Form.Item>
        </Form>
      ) : (
        <article>
          <Article text={vi} language="vi" />
          <NewsPhotoList photos={item.photos} />
          <Article text={en} language="en" />
          {en.needsReview && <Tag color={tagColors.gold}>Bản tiếng Anh cần biên tập lại</Tag>}
        </article>
      )}
      {may('publish') && (
        <Space.Compact style={{ width: '100%', maxWidth: 640, marginBottom: 12 }}>
          <Input
            aria-label="Địa chỉ tin đã đăng"
            placeholder="https://…"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
          <Button
            type="primary"
            onClick={() =>
              run({ command: 'publish', url: url.trim() }, item.version, 'Đã ghi nhận tin đã đăng.')
            }
          >
            Ghi nhận đã đăng
          </Button>
        </Space.Compact>
      )}
      <Space wrap>
        {may('edit') && <Button onClick={save}>Lưu dự thảo</Button>}
        {may('submit') && (
          <Button type="primary" onClick={submit}>
            Trình lãnh đạo duyệt
          </Button>
        )}
        {may('approve') && (
          <Button
            type="primary"
            onClick={() => run({ command: 'approve' }, item.version, 'Đã duyệt tin bài.')}
          >
            Duyệt đăng tin
          </Button>
        )}
        {may('return') && (
          <Button danger onClick={() => setReturning(true)}>
            Trả lại để chỉnh sửa
          </Button>
        )}
        <Button onClick={() => download('html')}>Tải bản HTML</Button>
        <Button onClick={() => download('docx')}>Tải bản .docx</Button>
      </Space>
      <Modal
        title="Trả lại tin bài"
        open={returning}
        okText="Trả lại"
        cancelText="Đóng"
        okButtonProps={{ disabled: !note.trim() }}
        onCancel={() => setReturning(false)}
        onOk={async () => {
          if (await run({ command: 'return', note: note.trim() }, item.version, 'Đã trả lại tin bài.'))
            setReturning(false);
        }}
      >
        <Input.TextArea
          aria-label="Nội dung cần chỉnh sửa"
          autoSize={{ minRows: 3 }}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </Modal>
    </>
  );
}
