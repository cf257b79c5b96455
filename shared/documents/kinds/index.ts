import type { AdminDocument } from '../admin-document';
import type { VisitDocumentKind } from '../kind-names';
import type { VisitFacts } from '../visit-facts';
import { conferencePlan } from './conference-plan';
import { guestListPolice } from './guest-list-police';
import { permissionRequest } from './permission-request';
import { proposal } from './proposal';
import { receptionPlan } from './reception-plan';
import { visitReport } from './visit-report';

/** The drafts of one visit, by the `kind` of GET /delegations/{id}/documents/{kind}. */
export const visitDocuments = {
  proposal,
  'guest-list-police': guestListPolice,
  'permission-request': permissionRequest,
  'conference-plan': conferencePlan,
  'reception-plan': receptionPlan,
  'visit-report': visitReport,
} as const satisfies Record<VisitDocumentKind, (facts: VisitFacts) => AdminDocument>;
