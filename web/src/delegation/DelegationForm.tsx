/** The registration as the Office types it from the partner's letter; used to register and to edit. */
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  type FormInstance,
  Input,
  Row,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { countryCodes } from '../../../shared/domain/countries';
import { ok } from '../api';
import { useApi } from '../context';
import { countryName } from '../format';
import { activityTypeNames, memberRankNames, memberRoleNames, partnerTypeNames } from '../labels';
import { ActivityDetails } from './ActivityDetails';
import type { FormValues } from './form-values';
import { HospitalityCard } from './HospitalityCard';
import { MemberDetails } from './MemberDetails';
import { pastedMembers } from './paste-members';

const options = (names: Record<string, string>) =>
  Object.entries(names).map(([value, label]) => ({ value, label }));
const DATE = 'DD/MM/YYYY';
const DATE_TIME = 'DD/MM/YYYY HH:mm';
const required = (message: string) => [{ required: true, message }];

const protocolLevels = {
  state_visit: 'Thăm cấp nhà nước',
  official_visit: 'Thăm chính thức',
  working_visit: 'Thăm làm việc',
  private_visit: 'Thăm riêng',
};
const channels = { party: 'Kênh Đảng', state: 'Kênh Nhà nước', people: 'Kênh nhân dân' };

export function DelegationForm({ form, initial }: { form: FormInstance<FormValues>; initial?: FormValues }) {
  const api = useApi();
  const divisions = useQuery({ queryKey: ['divisions'], queryFn: () => ok(api.GET('/divisions')) });
  const countries = useMemo(
    () =>
      countryCodes
        .map((code) => ({ value: code, label: `${countryName(code)} (${code})` }))
        .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    [],
  );
  const partnerType = Form.useWatch(['partner', 'type'], form);
  const [pasted, setPasted] = useState('');

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      scrollToFirstError
      initialValues={
        initial ?? {
          members: [{ role: 'head', rank: 'other' }],
          protocolLevel: 'working_visit',
          channel: 'state',
          hospitality: { costSharing: 'guests_pay_meals_rooms', banquet: false },
        }
      }
    >
      <Card title="Công văn đến" size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label="Số công văn" name={['sourceLetter', 'number']}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Ngày công văn" name={['sourceLetter', 'date']}>
              <DatePicker format={DATE} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Ngày đến (ngày Sở nhận)" name={['sourceLetter', 'receivedOn']}>
              <DatePicker format={DATE} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title="Đối tác" size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              label="Tên đối tác (tên gốc)"
              name={['partner', 'name']}
              rules={required('Nhập tên đối tác')}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="Tên đối tác (tiếng Việt)" name={['partner', 'nameVi']}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="Loại đối tác" name={['partner', 'type']} rules={required('Chọn loại đối tác')}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={options(partnerTypeNames)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="Quốc gia" name={['partner', 'country']} rules={required('Chọn quốc gia')}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={countries} />
            </Form.Item>
          </Col>
        </Row>
        {partnerType === 'foreign_ngo' && (
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item
                label="Số giấy đăng ký hoạt động (PCPNN)"
                name={['partner', 'ngoRegistration', 'certificateNumber']}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="Ngày hết hạn giấy đăng ký" name={['partner', 'ngoRegistration', 'expiresOn']}>
                <DatePicker format={DATE} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                label="Địa bàn được phép hoạt động"
                name={['partner', 'ngoRegistration', 'provinces']}
              >
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

      <Card title="Chuyến thăm" size="small" style={{ marginBottom: 16 }}>
        <Form.Item label="Mục đích" name="purpose" rules={required('Nhập mục đích chuyến thăm')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item label="Chủ đề làm việc" name="topics">
          <Select mode="tags" open={false} placeholder="Gõ chủ đề rồi nhấn Enter" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="Thời gian đến" name="arrival" rules={required('Chọn thời gian đến')}>
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                needConfirm={false}
                format={DATE_TIME}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="Thời gian đi" name="departure" rules={required('Chọn thời gian đi')}>
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                needConfirm={false}
                format={DATE_TIME}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Hình thức" name="protocolLevel">
              <Select options={options(protocolLevels)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Kênh đối ngoại" name="channel">
              <Select options={options(channels)} />
            </Form.Item>
          </Col>
          <Col span={8}>
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

      <HospitalityCard />

      <Card title="Lịch trình và nơi lưu trú" size="small" style={{ marginBottom: 16 }}>
        <Form.List name="itinerary">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row gutter={8} key={field.key} align="middle">
                  <Col span={8}>
                    <Form.Item label="Địa điểm" name={[field.name, 'name']} rules={required('Nhập địa điểm')}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={7}>
                    <Form.Item label="Địa chỉ" name={[field.name, 'address']}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={3}>
                    <Form.Item name={[field.name, 'restrictedArea']} valuePropName="checked">
                      <Checkbox>Khu vực cấm</Checkbox>
                    </Form.Item>
                  </Col>
                  <Col span={3}>
                    <Form.Item name={[field.name, 'overnightStay']} valuePropName="checked">
                      <Checkbox>Lưu trú qua đêm</Checkbox>
                    </Form.Item>
                  </Col>
                  <Form.Item noStyle dependencies={[['itinerary', field.name, 'restrictedArea']]}>
                    {() =>
                      form.getFieldValue(['itinerary', field.name, 'restrictedArea']) ? (
                        <Col span={8}>
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
                  <Col span={3}>
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
                  <Col span={7}>
                    <Form.Item
                      label="Loại hoạt động"
                      name={[field.name, 'type']}
                      rules={required('Chọn loại hoạt động')}
                    >
                      <Select options={options(activityTypeNames)} />
                    </Form.Item>
                  </Col>
                  <Col span={8}>
                    <Form.Item label="Tên hoạt động" name={[field.name, 'title']}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item label="Bắt đầu" name={[field.name, 'startsAt']}>
                      <DatePicker
                        showTime={{ format: 'HH:mm' }}
                        format={DATE_TIME}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={3}>
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

      <Card title="Thành viên đoàn" size="small" style={{ marginBottom: 16 }}>
        <Form.List name="members">
          {(fields, { add, remove }, { errors }) => (
            <>
              <Table
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={fields}
                expandable={{
                  expandedRowRender: (field) => <MemberDetails index={field.name} />,
                  // The details the police list records are asked for on each row, once opened.
                  columnTitle: 'Chi tiết',
                }}
                columns={[
                  {
                    title: 'Họ và tên',
                    render: (_, field) => (
                      <Form.Item
                        name={[field.name, 'fullName']}
                        rules={required('Nhập họ và tên')}
                        noStyle={false}
                        style={{ margin: 0 }}
                      >
                        <Input aria-label={`Họ và tên thành viên ${field.name + 1}`} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: 'Quốc tịch',
                    width: 180,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'nationality']} style={{ margin: 0 }}>
                        <Select
                          aria-label={`Quốc tịch thành viên ${field.name + 1}`}
                          showSearch={{ optionFilterProp: 'label' }}
                          options={countries}
                          allowClear
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: 'Số hộ chiếu',
                    width: 150,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'passportNumber']} style={{ margin: 0 }}>
                        <Input aria-label={`Số hộ chiếu thành viên ${field.name + 1}`} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: 'Chức danh',
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'title']} style={{ margin: 0 }}>
                        <Input aria-label={`Chức danh thành viên ${field.name + 1}`} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: 'Cấp bậc',
                    width: 190,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'rank']} style={{ margin: 0 }}>
                        <Select
                          aria-label={`Cấp bậc thành viên ${field.name + 1}`}
                          options={options(memberRankNames)}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: 'Vai trò',
                    width: 140,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'role']} style={{ margin: 0 }}>
                        <Select
                          aria-label={`Vai trò thành viên ${field.name + 1}`}
                          options={options(memberRoleNames)}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '',
                    width: 80,
                    render: (_, field) => (
                      <Button
                        aria-label={`Xóa thành viên ${field.name + 1}`}
                        onClick={() => remove(field.name)}
                      >
                        Xóa
                      </Button>
                    ),
                  },
                ]}
              />
              <Form.ErrorList errors={errors} />
              <Space style={{ marginTop: 8 }} align="start" wrap>
                <Button onClick={() => add({ rank: 'other', role: 'member' })}>Thêm thành viên</Button>
              </Space>
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 4 }}>
                Dán danh sách từ bảng tính: mỗi dòng một người, các cột theo thứ tự họ và tên, quốc tịch, số
                hộ chiếu, chức danh, cấp bậc, vai trò.
              </Typography.Paragraph>
              <Space.Compact style={{ width: '100%' }}>
                <Input.TextArea
                  aria-label="Danh sách dán từ bảng tính"
                  rows={2}
                  value={pasted}
                  onChange={(event) => setPasted(event.target.value)}
                />
                <Button
                  onClick={() => {
                    const rows = pastedMembers(pasted);
                    const kept = (form.getFieldValue('members') as FormValues['members']).filter(
                      (m) => m.fullName,
                    );
                    form.setFieldValue('members', [...kept, ...rows]);
                    setPasted('');
                  }}
                >
                  Thêm các dòng đã dán
                </Button>
              </Space.Compact>
            </>
          )}
        </Form.List>
      </Card>

      <Card title="Người liên hệ của đối tác" size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              label="Họ và tên người liên hệ"
              name={['contact', 'name']}
              rules={required('Nhập người liên hệ')}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Thư điện tử" name={['contact', 'email']} rules={required('Nhập thư điện tử')}>
              <Input type="email" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Điện thoại" name={['contact', 'phone']}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </Form>
  );
}
