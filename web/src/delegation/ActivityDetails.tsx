/**
 * What an activity needs beyond its kind and title: a conference's plan (venue, organisers,
 * participants, programme, funding, press coverage: the Đề án of Quyết định 06/2020/QĐ-TTg), the
 * value of aid offered.
 */
import { Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';

export function ActivityDetails({ index, type }: { index: number; type?: string }) {
  const label = (text: string) => `${text} (hoạt động ${index + 1})`;
  if (type === 'aid_offer')
    return (
      <Row gutter={8}>
        <Col span={8}>
          <Form.Item label="Trị giá (đồng)" name={[index, 'valueVnd']}>
            <InputNumber controls={false} aria-label={label('Trị giá')} min={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    );
  if (type !== 'conference') return null;
  return (
    <Row gutter={8}>
      <Col span={12}>
        <Form.Item label="Địa điểm tổ chức" name={[index, 'venue']}>
          <Input aria-label={label('Địa điểm tổ chức')} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item label="Cơ quan phối hợp tổ chức" name={[index, 'organisers']}>
          <Select aria-label={label('Cơ quan phối hợp')} mode="tags" open={false} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item label="Đại biểu Việt Nam" name={[index, 'participants', 'vietnamese']}>
          <InputNumber
            controls={false}
            aria-label={label('Số đại biểu Việt Nam')}
            min={0}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item label="Đại biểu nước ngoài" name={[index, 'participants', 'foreign']}>
          <InputNumber
            controls={false}
            aria-label={label('Số đại biểu nước ngoài')}
            min={0}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item label="Nguồn kinh phí" name={[index, 'funding', 'source']}>
          <Input aria-label={label('Nguồn kinh phí')} />
        </Form.Item>
      </Col>
      <Col span={4}>
        <Form.Item label="Dự toán (đồng)" name={[index, 'funding', 'amountVnd']}>
          <InputNumber controls={false} aria-label={label('Dự toán')} min={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={20}>
        <Form.Item label="Nội dung, chương trình" name={[index, 'agenda']}>
          <Input.TextArea aria-label={label('Nội dung, chương trình')} rows={2} />
        </Form.Item>
      </Col>
      <Col span={4}>
        <Form.Item name={[index, 'mediaCoverage']} valuePropName="checked" label=" ">
          <Checkbox>Có đưa tin</Checkbox>
        </Form.Item>
      </Col>
    </Row>
  );
}
