/**
 * The day at a glance for leadership and the Office, from the worklist call: visits this month,
 * decisions waiting, tasks and reports overdue, and who arrives this week.
 */
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useConsole } from '../context';
import { useWorklist } from '../data/lists';
import { screenInfo } from '../screens';
import { ArrivalLines } from '../visit/VisitLines';

interface Figure {
  title: string;
  value: number | undefined;
  /** Where the figure's visits are listed, for the roles that may open it. */
  to?: { path: string; label: string };
  /** A figure above zero that asks for action reads red. */
  urgent?: boolean;
}

function FigureCard({ title, value, to, urgent }: Figure) {
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Statistic
        title={title}
        value={value ?? '…'}
        styles={{ content: { color: urgent && value ? '#a8071a' : undefined } }}
      />
      {to && (
        <Link to={`/${to.path}`} className="visit-link">
          {to.label}
        </Link>
      )}
    </Card>
  );
}

export default function DashboardPage() {
  const { session } = useConsole();
  const worklist = useWorklist();
  const summary = worklist.data?.summary;
  const may = (screen: keyof typeof screenInfo) =>
    screenInfo[screen].roles.some((role) => session.roles.includes(role));
  const figures: Figure[] = [
    {
      title: 'Đoàn đến trong tháng',
      value: summary?.visitsThisMonth,
      to: { path: screenInfo.calendar.path, label: 'Xem lịch' },
    },
    {
      title: 'Chờ lãnh đạo quyết định',
      value: summary?.waitingForLeadership,
      urgent: true,
      to: may('inbox') ? { path: screenInfo.inbox.path, label: 'Xem và quyết định' } : undefined,
    },
    {
      title: 'Việc quá hạn của Văn phòng',
      value: summary?.overdueTasks,
      urgent: true,
      to: may('worklist') ? { path: screenInfo.worklist.path, label: 'Xem việc cần làm' } : undefined,
    },
    { title: 'Báo cáo kết quả quá hạn', value: summary?.reportsOverdue, urgent: true },
    { title: 'Đoàn đến trong 7 ngày tới', value: summary?.arrivalsThisWeek },
  ];
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        Tổng quan
      </Typography.Title>
      <section aria-label="Số liệu trong ngày">
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          {figures.map((figure) => (
            <Col key={figure.title} xs={12} md={8} xl={{ flex: '20%' }}>
              <FigureCard {...figure} />
            </Col>
          ))}
        </Row>
      </section>
      <Card size="small" title="Đoàn đến trong 7 ngày tới" loading={worklist.isLoading}>
        <ArrivalLines arrivals={worklist.data?.arrivals ?? []} />
      </Card>
    </>
  );
}
