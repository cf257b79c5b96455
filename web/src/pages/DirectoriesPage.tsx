/** The other directories admin keeps: meeting rooms, officials, divisions, and the holiday calendar. */
import { Tabs, Typography } from 'antd';
import { DirectoryEditor } from '../admin/DirectoryEditor';
import { HolidayEditor } from '../admin/HolidayEditor';
import { ifMatch, ok } from '../api';
import { useApi } from '../context';
import { officialPositionNames } from '../labels';

const active = { name: 'active', label: 'Đang sử dụng', kind: 'switch', width: 120 } as const;

export default function DirectoriesPage() {
  const api = useApi();
  const version = (v: number) => ({ params: { header: ifMatch(v) } });
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        Phòng họp, cán bộ, phòng ban, ngày nghỉ
      </Typography.Title>
      <Tabs
        items={[
          {
            key: 'rooms',
            label: 'Phòng họp',
            children: (
              <DirectoryEditor
                name="rooms"
                blank={{ active: true }}
                columns={[
                  { name: 'id', label: 'Mã phòng', required: true, width: 160, fixed: true },
                  { name: 'name', label: 'Tên phòng', required: true },
                  { name: 'location', label: 'Vị trí' },
                  { name: 'capacity', label: 'Sức chứa', kind: 'number', width: 110 },
                  active,
                ]}
                load={() => ok(api.GET('/rooms'))}
                save={(items, v) => ok(api.PUT('/rooms', { ...version(v), body: items as never }))}
              />
            ),
          },
          {
            key: 'officials',
            label: 'Cán bộ',
            children: (
              <DirectoryEditor
                name="officials"
                blank={{ active: true }}
                columns={[
                  { name: 'id', label: 'Mã cán bộ', required: true, width: 140, fixed: true },
                  {
                    name: 'honorific',
                    label: 'Danh xưng',
                    kind: 'choice',
                    options: { Ông: 'Ông', Bà: 'Bà' },
                    width: 110,
                  },
                  { name: 'fullName', label: 'Họ và tên', required: true },
                  { name: 'title', label: 'Chức vụ', required: true },
                  // The position decides which drafts the official may sign, and under which authority line.
                  {
                    name: 'position',
                    label: 'Vị trí ký văn bản',
                    kind: 'choice',
                    options: officialPositionNames,
                    width: 190,
                  },
                  { name: 'unit', label: 'Đơn vị', required: true },
                  { name: 'email', label: 'Thư điện tử' },
                  active,
                ]}
                load={() => ok(api.GET('/officials'))}
                save={(items, v) => ok(api.PUT('/officials', { ...version(v), body: items as never }))}
              />
            ),
          },
          {
            key: 'divisions',
            label: 'Phòng, đơn vị',
            children: (
              <DirectoryEditor
                name="divisions"
                blank={{ active: true, emails: [] }}
                columns={[
                  { name: 'id', label: 'Mã', required: true, width: 180, fixed: true },
                  { name: 'name', label: 'Tên', required: true },
                  { name: 'emails', label: 'Thư điện tử', kind: 'list' },
                  active,
                ]}
                load={() => ok(api.GET('/divisions'))}
                save={(items, v) => ok(api.PUT('/divisions', { ...version(v), body: items as never }))}
              />
            ),
          },
          {
            key: 'holidays',
            label: 'Ngày nghỉ lễ',
            children: <HolidayEditor />,
          },
        ]}
      />
    </>
  );
}
