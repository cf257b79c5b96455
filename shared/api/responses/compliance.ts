/** What GET /delegations/{id}/compliance and the meeting views answer about findings. */
import * as z from 'zod';

const severity = z.enum(['blocking', 'approval_required', 'action_required', 'info']);

/** Who must give which permission, by when, and the document that gave it once recorded. */
const requiredApprovalView = z.looseObject({
  authority: z.string(),
  kind: z.string().optional(),
  what: z.string(),
  dueDate: z.iso.date().optional(),
  neededBy: z.iso.date().optional(),
  recorded: z
    .looseObject({
      id: z.string(),
      documentNumber: z.string(),
      documentDate: z.iso.date(),
      issuingBody: z.string(),
    })
    .optional(),
});

/** One finding: what was found and what to do, by when, on which legal basis, who is told. */
export const findingView = z.looseObject({
  ruleId: z.string(),
  /** What the Office marks done (reports made before keys existed have none). */
  key: z.string().optional(),
  severity,
  title: z.object({ vi: z.string(), en: z.string() }),
  /** The task in a few words, where the rule found several; the title says it otherwise. */
  summary: z.string().optional(),
  message: z.string(),
  citation: z.string(),
  dueDate: z.iso.date().optional(),
  overdue: z.boolean().optional(),
  agencies: z.array(z.string()),
  approvals: z.array(requiredApprovalView),
});

/** GET /delegations/{id}/compliance: the latest report, readable, and whether it is current. */
export const complianceReportView = z.looseObject({
  delegationId: z.string(),
  delegationVersion: z.number().int(),
  checkedAt: z.string(),
  outcome: z.enum(['cleared', 'awaiting_permits', 'approval_required', 'blocked']),
  outcomeVi: z.string(),
  current: z.boolean(),
  delegationStatus: z.string(),
  findings: z.array(
    findingView.extend({
      severityVi: z.string(),
      dueDateVi: z.string().optional(),
      agencyNames: z.array(z.string()),
      /** Leadership's decision on a finding that asked for one. */
      decided: z.enum(['approve', 'reject']).optional(),
      /** The Office marked the task done: who, when, the note and what shows it. */
      done: z
        .looseObject({
          note: z.string().optional(),
          attachmentId: z.string().optional(),
          approvalId: z.string().optional(),
          doneBy: z.looseObject({
            sub: z.string(),
            username: z.string().optional(),
            name: z.string().optional(),
          }),
          doneAt: z.string(),
        })
        .optional(),
    }),
  ),
  summaryVi: z.array(z.string()),
  /** Which drafts can be made now (GET /delegations/{id}/documents/{kind}), and why not the others. */
  documents: z
    .array(z.object({ kind: z.string(), available: z.boolean(), reasonVi: z.string().optional() }))
    .optional(),
  /** Leadership's decision on the visit, once taken: who, when, with which note. */
  decision: z
    .looseObject({
      decision: z.enum(['approve', 'reject']),
      decisionVi: z.string(),
      note: z.string().optional(),
      decidedBy: z.looseObject({
        sub: z.string(),
        username: z.string().optional(),
        name: z.string().optional(),
      }),
      decidedAt: z.string(),
    })
    .optional(),
});
