/** The external-information plan of a year: what the Office keeps, and the yearly report on it. */
import { Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useConsole } from '../context';
import { mayCall } from '../data/access';
import { PlanEditor } from '../plan/PlanEditor';
import { YearReport } from '../plan/YearReport';
import { YearSelect } from '../YearSelect';

export default function ExternalPlanPage() {
  const { roles } = useConsole().session;
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        Kế hoạch thông tin đối ngoại
      </Typography.Title>
      <YearSelect
        id="plan-year"
        value={year}
        years={[thisYear - 2, thisYear - 1, thisYear, thisYear + 1]}
        onChange={setYear}
      />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <YearReport year={year} />
        <PlanEditor key={year} year={year} editable={mayCall('replaceExternalPlan', roles)} />
      </Space>
    </>
  );
}
