import type { RuleProfile } from '../compliance/profile';
import { officeContact } from '../config/office-contact';
import type { AgencyKey } from '../domain/agencies';
import { type Agency, reachableAddresses } from '../domain/agency-directory';
import type { Division } from '../domain/divisions';
import type { NotificationRecord } from '../domain/notification-record';
import { conferenceReportEmail, summaryReportEmail } from '../history/periodic-report-email';
import { fileName, summaryXlsx } from '../history/report-files';
import { conferenceHeaders, conferenceRows } from '../history/summary';
import { workbook, XLSX_TYPE } from '../history/workbook';
import { type Block, toHtml, toText } from '../notifications/blocks';
import { closing } from '../notifications/closing';
import { composeMime } from '../notifications/mime';
import type { DirectoryStore } from './ports/directory';
import type { EmailSender } from './ports/email-sender';
import type { NotificationStore } from './ports/notifications';
import type { ReportSource } from './ports/report-source';
import { buildSummary, buildVisitList, conferenceAuthority, type PeriodicJob, periodOf } from './reports';
import { sendOnce } from './send-once';

export interface PeriodicReportDeps {
  source: ReportSource;
  agencies: DirectoryStore<Agency>;
  notifications: NotificationStore;
  sender: EmailSender;
  mailFrom: string;
  profile: RuleProfile;
  divisions: DirectoryStore<Division>;
}

/** Scheduled reports are recorded like notifications, under this pseudo-delegation, once per period. */
const REPORTS = 'REPORTS';

/**
 * Emails the quarterly or yearly summary to leadership, or the yearly list of international
 * conferences to the Office (due by 18 December, Quyết định 06/2020/QĐ-TTg, Điều 8), once per period.
 */
export async function sendPeriodicReport(
  job: PeriodicJob,
  at: Date,
  deps: PeriodicReportDeps,
): Promise<NotificationRecord['status']> {
  const period = periodOf(job, at, deps.profile.reportingPeriod);
  const recipient: AgencyKey = job === 'conference-report' ? 'office' : 'leadership';
  const agency = (await deps.agencies.get()).items.find((candidate) => candidate.key === recipient);
  const addresses = reachableAddresses(agency);
  const record: NotificationRecord = {
    delegationId: REPORTS,
    eventId: `${job}:${period.key}`,
    eventName: job,
    recipient: `agency:${recipient}`,
    recipientName: agency?.name ?? recipient,
    addresses,
    status: 'sending',
    attempts: 0,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  };
  if (addresses.length === 0) {
    await deps.notifications.record({
      ...record,
      status: 'suppressed',
      reason: 'No reachable address in the directory.',
    });
    return 'suppressed';
  }
  const outcome = await sendOnce(
    record,
    () => composeReport(job, period, record, addresses, at, deps),
    deps,
    at,
  );
  return outcome.status === 'settled' ? outcome.as : outcome.status;
}

/** The report's email with its workbook, from the visits of the period. */
async function composeReport(
  job: PeriodicJob,
  period: ReturnType<typeof periodOf>,
  record: NotificationRecord,
  addresses: string[],
  at: Date,
  deps: PeriodicReportDeps,
) {
  let email: { subject: string; blocks: Block[] };
  let attachment: { filename: string; content: Buffer };
  if (job === 'conference-report') {
    const delegations = await deps.source.arriving(period.from, period.to);
    const rows = conferenceRows(delegations, (delegation) => conferenceAuthority(delegation, deps.profile));
    const dueDate = `${period.to.slice(0, 4)}-${deps.profile.parameters.yearlyConferenceReportBy}`;
    email = conferenceReportEmail(period, rows, dueDate);
    attachment = {
      filename: `hoi-nghi-quoc-te_${period.key}.xlsx`,
      content: await workbook([
        {
          sheet: 'Hội nghị quốc tế',
          title: `Hội nghị, hội thảo quốc tế ${period.label}`,
          headers: conferenceHeaders,
          rows,
        },
      ]),
    };
  } else {
    const [summary, list] = await Promise.all([
      buildSummary(
        { from: period.from, to: period.to, groupBy: job === 'quarterly-report' ? 'month' : 'quarter' },
        deps,
        at,
      ),
      buildVisitList(period, deps),
    ]);
    email = summaryReportEmail(period, summary);
    attachment = { filename: fileName(summary, 'xlsx'), content: await summaryXlsx(summary, list) };
  }
  const contact = officeContact(deps.mailFrom);
  const blocks: Block[] = [
    { kind: 'paragraph', text: `Kính gửi: ${record.recipientName}` },
    ...email.blocks,
    ...closing(contact),
  ];
  const raw = await composeMime({
    from: deps.mailFrom,
    replyTo: contact.email,
    to: addresses,
    subject: email.subject,
    text: toText(blocks),
    html: toHtml(blocks),
    attachments: [{ ...attachment, contentType: XLSX_TYPE }],
  });
  return { raw, tags: { report: job } };
}
