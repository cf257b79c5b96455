/** Activities that need a permission: conferences, press, religion, signing, aid, the provincial leadership. */
import { Button, Card, Col, DatePicker, Form, type FormInstance, Input, Row, Select } from 'antd';
import { activityTypeNames } from '../../labels';
import { ActivityDetails } from '../ActivityDetails';
import type { FormValues } from '../form-values';
import { DATE_TIME, options, required } from './fields';

export function ActivitiesSection({ form }: { form: FormInstance<FormValues> }) {
  return (
    <Card
      title="Hoạt động cần phép (hội nghị, họp báo, tôn giáo, lãnh đạo tỉnh tiếp, ký kết, viện trợ)"
      size="small"
      style={{ marginBottom: 16 }}
    >
      <Form.List name="activities">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Row gutter={8} key={field.key} align="middle">
                <Col xs={24} md={7}>
                  <Form.Item
                    label="Loại hoạt động"
                    name={[field.name, 'type']}
                    rules={required('Chọn loại hoạt động')}
                  >
                    <Select options={options(activityTypeNames)} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item label="Tên hoạt động" name={[field.name, 'title']}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item label="Bắt đầu" name={[field.name, 'startsAt']}>
                    <DatePicker
                      showTime={{ format: 'HH:mm' }}
                      placeholder="Chọn ngày và giờ"
                      format={DATE_TIME}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={3}>
                  <Button onClick={() => remove(field.name)}>Xóa hoạt động</Button>
                </Col>
                <Col span={24}>
                  <Form.Item noStyle dependencies={[['activities', field.name, 'type']]}>
                    {() => (
                      <ActivityDetails
                        index={field.name}
                        type={form.getFieldValue(['activities', field.name, 'type'])}
                      />
                    )}
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Button onClick={() => add()}>Thêm hoạt động</Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
