/** A link to a visit's page that remembers the list it was opened from, for the breadcrumb back. */
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { screenAt } from '../screens';
import type { CameFrom } from './BackTo';

export function VisitLink({ id, children }: { id: string; children: ReactNode }) {
  const location = useLocation();
  const screen = screenAt(location.pathname);
  const from: CameFrom | undefined = screen
    ? { path: `${location.pathname}${location.search}`, label: screen.label }
    : undefined;
  return (
    <Link to={`/doan/${id}`} state={{ from }} className="visit-link">
      {children}
    </Link>
  );
}
