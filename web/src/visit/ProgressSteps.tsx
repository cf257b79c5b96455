/** Where the visit stands, as the API computed it from the record: one step per stage, with its date. */
import { Grid, Progress, Steps, Typography } from 'antd';
import type { Delegation } from '../data/visits';
import { formatDate } from '../format';

const stepStatus = {
  done: 'finish',
  skipped: 'finish',
  current: 'process',
  pending: 'wait',
  failed: 'error',
} as const;

export function ProgressSteps({ progress }: { progress: Delegation['progress'] }) {
  const wide = Grid.useBreakpoint().md ?? true;
  // The step being worked on, or the next one to come (a cleared visit waits for its arrival).
  const working = progress.findIndex((step) => step.state === 'current' || step.state === 'failed');
  const at = working >= 0 ? working : progress.findIndex((step) => step.state === 'pending');
  const current = progress[at];
  // A phone has no room for six titles side by side: the step it is at, and how far along.
  if (!wide)
    return (
      <nav aria-label="Tiến trình xử lý hồ sơ" style={{ marginBottom: 16 }}>
        <Typography.Text>
          {current
            ? `Bước ${at + 1}/${progress.length}: ${current.state === 'pending' ? 'sắp tới — ' : ''}${current.titleVi}${current.at ? ` (${formatDate(current.at)})` : ''}`
            : 'Đã hoàn tất'}
        </Typography.Text>
        <Progress
          aria-label="Tiến trình xử lý hồ sơ"
          steps={progress.length}
          percent={Math.round((100 * (current ? at : progress.length)) / progress.length)}
          showInfo={false}
          status={current?.state === 'failed' ? 'exception' : 'normal'}
          size={{ width: 48, height: 6 }}
        />
      </nav>
    );
  return (
    <nav aria-label="Tiến trình xử lý hồ sơ" style={{ marginBottom: 16 }}>
      <Steps
        size="small"
        titlePlacement="vertical"
        responsive={false}
        current={Math.max(0, at)}
        items={progress.map((step) => ({
          title: step.titleVi,
          status: stepStatus[step.state],
          content: [step.at ? formatDate(step.at) : '', step.noteVi ?? ''].filter(Boolean).join(' · '),
        }))}
      />
    </nav>
  );
}
