/**
 * The screens and who may open each: a screen a role may not use is not offered (the API refuses
 * it anyway). Each screen is its own chunk, so the first screen loads only what it shows.
 */

import { Spin } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { createHashRouter, Navigate } from 'react-router';
import { Shell } from './Shell';
import type { Role } from './session';

const page = (load: () => Promise<{ default: () => ReactNode }>) => {
  const Page = lazy(load);
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
      <Page />
    </Suspense>
  );
};

export interface Screen {
  path: string;
  label: string;
  roles: readonly Role[];
  element: ReactNode;
  /** Listed in the menu (a visit's page is reached from a list). */
  menu: boolean;
}

export const screens: Screen[] = [
  {
    path: 'cong-viec',
    label: 'Việc cần làm',
    roles: ['office'],
    menu: true,
    element: page(() => import('./pages/WorklistPage')),
  },
  {
    path: 'dang-ky',
    label: 'Đăng ký đoàn vào',
    roles: ['office'],
    menu: true,
    element: page(() => import('./pages/RegisterPage')),
  },
  {
    path: 'cho-duyet',
    label: 'Chờ lãnh đạo quyết định',
    roles: ['leadership'],
    menu: true,
    element: page(() => import('./pages/InboxPage')),
  },
  {
    path: 'lich-su',
    label: 'Lịch sử đoàn vào',
    roles: ['office', 'leadership'],
    menu: true,
    element: page(() => import('./pages/HistoryPage')),
  },
  {
    path: 'bao-cao',
    label: 'Báo cáo',
    roles: ['leadership'],
    menu: true,
    element: page(() => import('./pages/ReportsPage')),
  },
  {
    path: 'danh-muc/co-quan',
    label: 'Cơ quan nhận thông báo',
    roles: ['admin'],
    menu: true,
    element: page(() => import('./pages/AgenciesPage')),
  },
  {
    path: 'danh-muc/khac',
    label: 'Phòng họp, cán bộ, phòng ban, ngày nghỉ',
    roles: ['admin'],
    menu: true,
    element: page(() => import('./pages/DirectoriesPage')),
  },
  {
    path: 'doan/:id',
    label: 'Hồ sơ đoàn',
    roles: ['office', 'leadership'],
    menu: false,
    element: page(() => import('./pages/VisitPage')),
  },
];

export const screensFor = (roles: readonly Role[]) =>
  screens.filter((screen) => screen.roles.some((role) => roles.includes(role)));

export function consoleRouter(roles: readonly Role[]) {
  const allowed = screensFor(roles);
  const home = allowed.find((screen) => screen.menu)?.path ?? 'cong-viec';
  return createHashRouter([
    {
      path: '/',
      element: <Shell screens={allowed} />,
      children: [
        { index: true, element: <Navigate to={`/${home}`} replace /> },
        ...allowed.map(({ path, element }) => ({ path, element })),
        { path: '*', element: <Navigate to={`/${home}`} replace /> },
      ],
    },
  ]);
}
