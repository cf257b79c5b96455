/** The members, one row each with their details on demand, or pasted from a spreadsheet. */
import { Button, Card, Form, type FormInstance, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { memberRankNames, memberRoleNames } from '../../labels';
import type { FormValues } from '../form-values';
import { MemberDetails } from '../MemberDetails';
import { pastedMembers } from '../paste-members';
import { options, required, useCountries } from './fields';

export function MembersSection({ form }: { form: FormInstance<FormValues> }) {
  const countries = useCountries();
  const [pasted, setPasted] = useState('');
  return (
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
              Dán danh sách từ bảng tính: mỗi dòng một người, các cột theo thứ tự họ và tên, quốc tịch, số hộ
              chiếu, chức danh, cấp bậc, vai trò.
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
  );
}
