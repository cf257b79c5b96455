/** Where the visit stands, as the API computed it from the record: one step per stage, with its date. */
import { Steps } from 'antd';
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
  return (
    <nav aria-label="Tiến trình xử lý hồ sơ" style={{ marginBottom: 16 }}>
      <Steps
        size="small"
        responsive
        current={Math.max(
          0,
          progress.findIndex((step) => step.state === 'current' || step.state === 'failed'),
        )}
        items={progress.map((step) => ({
          title: step.titleVi,
          status: stepStatus[step.state],
          content: [step.at ? formatDate(step.at) : '', step.noteVi ?? ''].filter(Boolean).join(' · '),
        }))}
      />
    </nav>
  );
}
