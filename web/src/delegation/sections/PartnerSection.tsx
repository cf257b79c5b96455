/** Who comes: the organisation, its type and country, and a foreign NGO's registration. */
import { Card, Col, DatePicker, Form, type FormInstance, Input, Row, Select } from 'antd';
import { partnerTypeNames } from '../../labels';
import type { FormValues } from '../form-values';
import { DATE, options, required, useCountries } from './fields';

export function PartnerSection({ form }: { form: FormInstance<FormValues> }) {
  const countries = useCountries();
  const partnerType = Form.useWatch(['partner', 'type'], form);
  return (
    <Card title="Đối tác" size="small" style={{ marginBottom: 16 }}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label="Tên đối tác (tên gốc)"
            name={['partner', 'name']}
            rules={required('Nhập tên đối tác')}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="Tên đối tác (tiếng Việt)" name={['partner', 'nameVi']}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="Loại đối tác" name={['partner', 'type']} rules={required('Chọn loại đối tác')}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={options(partnerTypeNames)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="Quốc gia" name={['partner', 'country']} rules={required('Chọn quốc gia')}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={countries} />
          </Form.Item>
        </Col>
      </Row>
      {partnerType === 'foreign_ngo' && (
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              label="Số giấy đăng ký hoạt động (PCPNN)"
              name={['partner', 'ngoRegistration', 'certificateNumber']}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="Ngày hết hạn giấy đăng ký" name={['partner', 'ngoRegistration', 'expiresOn']}>
              <DatePicker format={DATE} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="Địa bàn được phép hoạt động" name={['partner', 'ngoRegistration', 'provinces']}>
              <Select mode="tags" open={false} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label="Lĩnh vực hoạt động" name={['partner', 'ngoRegistration', 'fields']}>
              <Select mode="tags" open={false} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </Card>
  );
}
