import * as z from 'zod';
import { oneLine } from './text-fields';

const resourceId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Ids are 1–40 lower-case letters, digits or dashes');
const text = oneLine(200);

const uniqueIds = <T extends { id: string }>(items: T[]) =>
  new Set(items.map((item) => item.id)).size === items.length;

export const roomSchema = z.strictObject({
  id: resourceId,
  name: text,
  location: text.optional(),
  capacity: z.number().int().positive().max(2000).optional(),
  active: z.boolean().default(true),
});
export type Room = z.infer<typeof roomSchema>;

/**
 * An official's position in the Department: it decides the authority line they sign under
 * (Nghị định 30/2020/NĐ-CP, Điều 13) and which documents they may sign (shared/documents/signing.ts).
 */
export const officialPositions = [
  'director',
  'acting_director',
  'deputy_director',
  'chief_of_office',
  'deputy_chief_of_office',
  'division_head',
  'deputy_division_head',
  'staff',
] as const;
export type OfficialPosition = (typeof officialPositions)[number];

/** Leaders and host-division staff who attend meetings with delegations. */
export const officialSchema = z.strictObject({
  id: resourceId,
  /** "Ông" or "Bà", as a letter addresses the official: "Kính gửi: Ông Nguyễn Văn An, Giám đốc Sở". */
  honorific: z.enum(['Ông', 'Bà']).optional(),
  fullName: text,
  title: text,
  /** Without one, the official attends meetings but signs no draft. */
  position: z.enum(officialPositions).optional(),
  unit: text,
  email: z.email().max(254).optional(),
  active: z.boolean().default(true),
});
export type Official = z.infer<typeof officialSchema>;

export const roomListSchema = z.array(roomSchema).max(200).refine(uniqueIds, 'Each room id may appear once');
export const officialListSchema = z
  .array(officialSchema)
  .max(500)
  .refine(uniqueIds, 'Each official id may appear once');

export { resourceId };
