/**
 * Who pays what and which services the Department provides: what the reception plan's budget is
 * computed from under Thông tư 35/2026/TT-BTC (three cases of cost sharing, banquet, interpreting,
 * translation, and gifts beyond the head of an A or B delegation only as a special case).
 */
import { Card, Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { costSharingNames } from '../labels';

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

export function HospitalityCard() {
  return (
    <Card title="Chi phí đón tiếp" size="small" style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            label="Bên chi trả"
            name={['hospitality', 'costSharing']}
            rules={[{ required: true, message: 'Chọn bên chi trả chi phí' }]}
          >
            <Select
              options={Object.entries(costSharingNames).map(([value, label]) => ({
                value,
                label: capitalised(label),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['hospitality', 'banquet']} valuePropName="checked" label=" ">
            <Checkbox>Có chiêu đãi (01 lần)</Checkbox>
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="Phiên dịch" name={['hospitality', 'interpreting', 'mode']}>
            <Select
              allowClear
              options={[
                { value: 'consecutive', label: 'Dịch đuổi' },
                { value: 'simultaneous', label: 'Dịch song song (cabin)' },
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="Số giờ phiên dịch" name={['hospitality', 'interpreting', 'hours']}>
            <InputNumber controls={false} min={1} max={500} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            label="Số trang dịch sang tiếng Việt"
            name={['hospitality', 'translation', 'pagesIntoVietnamese']}
          >
            <InputNumber controls={false} min={0} max={10000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            label="Số trang dịch từ tiếng Việt"
            name={['hospitality', 'translation', 'pagesFromVietnamese']}
          >
            <InputNumber controls={false} min={0} max={10000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            label="Quà tặng trường hợp đặc biệt (số người)"
            name={['hospitality', 'specialGifts', 'recipients']}
          >
            <InputNumber controls={false} min={1} max={200} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={18}>
          <Form.Item
            label="Lý do tặng quà trường hợp đặc biệt"
            name={['hospitality', 'specialGifts', 'reason']}
          >
            <Input />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
