import * as z from 'zod';
import { InvalidChangeError } from './errors';
import { resourceId } from './resources';
import { oneLine } from './text-fields';

/**
 * The Department's divisions that host visits. The registration names one by its id, and the
 * host division's emails (meeting invitations, report reminders, decisions) go to its own
 * addresses. Unit names changed in the 2025 reorganisation (the Department absorbed the
 * Department of Information and Communications): admin keeps this list (PUT /divisions).
 */
export const divisionSchema = z.strictObject({
  id: resourceId,
  name: oneLine(200),
  emails: z.array(z.email().max(254)).max(10),
  active: z.boolean().default(true),
});
export type Division = z.infer<typeof divisionSchema>;

export const divisionListSchema = z
  .array(divisionSchema)
  .max(100)
  .refine((items) => new Set(items.map((item) => item.id)).size === items.length, 'Each division id once');

/**
 * The starting list; the addresses are placeholders under example.gov.vn until admin replaces them
 * (the Office's own division has its own mailbox, apart from the Office's agency address).
 */
export const defaultDivisions: Division[] = [
  ['van-phong', 'Văn phòng Sở'],
  ['planning-finance', 'Phòng Kế hoạch - Tài chính'],
  ['science-management', 'Phòng Quản lý khoa học'],
  ['technology-innovation', 'Phòng Quản lý công nghệ và Đổi mới sáng tạo'],
  ['standards-quality', 'Phòng Tiêu chuẩn, Đo lường, Chất lượng'],
  ['digital-transformation', 'Phòng Chuyển đổi số'],
  ['posts-telecoms', 'Phòng Bưu chính, Viễn thông'],
  ['information-centre', 'Trung tâm Thông tin, thống kê và ứng dụng KH&CN'],
].map(([id, name]) => ({
  id: id ?? '',
  name: name ?? '',
  emails: [`${id}@hungyen.example.gov.vn`],
  active: true,
}));

/** The division a registration names, if the directory has it and it is active. */
export const activeDivision = (divisions: readonly Division[], id: string) =>
  divisions.find((division) => division.id === id && division.active);

export interface DivisionSource {
  get(): Promise<{ items: Division[] }>;
}

/** A registration names an active division of the directory (400 on the field otherwise). */
export async function assertHostDivision(source: DivisionSource, id: string): Promise<void> {
  requireActiveDivision((await source.get()).items, id);
}

/** The same check against a directory already read. */
export function requireActiveDivision(divisions: readonly Division[], id: string): void {
  if (activeDivision(divisions, id)) return;
  throw new InvalidChangeError('The host division is not an active division of the Department.', {
    issues: [
      {
        path: 'hostDivision',
        message: `No active division has the id "${id}"; GET /divisions lists them (${divisions
          .filter((division) => division.active)
          .map((division) => division.id)
          .join(', ')})`,
      },
    ],
  });
}
