/** What for and when: purpose, topics, dates, protocol level, channel, host division, gifts. */
import { Card, Checkbox, Col, DatePicker, type DatePickerProps, Form, Input, Row, Select } from 'antd';
import { useDivisions } from '../../data/directories';
import { channels, DATE_TIME, options, protocolLevels, required } from './fields';

/** A day and a time to the minute, taken as typed (no OK button); Form.Item gives it value and id. */
const DateTimeInput = (props: DatePickerProps) => (
  <DatePicker
    {...props}
    showTime={{ format: 'HH:mm' }}
    placeholder="Chọn ngày và giờ"
    needConfirm={false}
    format={DATE_TIME}
    style={{ width: '100%' }}
  />
);

export function VisitSection() {
  const divisions = useDivisions();
  return (
    <Card title="Chuyến thăm" size="small" style={{ marginBottom: 16 }}>
      <Form.Item label="Mục đích" name="purpose" rules={required('Nhập mục đích chuyến thăm')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item label="Chủ đề làm việc" name="topics">
        <Select mode="tags" open={false} placeholder="Gõ chủ đề rồi nhấn Enter" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="Thời gian đến" name="arrival" rules={required('Chọn thời gian đến')}>
            <DateTimeInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="Thời gian đi" name="departure" rules={required('Chọn thời gian đi')}>
            <DateTimeInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="Hình thức" name="protocolLevel">
            <Select options={options(protocolLevels)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="Kênh đối ngoại" name="channel">
            <Select options={options(channels)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="Đơn vị chủ trì" name="hostDivision" rules={required('Chọn đơn vị chủ trì')}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={divisions.isLoading}
              options={divisions.data?.items
                .filter((d) => d.active)
                .map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="giftsPlanned" valuePropName="checked">
        <Checkbox>Có tặng quà</Checkbox>
      </Form.Item>
    </Card>
  );
}
