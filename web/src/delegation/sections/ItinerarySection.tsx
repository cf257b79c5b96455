/** Where the delegation goes and stays, and who manages a restricted area. */
import { Button, Card, Checkbox, Col, Form, type FormInstance, Input, Row, Select } from 'antd';
import type { FormValues } from '../form-values';
import { required } from './fields';

export function ItinerarySection({ form }: { form: FormInstance<FormValues> }) {
  return (
    <Card title="Lịch trình và nơi lưu trú" size="small" style={{ marginBottom: 16 }}>
      <Form.List name="itinerary">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Row gutter={8} key={field.key} align="middle">
                <Col xs={24} md={8}>
                  <Form.Item label="Địa điểm" name={[field.name, 'name']} rules={required('Nhập địa điểm')}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={7}>
                  <Form.Item label="Địa chỉ" name={[field.name, 'address']}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={3}>
                  <Form.Item name={[field.name, 'restrictedArea']} valuePropName="checked">
                    <Checkbox>Khu vực cấm</Checkbox>
                  </Form.Item>
                </Col>
                <Col xs={24} md={3}>
                  <Form.Item name={[field.name, 'overnightStay']} valuePropName="checked">
                    <Checkbox>Lưu trú qua đêm</Checkbox>
                  </Form.Item>
                </Col>
                <Form.Item noStyle dependencies={[['itinerary', field.name, 'restrictedArea']]}>
                  {() =>
                    form.getFieldValue(['itinerary', field.name, 'restrictedArea']) ? (
                      <Col xs={24} md={8}>
                        {/* Who manages the place permits entry (Quyết định 160/2004/QĐ-TTg). */}
                        <Form.Item label="Đơn vị quản lý khu vực" name={[field.name, 'managedBy']}>
                          <Select
                            aria-label={`Đơn vị quản lý địa điểm ${field.name + 1}`}
                            placeholder="Công an tỉnh"
                            options={[
                              { value: 'police', label: 'Công an tỉnh' },
                              { value: 'military', label: 'Bộ Chỉ huy Quân sự tỉnh (khu quân sự)' },
                            ]}
                          />
                        </Form.Item>
                      </Col>
                    ) : null
                  }
                </Form.Item>
                <Col xs={24} md={3}>
                  <Button onClick={() => remove(field.name)}>Xóa địa điểm</Button>
                </Col>
              </Row>
            ))}
            <Button onClick={() => add({ restrictedArea: false, overnightStay: false })}>
              Thêm địa điểm
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
