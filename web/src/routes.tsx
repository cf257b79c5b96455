/**
 * The screens and who may open each: a screen a role may not use is not offered (the API refuses
 * it anyway). Each screen is its own chunk, so the first screen loads only what it shows.
 */

import { Spin } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { createHashRouter, Navigate } from 'react-router';
import { Shell } from './Shell';
import { homeOf, type ScreenInfo, type ScreenKey, screenInfo } from './screens';
import type { Role } from './session';

const page = (load: () => Promise<{ default: () => ReactNode }>) => {
  const Page = lazy(load);
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
      <Page />
    </Suspense>
  );
};

export interface Screen extends ScreenInfo {
  element: ReactNode;
}

const pages: Record<ScreenKey, () => Promise<{ default: () => ReactNode }>> = {
  dashboard: () => import('./pages/DashboardPage'),
  worklist: () => import('./pages/WorklistPage'),
  register: () => import('./pages/RegisterPage'),
  inbox: () => import('./pages/InboxPage'),
  calendar: () => import('./pages/CalendarPage'),
  history: () => import('./pages/HistoryPage'),
  reports: () => import('./pages/ReportsPage'),
  externalPlan: () => import('./pages/ExternalPlanPage'),
  agencies: () => import('./pages/AgenciesPage'),
  directories: () => import('./pages/DirectoriesPage'),
  news: () => import('./pages/NewsListPage'),
  newsItem: () => import('./pages/NewsItemPage'),
  visit: () => import('./pages/VisitPage'),
  print: () => import('./pages/PrintPage'),
};

export const screens: Screen[] = (Object.keys(pages) as ScreenKey[]).map((key) => ({
  ...screenInfo[key],
  element: page(pages[key]),
}));

export const screensFor = (roles: readonly Role[]) =>
  screens.filter((screen) => screen.roles.some((role) => roles.includes(role)));

export function consoleRouter(roles: readonly Role[]) {
  const allowed = screensFor(roles);
  const home = homeOf(roles);
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
