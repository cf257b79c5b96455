/**
 * The one-line Vietnamese account a timeline entry carries where its name alone does not say enough:
 * what an erasure of personal data erased, under which policy.
 */
import type { DomainEvent } from '../../events/catalogue';
import { retentionPolicyName } from '../../shared/compliance/personal-data';

export function summaryOf(event: DomainEvent): string | undefined {
  if (event.name !== 'Delegation.PersonalDataErased') return undefined;
  const erased = event.data;
  const parts = [
    `${erased.passportNumbers} số hộ chiếu`,
    erased.datesOfBirth ? `${erased.datesOfBirth} ngày sinh` : '',
    erased.entryDetails ? `thông tin hộ chiếu, thị thực của ${erased.entryDetails} người` : '',
    erased.passportScans ? `${erased.passportScans} bản chụp hộ chiếu` : '',
  ].filter(Boolean);
  return `Đã xóa ${parts.join(', ')} khi hết ${retentionPolicyName(erased.retentionMonths)}; văn bản đã ký được giữ lại.`;
}
