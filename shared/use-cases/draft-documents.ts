/**
 * Drafts of the Department's documents from the records the API holds: a visit's (proposal, guest
 * list, permission request, reception plan, results report) and a period's report. Each draft is
 * made anew from the current records, so an edit to the visit shows in the next draft.
 */
import { type LocalDate, localDateOf } from '../compliance/calendar';
import type { RuleProfile } from '../compliance/profile';
import type { Issuer } from '../config/issuer';
import type { VisitDocumentKind } from '../documents/kind-names';
import { visitDocuments } from '../documents/kinds';
import { periodicReport } from '../documents/kinds/periodic-report';
import { renderDocx } from '../documents/render-docx';
import type { DraftOptions } from '../documents/visit-facts';
import { agencyName } from '../documents/visit-facts';
import type { Agency } from '../domain/agency-directory';
import type { Division } from '../domain/divisions';
import { InvalidChangeError } from '../domain/errors';
import type { Official, Room } from '../domain/resources';
import type { ComplianceReports } from './ports/compliance-reports';
import type { DelegationStore } from './ports/delegation-store';
import type { DirectoryStore } from './ports/directory';
import type { Meetings } from './ports/meetings';
import type { ReportSource } from './ports/report-source';
import { buildSummary, buildVisitList } from './reports';
import { requireDelegation } from './require-delegation';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Read<T> = Pick<DirectoryStore<T>, 'get'>;

export interface DraftDeps {
  officials: Read<Official>;
  agencies: Read<Agency>;
  issuer: Issuer;
  profile: RuleProfile;
}

export interface VisitDraftDeps extends DraftDeps {
  delegations: Pick<DelegationStore, 'get'>;
  reports: Pick<ComplianceReports, 'latest'>;
  meetings: Pick<Meetings, 'list'>;
  rooms: Read<Room>;
  divisions: Read<Division>;
}

export interface DraftRequest {
  number?: string;
  date?: LocalDate;
  /** An official's id: the draft names them as the signer. */
  signer?: string;
}

export async function draftOptions(
  request: DraftRequest,
  officials: Read<Official>,
  now: Date,
): Promise<DraftOptions> {
  let signer: Official | undefined;
  if (request.signer) {
    signer = (await officials.get()).items.find((official) => official.id === request.signer);
    if (!signer)
      throw new InvalidChangeError(`No official has the id ${request.signer}.`, {
        issues: [{ path: 'signer', message: 'Not an official of the directory (GET /officials lists them)' }],
      });
  }
  return { number: request.number, date: request.date, signer, today: localDateOf(now) };
}

/** How each draft's file is named, before the partner's name. */
const fileNames: Record<VisitDocumentKind, string> = {
  proposal: 'To-trinh',
  'guest-list-police': 'Cong-van-Cong-an',
  'permission-request': 'Cong-van-de-nghi-UBND-tinh',
  'conference-plan': 'De-an-hoi-thao',
  'reception-plan': 'Ke-hoach-don-tiep',
  'visit-report': 'Bao-cao-ket-qua',
};

/** "Cong-van-Cong-an-Seoul-National-University.docx": what the draft is and whose, in plain letters. */
/** The partner's name as a file name takes it: "Dai-hoc-Quoc-gia-Seoul". */
export const partnerSlug = (partner: { name: string; nameVi?: string }): string =>
  (partner.nameVi ?? partner.name)
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

function fileNameOf(kind: VisitDocumentKind, partner: { name: string; nameVi?: string }): string {
  const name = partnerSlug(partner);
  return `${fileNames[kind]}${name ? `-${name}` : ''}.docx`;
}

export async function draftVisitDocument(
  id: string,
  kind: VisitDocumentKind,
  request: DraftRequest,
  deps: VisitDraftDeps,
  now: Date,
): Promise<{ content: Buffer; fileName: string }> {
  const delegation = await requireDelegation(deps.delegations, id);
  const [latest, meetings, rooms, officials, agencies, divisions, options] = await Promise.all([
    deps.reports.latest(id),
    deps.meetings.list(id),
    deps.rooms.get(),
    deps.officials.get(),
    deps.agencies.get(),
    deps.divisions.get(),
    draftOptions(request, deps.officials, now),
  ]);
  const document = visitDocuments[kind]({
    delegation,
    report: latest?.report,
    meetings: meetings
      .filter((meeting) => meeting.status === 'scheduled')
      .sort((a, b) => a.start.localeCompare(b.start)),
    rooms: rooms.items,
    officials: officials.items,
    agencies: agencies.items,
    hostDivisionName:
      divisions.items.find((division) => division.id === delegation.hostDivision)?.name ??
      delegation.hostDivision,
    profile: deps.profile,
    issuer: deps.issuer,
    options,
  });
  return { content: renderDocx(document), fileName: fileNameOf(kind, delegation.partner) };
}

/** The quarterly or yearly report on receiving foreign delegations, for [from, to]. */
export async function draftPeriodicReport(
  range: { from: LocalDate; to: LocalDate } & DraftRequest,
  deps: DraftDeps & { source: ReportSource; divisions: Read<Division> },
  now: Date,
): Promise<{ content: Buffer; fileName: string }> {
  const [list, byCountry, agencies, options] = await Promise.all([
    buildVisitList(range, deps),
    buildSummary({ ...range, groupBy: 'country' }, deps, now),
    deps.agencies.get(),
    draftOptions(range, deps.officials, now),
  ]);
  const document = periodicReport({
    list,
    byCountry,
    issuer: deps.issuer,
    options,
    addressee: agencyName({ agencies: agencies.items }, 'provincial-committee'),
  });
  return { content: renderDocx(document), fileName: `bao-cao-doan-vao_${range.from}_${range.to}.docx` };
}
