/**
 * The console's screens: path, name and who may open each, from the manifest's roles of the route
 * the screen exists for (data/access.ts). routes.tsx gives each its page.
 */

import type { Role } from '../../shared/manifest';
import { rolesOf } from './data/access';

export interface ScreenInfo {
  path: string;
  label: string;
  roles: readonly Role[];
  /** Listed in the menu (a visit's page is reached from a list). */
  menu: boolean;
}

export const screenInfo = {
  dashboard: { path: 'tong-quan', label: 'Tổng quan', roles: rolesOf('getWorklist'), menu: true },
  worklist: { path: 'cong-viec', label: 'Việc cần làm', roles: rolesOf('completeTask'), menu: true },
  register: {
    path: 'dang-ky',
    label: 'Đăng ký đoàn vào',
    roles: rolesOf('registerDelegation'),
    menu: true,
  },
  inbox: {
    path: 'cho-duyet',
    label: 'Chờ lãnh đạo quyết định',
    roles: rolesOf('decideDelegation'),
    menu: true,
  },
  calendar: { path: 'lich', label: 'Lịch đoàn và cuộc họp', roles: rolesOf('getSchedule'), menu: true },
  history: { path: 'lich-su', label: 'Lịch sử đoàn vào', roles: rolesOf('listDelegations'), menu: true },
  reports: { path: 'bao-cao', label: 'Báo cáo', roles: rolesOf('reportSummary'), menu: true },
  externalPlan: {
    path: 'ke-hoach-ttdn',
    label: 'Kế hoạch thông tin đối ngoại',
    roles: rolesOf('getExternalPlan'),
    menu: true,
  },
  agencies: {
    path: 'danh-muc/co-quan',
    label: 'Cơ quan nhận thông báo',
    roles: rolesOf('replaceAgencies'),
    menu: true,
  },
  directories: {
    path: 'danh-muc/khac',
    label: 'Danh mục và ngày nghỉ',
    roles: rolesOf('replaceRooms'),
    menu: true,
  },
  news: { path: 'tin-bai', label: 'Tin bài', roles: rolesOf('listNews'), menu: true },
  newsItem: { path: 'tin-bai/:id', label: 'Tin bài của đoàn', roles: rolesOf('getNews'), menu: false },
  visit: { path: 'doan/:id', label: 'Hồ sơ đoàn', roles: rolesOf('getDelegation'), menu: false },
  print: {
    path: 'doan/:id/ban-in',
    label: 'Bản in hồ sơ đoàn',
    roles: rolesOf('getDelegation'),
    menu: false,
  },
} satisfies Record<string, ScreenInfo>;

export type ScreenKey = keyof typeof screenInfo;

/** The screen a path belongs to: the longest path that matches, so a visit's print view is not the visit. */
export function screenAt(pathname: string): ScreenInfo | undefined {
  const matches = (info: ScreenInfo) =>
    new RegExp(`^/${info.path.replace(/:[^/]+/g, '[^/]+')}(/|$)`).test(pathname);
  return Object.values(screenInfo as Record<string, ScreenInfo>)
    .filter(matches)
    .sort((a, b) => b.path.length - a.path.length)[0];
}

/** Where a person lands: the Office on its worklist, leadership on the dashboard, admin on its lists, the Information Centre on the news to publish. */
export function homeOf(roles: readonly Role[]): string {
  const allowed = (info: ScreenInfo) => info.roles.some((role) => roles.includes(role));
  const first = [screenInfo.worklist, screenInfo.dashboard, screenInfo.agencies, screenInfo.news].find(
    allowed,
  );
  return first?.path ?? screenInfo.history.path;
}
