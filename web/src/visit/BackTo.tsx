/**
 * The breadcrumb above a visit: back to the list the person came from (the worklist, the inbox, the
 * calendar…), or to the history of visits when the page was opened from a link.
 */
import { Breadcrumb } from 'antd';
import { Link, useLocation } from 'react-router';

export interface CameFrom {
  path: string;
  label: string;
}

const history: CameFrom = { path: '/lich-su', label: 'Lịch sử đoàn vào' };

export function BackTo({ current }: { current: string }) {
  const from = (useLocation().state as { from?: CameFrom } | null)?.from ?? history;
  return (
    <Breadcrumb
      aria-label="Đường dẫn"
      style={{ marginBottom: 8 }}
      items={[{ title: <Link to={from.path}>{from.label}</Link> }, { title: current }]}
    />
  );
}
