/**
 * The Office's morning worklist: tasks from the compliance reports due soon or overdue (guest list
 * to the police, permits to ask for), post-visit reports not filed, and visits arriving this week.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { Card, Col, List, Row, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { ok } from '../api';
import { useApi } from '../context';
import { countryName, formatDate, localDay } from '../format';
import { statusColors, tagColors } from '../labels';

const closed = ['rejected', 'cancelled', 'reported', 'completed'];

export default function WorklistPage() {
  const api = useApi();
  const today = localDay(new Date());
  const upcoming = useQuery({
    queryKey: ['history', 'upcoming', today],
    queryFn: () =>
      ok(
        api.GET('/delegations', {
          params: { query: { from: today, to: dayjs(today).add(60, 'day').format('YYYY-MM-DD'), limit: 50 } },
        }),
      ),
  });
  const unreported = useQuery({
    queryKey: ['history', 'completed'],
    queryFn: () => ok(api.GET('/delegations', { params: { query: { status: 'completed', limit: 50 } } })),
  });
  const open = (upcoming.data?.items ?? []).filter((visit) => !closed.includes(visit.status));
  const reports = useQueries({
    queries: open.slice(0, 30).map((visit) => ({
      queryKey: ['visit', visit.id, 'compliance'],
      queryFn: () => ok(api.GET('/delegations/{id}/compliance', { params: { path: { id: visit.id } } })),
      retry: false,
    })),
  });
  const tasks = reports
    .flatMap((report, index) =>
      (report.data?.findings ?? [])
        .filter((finding) => finding.dueDate && finding.severity !== 'info')
        .map((finding) => ({ visit: open[index], finding })),
    )
    .sort((a, b) => String(a.finding.dueDate).localeCompare(String(b.finding.dueDate)));
  const week = dayjs(today).add(7, 'day').format('YYYY-MM-DD');
  const arriving = open.filter((visit) => localDay(visit.visit.arrival) <= week);

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        Việc cần làm
      </Typography.Title>
      <Card size="small" title="Việc đến hạn và quá hạn" style={{ marginBottom: 16 }}>
        <Table
          size="small"
          rowKey={(task) => `${task.visit?.id}-${task.finding.ruleId}-${task.finding.message}`}
          pagination={false}
          dataSource={tasks}
          locale={{ emptyText: 'Không có việc đến hạn' }}
          columns={[
            {
              title: 'Hạn',
              width: 130,
              render: (_, task) => (
                <Tag color={(task.finding.dueDate ?? '') < today ? tagColors.red : tagColors.gold}>
                  {(task.finding.dueDate ?? '') < today ? 'Quá hạn ' : ''}
                  {formatDate(task.finding.dueDate)}
                </Tag>
              ),
            },
            { title: 'Việc cần làm', render: (_, task) => task.finding.message },
            {
              title: 'Đoàn',
              width: 260,
              render: (_, task) =>
                task.visit && (
                  <Link to={`/doan/${task.visit.id}`}>
                    {task.visit.partner.nameVi ?? task.visit.partner.name}
                  </Link>
                ),
            },
          ]}
        />
      </Card>
      <Row gutter={16}>
        <Col span={12}>
          <Card size="small" title="Đoàn đến trong 7 ngày tới">
            <List
              dataSource={arriving}
              locale={{ emptyText: 'Không có đoàn nào' }}
              renderItem={(visit) => (
                <List.Item>
                  <Link to={`/doan/${visit.id}`}>{visit.partner.nameVi ?? visit.partner.name}</Link> (
                  {countryName(visit.partner.country)}) — {formatDate(visit.visit.arrival)}{' '}
                  <Tag color={statusColors[visit.status]}>{visit.statusVi}</Tag>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title="Chưa nộp báo cáo kết quả">
            <List
              dataSource={unreported.data?.items ?? []}
              locale={{ emptyText: 'Không có đoàn nào' }}
              renderItem={(visit) => (
                <List.Item>
                  <Link to={`/doan/${visit.id}`}>{visit.partner.nameVi ?? visit.partner.name}</Link> — kết
                  thúc {formatDate(visit.visit.departure)}
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
