import { Empty, Space, Tag } from 'antd';
import type { ReactNode } from 'react';
import { countryName, formatDays } from '../format';
import { statusColors } from '../labels';
import { VisitLink } from './VisitLink';

/** Visits one per line, a plain list (antd's List is deprecated); "none" when there is none. */
export function VisitLines<T extends { id: string }>({
  items,
  render,
}: {
  items: readonly T[];
  render: (item: T) => ReactNode;
}) {
  if (items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có đoàn nào" />;
  return (
    <ul className="visit-lines">
      {items.map((item) => (
        <li key={item.id}>
          <Space wrap>{render(item)}</Space>
        </li>
      ))}
    </ul>
  );
}

interface Arrival {
  id: string;
  partner: { name: string; nameVi?: string; country: string };
  arrival: string;
  departure: string;
  status: keyof typeof statusColors;
  statusVi: string;
}

/** The visits arriving soon: name, country, dates and status, as the worklist and the dashboard show them. */
export function ArrivalLines({ arrivals }: { arrivals: readonly Arrival[] }) {
  return (
    <VisitLines
      items={arrivals}
      render={(visit) => (
        <>
          <VisitLink id={visit.id}>{visit.partner.nameVi ?? visit.partner.name}</VisitLink>
          <span>
            ({countryName(visit.partner.country)}) — {formatDays(visit.arrival, visit.departure)}
          </span>
          <Tag color={statusColors[visit.status]}>{visit.statusVi}</Tag>
        </>
      )}
    />
  );
}
