/** The documents drafted for one visit, as GET /delegations/{id}/documents/{kind} names them. */
export const visitDocumentKinds = [
  'proposal',
  'guest-list-police',
  'permission-request',
  'conference-plan',
  'reception-plan',
  'visit-report',
] as const;
export type VisitDocumentKind = (typeof visitDocumentKinds)[number];
