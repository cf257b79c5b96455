/**
 * The one-line Vietnamese account a timeline entry carries where its name alone does not say enough:
 * what an erasure of personal data erased, under which policy.
 */
import type { Envelope } from '../../events/envelope';
import { PersonalDataErasedV1 } from '../../events/personal-data-erased.v1';
import { retentionPolicyName } from '../../shared/compliance/personal-data';

export function summaryOf(event: Envelope): string | undefined {
  if (event.name !== PersonalDataErasedV1.name) return undefined;
  const parsed = PersonalDataErasedV1.dataSchema.safeParse(event.data);
  if (!parsed.success) return undefined;
  const erased = parsed.data;
  const parts = [
    `${erased.passportNumbers} số hộ chiếu`,
    erased.datesOfBirth ? `${erased.datesOfBirth} ngày sinh` : '',
    erased.entryDetails ? `thông tin hộ chiếu, thị thực của ${erased.entryDetails} người` : '',
    erased.passportScans ? `${erased.passportScans} bản chụp hộ chiếu` : '',
  ].filter(Boolean);
  return `Đã xóa ${parts.join(', ')} khi hết ${retentionPolicyName(erased.retentionMonths)}; văn bản đã ký được giữ lại.`;
}
