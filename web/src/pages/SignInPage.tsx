import { Alert, Button, Card, Checkbox, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import type { ConsoleConfig } from '../config';
import { roleNames } from '../labels';
import { cognitoSignIn, localSignIn, ROLES, type Role, type Session } from '../session';

interface Props {
  config: ConsoleConfig;
  onSignedIn(session: Session): void;
}

/** In AWS, the Department's Cognito sign-in; on a developer's machine, a role picker (local stack only). */
export function SignInPage({ config, onSignedIn }: Props) {
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <main style={{ maxWidth: 440, margin: '10vh auto', padding: 16 }}>
      <Card>
        <Typography.Title level={3}>Quản lý đoàn vào</Typography.Title>
        <Typography.Paragraph type="secondary">Sở Khoa học và Công nghệ tỉnh Hưng Yên</Typography.Paragraph>
        {failure && <Alert type="error" title={failure} showIcon style={{ marginBottom: 16 }} />}
        {config.auth === 'cognito' ? (
          <Button type="primary" block size="large" onClick={() => void cognitoSignIn(config)}>
            Đăng nhập
          </Button>
        ) : (
          <Form<{ roles: Role[]; name: string }>
            layout="vertical"
            initialValues={{ roles: ['office'], name: 'Nguyễn Thị Lan' }}
            onFinish={async ({ roles, name }) => {
              setBusy(true);
              setFailure(undefined);
              try {
                onSignedIn(await localSignIn(roles, name));
              } catch (error) {
                setFailure((error as Error).message);
              } finally {
                setBusy(false);
              }
            }}
          >
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title="Đăng nhập thử trên máy phát triển"
              description="Chọn vai trò để thử các chức năng. Trên hệ thống thật, cán bộ đăng nhập bằng tài khoản do quản trị viên cấp."
            />
            <Form.Item label="Họ và tên" name="name" rules={[{ required: true, message: 'Nhập họ và tên' }]}>
              <Input />
            </Form.Item>
            <Form.Item
              label="Vai trò"
              name="roles"
              // A validator rather than `required`: a group of checkboxes may not carry aria-required.
              rules={[
                {
                  validator: (_, roles?: Role[]) =>
                    roles?.length ? Promise.resolve() : Promise.reject(new Error('Chọn ít nhất một vai trò')),
                },
              ]}
            >
              <Checkbox.Group options={ROLES.map((role) => ({ value: role, label: roleNames[role] }))} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              Đăng nhập
            </Button>
          </Form>
        )}
      </Card>
    </main>
  );
}
