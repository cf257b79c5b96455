/**
 * The dossier's photos chosen to publish with a news item: picked with a caption by the Office, and
 * listed with their download links for whoever reads the item (the Information Centre uploads them
 * to the portal).
 */
import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, List, Select, Space, Typography } from 'antd';
import { newsLimits } from '../../../shared/domain/news-limits';
import { ok } from '../api';
import { useApi } from '../context';
import { keys } from '../data/keys';

/** The photos kept in the visit's dossier, to choose from. */
function useDossierPhotos(delegationId: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.attachments(delegationId),
    queryFn: () => ok(api.GET('/delegations/{id}/attachments', { params: { path: { id: delegationId } } })),
    select: (dossier) =>
      dossier.attachments.filter((file) => file.kind === 'photo' && file.status === 'available'),
  });
}

/** Inside the Office's news form: the `photos` field, one row per chosen photo. */
export function NewsPhotoPicker({ delegationId }: { delegationId: string }) {
  const photos = useDossierPhotos(delegationId);
  const options = (photos.data ?? []).map((file) => ({ value: file.id, label: file.fileName }));
  return (
    <>
      <Typography.Title level={3}>Ảnh đăng kèm</Typography.Title>
      <Form.List name="photos">
        {(fields, { add, remove }) => (
          <>
            {fields.map(({ key, name }, index) => (
              <Space key={key} align="start" wrap style={{ display: 'flex' }}>
                <Form.Item
                  name={[name, 'attachmentId']}
                  rules={[{ required: true, message: 'Chọn ảnh trong hồ sơ.' }]}
                  style={{ minWidth: 260 }}
                >
                  <Select aria-label={`Ảnh ${index + 1}`} options={options} />
                </Form.Item>
                <Form.Item
                  name={[name, 'caption']}
                  rules={[{ required: true, whitespace: true, message: 'Nhập chú thích ảnh.' }]}
                  style={{ minWidth: 320 }}
                >
                  <Input aria-label={`Chú thích ảnh ${index + 1}`} maxLength={newsLimits.caption} />
                </Form.Item>
                <Button onClick={() => remove(name)}>Bỏ ảnh {index + 1}</Button>
              </Space>
            ))}
            {options.length > 0 ? (
              fields.length < newsLimits.photos && (
                <Button onClick={() => add({ caption: '' })} style={{ marginBottom: 16 }}>
                  Thêm ảnh từ hồ sơ
                </Button>
              )
            ) : (
              <Typography.Paragraph type="secondary">
                Hồ sơ đoàn chưa có ảnh; tải ảnh lên ở mục Hồ sơ lưu (loại "Ảnh") để đăng kèm tin.
              </Typography.Paragraph>
            )}
          </>
        )}
      </Form.List>
    </>
  );
}

/** The chosen photos as the reader sees them: caption, file and a download link valid for minutes. */
export function NewsPhotoList({
  photos,
}: {
  photos: readonly { attachmentId: string; caption: string; fileName: string; download: { url: string } }[];
}) {
  if (!photos.length) return null;
  return (
    <List
      header={<Typography.Text strong>Ảnh đăng kèm</Typography.Text>}
      dataSource={[...photos]}
      rowKey="attachmentId"
      renderItem={(photo) => (
        <List.Item>
          <Space direction="vertical" size={0}>
            <Typography.Text>{photo.caption}</Typography.Text>
            <Typography.Link href={photo.download.url}>Tải ảnh {photo.fileName}</Typography.Link>
          </Space>
        </List.Item>
      )}
    />
  );
}
