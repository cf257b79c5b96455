/** The partner's letter: its number, its date and the day the Department received it. */
import { Card, Col, DatePicker, Form, Input, Row } from 'antd';
import { DATE } from './fields';

export function SourceLetterSection() {
  return (
    <Card title="Công văn đến" size="small" style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label="Số công văn" name={['sourceLetter', 'number']}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="Ngày công văn" name={['sourceLetter', 'date']}>
            <DatePicker format={DATE} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="Ngày đến (ngày Sở nhận)" name={['sourceLetter', 'receivedOn']}>
            <DatePicker format={DATE} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
