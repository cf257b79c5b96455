/**
 * A member's details beyond the row of the members table: the Vietnamese title, what the police list
 * records (sex, date of birth, passport expiry, visa and entry) and a journalist's press permit.
 */
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { entryDocumentNames, sexNames } from '../labels';

const DATE = 'DD/MM/YYYY';
const options = (names: Record<string, string>) =>
  Object.entries(names).map(([value, label]) => ({ value, label }));

export function MemberDetails({ index }: { index: number }) {
  const label = (text: string) => `${text} thành viên ${index + 1}`;
  const picker = (text: string) => (
    <DatePicker format={DATE} placeholder="Chọn ngày" aria-label={label(text)} style={{ width: '100%' }} />
  );
  return (
    <Row gutter={12}>
      <Col span={8}>
        <Form.Item label="Chức danh (tiếng Việt)" name={[index, 'titleVi']}>
          <Input aria-label={label('Chức danh tiếng Việt')} />
        </Form.Item>
      </Col>
      <Col span={4}>
        <Form.Item label="Giới tính" name={[index, 'sex']}>
          <Select aria-label={label('Giới tính')} allowClear options={options(sexNames)} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item label="Ngày sinh" name={[index, 'dateOfBirth']}>
          {picker('Ngày sinh')}
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item label="Hộ chiếu có giá trị đến" name={[index, 'passportExpiresOn']}>
          {picker('Ngày hết hạn hộ chiếu')}
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item label="Giấy tờ nhập cảnh" name={[index, 'entry', 'document']}>
          <Select aria-label={label('Giấy tờ nhập cảnh')} allowClear options={options(entryDocumentNames)} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item label="Số thị thực" name={[index, 'entry', 'number']}>
          <Input aria-label={label('Số thị thực')} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item label="Thị thực có giá trị đến" name={[index, 'entry', 'validUntil']}>
          {picker('Ngày hết hạn thị thực')}
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item label="Cửa khẩu nhập cảnh" name={[index, 'entry', 'port']}>
          <Input aria-label={label('Cửa khẩu nhập cảnh')} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item label="Số giấy phép báo chí (phóng viên)" name={[index, 'pressPermitNumber']}>
          <Input aria-label={label('Số giấy phép báo chí')} />
        </Form.Item>
      </Col>
    </Row>
  );
}
