/**
 * The Office's morning worklist, from one API call: the visits arriving this week first, then the
 * open tasks grouped by visit (each can be marked done, with a note), then the post-visit reports
 * to file. A task done, a permit recorded or a decision taken leaves it.
 */
import { Button, Card, Empty, Grid, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { paths } from '../api';
import { useWorklist } from '../data/lists';
import { formatDate, formatDays } from '../format';
import { severityColors, statusColors, tagColors } from '../labels';
import { FinishTask } from '../visit/actions';
import { ArrivalLines, VisitLines } from '../visit/VisitLines';
import { VisitLink } from '../visit/VisitLink';

type Worklist = paths['/worklist']['get']['responses']['200']['content']['application/json'];
type Visit = Worklist['visits'][number];
type Task = Visit['tasks'][number];

const visitName = (visit: { partner: { name: string; nameVi?: string } }) =>
  visit.partner.nameVi ?? visit.partner.name;

function Due({ task }: { task: Task }) {
  if (!task.dueDate) return null;
  return (
    <Tag color={task.overdue ? tagColors.red : tagColors.gold}>
      {task.overdue ? 'Quá hạn ' : 'Hạn '}
      {formatDate(task.dueDate)}
    </Tag>
  );
}

export default function WorklistPage() {
  const worklist = useWorklist();
  const wide = Grid.useBreakpoint().md ?? true;
  const [finishing, setFinishing] = useState<{ visit: Visit; task: Task }>();
  const data = worklist.data;

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        Việc cần làm
      </Typography.Title>
      <Card
        size="small"
        title="Đoàn đến trong 7 ngày tới"
        style={{ marginBottom: 16 }}
        loading={worklist.isLoading}
      >
        <ArrivalLines arrivals={data?.arrivals ?? []} />
      </Card>
      <Card
        size="small"
        title="Việc cần làm theo từng đoàn"
        style={{ marginBottom: 16 }}
        loading={worklist.isLoading}
      >
        {data && data.visits.length === 0 && <Empty description="Không có việc đến hạn" />}
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          {data?.visits.map((visit) => (
            <section key={visit.id} aria-label={`Việc của đoàn ${visitName(visit)}`}>
              <Space wrap style={{ marginBottom: 4 }}>
                <Typography.Text strong>
                  <VisitLink id={visit.id}>{visitName(visit)}</VisitLink>
                </Typography.Text>
                <span>{formatDays(visit.arrival, visit.departure)}</span>
                <Tag color={statusColors[visit.status]}>{visit.statusVi}</Tag>
              </Space>
              <Table
                size="small"
                rowKey="key"
                pagination={false}
                dataSource={visit.tasks}
                columns={[
                  // On a phone the due date goes with the task: one column for the text to fill.
                  ...(wide
                    ? [{ title: 'Hạn', width: 150, render: (_: unknown, task: Task) => <Due task={task} /> }]
                    : []),
                  {
                    title: 'Việc cần làm',
                    render: (_, task) => (
                      <>
                        {!wide && <Due task={task} />}
                        <Typography.Text strong>{task.title}</Typography.Text>
                        <br />
                        {task.message}
                      </>
                    ),
                  },
                  {
                    title: '',
                    width: wide ? 190 : 110,
                    render: (_, task) =>
                      task.waitsForLeadership ? (
                        <Tag color={severityColors.approval_required}>Chờ lãnh đạo quyết định</Tag>
                      ) : (
                        <Button onClick={() => setFinishing({ visit, task })}>Đã xong</Button>
                      ),
                  },
                ]}
              />
            </section>
          ))}
        </Space>
      </Card>
      <Card size="small" title="Chưa nộp báo cáo kết quả" loading={worklist.isLoading}>
        <VisitLines
          items={data?.reportsDue ?? []}
          render={(visit) => (
            <>
              <VisitLink id={visit.id}>{visitName(visit)}</VisitLink>
              <span>
                — kết thúc {formatDate(visit.departure)}, báo cáo hạn {formatDate(visit.reportDueOn)}
              </span>
              {visit.overdue && <Tag color={tagColors.red}>Quá hạn</Tag>}
            </>
          )}
        />
      </Card>
      {finishing && (
        <FinishTask
          delegation={{ ...finishing.visit, name: visitName(finishing.visit) }}
          task={finishing.task}
          onClose={() => setFinishing(undefined)}
          onDone={() => undefined}
        />
      )}
    </>
  );
}
