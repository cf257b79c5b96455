import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useConsole } from './context';
import { roleNames } from './labels';
import type { Screen } from './routes';

export function Shell({ screens }: { screens: Screen[] }) {
  const { session, signOut } = useConsole();
  const navigate = useNavigate();
  const location = useLocation();
  const current = screens.find((screen) => location.pathname.startsWith(`/${screen.path.split('/:')[0]}`));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={250} theme="light" breakpoint="lg" collapsedWidth={0}>
        <div style={{ padding: '16px 16px 8px' }}>
          <Typography.Text strong>Sở KH&amp;CN Hưng Yên</Typography.Text>
          <br />
          <Typography.Text>Quản lý đoàn vào</Typography.Text>
        </div>
        <nav aria-label="Chức năng">
          <Menu
            mode="inline"
            selectedKeys={current ? [current.path] : []}
            items={screens
              .filter((screen) => screen.menu)
              .map((screen) => ({ key: screen.path, label: screen.label }))}
            onClick={({ key }) => navigate(`/${key}`)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            gap: 12,
          }}
        >
          <Space>
            <Typography.Text>{session.name}</Typography.Text>
            {session.roles.map((role) => (
              <Tag key={role}>{roleNames[role]}</Tag>
            ))}
            <Button onClick={signOut}>Đăng xuất</Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
