/**
 * Which of a visit's drafts can be made now, and why not the others: the console shows each draft
 * that cannot be made yet disabled, with its reason, instead of refusing it after the click.
 */
import type { ComplianceReport } from '../compliance/engine';
import type { Delegation } from '../domain/delegation';
import { type VisitDocumentKind, visitDocumentKinds } from './kind-names';
import { conferenceOf } from './kinds/conference-plan';
import { committeeRequests } from './kinds/permission-request';

export interface DocumentAvailability {
  kind: VisitDocumentKind;
  available: boolean;
  /** Why it cannot be drafted yet, as the Office reads it. */
  reasonVi?: string;
}

function reasonNot(
  kind: VisitDocumentKind,
  delegation: Delegation,
  report: ComplianceReport,
): string | undefined {
  switch (kind) {
    case 'permission-request':
      return committeeRequests({ delegation, report }).length
        ? undefined
        : 'Đoàn không cần văn bản cho phép nào qua UBND tỉnh, hoặc đã có đủ.';
    case 'conference-plan':
      return conferenceOf(delegation) ? undefined : 'Đoàn không có hội nghị, hội thảo quốc tế.';
    case 'visit-report':
      return delegation.visitReport
        ? undefined
        : 'Chưa có báo cáo sau chuyến thăm; hãy nhập báo cáo kết quả trước.';
    default:
      return undefined;
  }
}

export const documentAvailability = (
  delegation: Delegation,
  report: ComplianceReport,
): DocumentAvailability[] =>
  visitDocumentKinds.map((kind) => {
    const reasonVi = reasonNot(kind, delegation, report);
    return reasonVi ? { kind, available: false, reasonVi } : { kind, available: true };
  });
