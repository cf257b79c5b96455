/**
 * The frame around every screen: the menu (a drawer on a phone or a narrow window), who is signed
 * in, the inbox's count for leadership, and each screen's title in the browser.
 */
import { Badge, Button, Drawer, Grid, Layout, Menu, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useConsole } from './context';
import { usePendingDecisions } from './data/lists';
import { roleNames } from './labels';
import { usePageTitle } from './page-title';
import type { Screen } from './routes';
import { screenAt, screenInfo } from './screens';

function ScreenTitle({ label }: { label: string }) {
  usePageTitle(label);
  return null;
}

export function Shell({ screens }: { screens: Screen[] }) {
  const { session, signOut } = useConsole();
  const navigate = useNavigate();
  const location = useLocation();
  const wide = Grid.useBreakpoint().lg ?? true;
  const [menuOpen, setMenuOpen] = useState(false);
  const current = screenAt(location.pathname);
  const leadership = session.roles.includes('leadership');
  const waiting = usePendingDecisions(leadership).data?.items.length ?? 0;

  const label = (screen: Screen) =>
    screen.path === screenInfo.inbox.path && waiting > 0 ? (
      <Space size={6}>
        {screen.label}
        <Badge count={waiting} aria-label={`${waiting} đoàn đang chờ`} />
      </Space>
    ) : (
      screen.label
    );
  const menu = (
    <nav aria-label="Chức năng">
      <Menu
        mode="inline"
        selectedKeys={current ? [current.path] : []}
        items={screens
          .filter((screen) => screen.menu)
          .map((screen) => ({ key: screen.path, label: label(screen) }))}
        onClick={({ key }) => {
          setMenuOpen(false);
          navigate(`/${key}`);
        }}
      />
    </nav>
  );
  const brand = (
    <div style={{ padding: '16px 16px 8px' }}>
      <Typography.Text strong>Sở KH&amp;CN Hưng Yên</Typography.Text>
      <br />
      <Typography.Text>Quản lý đoàn vào</Typography.Text>
    </div>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* A screen with its own subject (a visit) names itself; the others by their menu label. */}
      {current && !current.path.includes(':') && <ScreenTitle label={current.label} />}
      {wide && (
        <Layout.Sider width={250} theme="light" className="console-chrome">
          {brand}
          {menu}
        </Layout.Sider>
      )}
      {!wide && (
        <Drawer
          open={menuOpen}
          placement="left"
          size={280}
          title="Quản lý đoàn vào"
          closable={{ 'aria-label': 'Đóng danh mục' }}
          onClose={() => setMenuOpen(false)}
        >
          {menu}
        </Drawer>
      )}
      <Layout>
        <Layout.Header
          className="console-chrome"
          style={{
            background: '#fff',
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            padding: wide ? '0 24px' : '0 12px',
          }}
        >
          {!wide && (
            <Button onClick={() => setMenuOpen(true)} aria-expanded={menuOpen}>
              Danh mục
            </Button>
          )}
          <Space style={{ marginInlineStart: 'auto', minWidth: 0 }}>
            <span className="signed-in-name" style={{ maxWidth: wide ? 320 : 140 }}>
              {session.name}
            </span>
            {wide && session.roles.map((role) => <Tag key={role}>{roleNames[role]}</Tag>)}
            <Button onClick={signOut}>Đăng xuất</Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: wide ? 24 : 12, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
