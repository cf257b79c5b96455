/** The partner's contact person. */
import { Card, Col, Form, Input, Row } from 'antd';
import { required } from './fields';

export function ContactSection() {
  return (
    <Card title="Người liên hệ của đối tác" size="small" style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            label="Họ và tên người liên hệ"
            name={['contact', 'name']}
            rules={required('Nhập người liên hệ')}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="Thư điện tử" name={['contact', 'email']} rules={required('Nhập thư điện tử')}>
            <Input type="email" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="Điện thoại" name={['contact', 'phone']}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
