import { formatVietnameseDate } from '../compliance/calendar';
import type { RuleProfile } from '../compliance/profile';
import { officeContact } from '../config/office-contact';
import type { AgencyKey } from '../domain/agencies';
import { type Agency, reachableAddresses } from '../domain/agency-directory';
import type { Division } from '../domain/divisions';
import type { NotificationRecord } from '../domain/notification-record';
import { fileName, summaryXlsx, workbook, XLSX_TYPE } from '../history/report-files';
import { conferenceHeaders, conferenceRows } from '../history/summary';
import { type Block, toHtml, toText } from '../notifications/blocks';
import { closing } from '../notifications/closing';
import { composeMime } from '../notifications/mime';
import type { DirectoryStore } from './ports/directory';
import type { EmailSender } from './ports/email-sender';
import type { NotificationStore } from './ports/notifications';
import type { ReportSource } from './ports/report-source';
import { buildSummary, buildVisitList, conferenceAuthority, type PeriodicJob, periodOf } from './reports';

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
  const claim = await deps.notifications.claim(record, at);
  if (claim === 'in_progress') throw new Error('Another run is sending this report; retry later.');
  if (claim !== 'claimed') return claim;

  const blocks: Block[] = [{ kind: 'paragraph', text: `Kính gửi: ${record.recipientName}` }];
  let attachment: { filename: string; content: Buffer };
  let subject = `Báo cáo tổng hợp đoàn vào ${period.label}`;
  if (job === 'conference-report') {
    const delegations = await deps.source.arriving(period.from, period.to);
    const rows = conferenceRows(delegations, (delegation) => conferenceAuthority(delegation, deps.profile));
    subject = `Tổng hợp hội nghị, hội thảo quốc tế ${period.label} (báo cáo trước ngày ${formatVietnameseDate(`${period.from.slice(0, 4)}-${deps.profile.parameters.yearlyConferenceReportBy}`)})`;
    blocks.push(
      {
        kind: 'paragraph',
        text: `Danh sách ${rows.length} hội nghị, hội thảo quốc tế ${period.label} để Văn phòng Sở tổng hợp báo cáo UBND tỉnh.`,
      },
      { kind: 'table', headers: conferenceHeaders, rows },
    );
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
    attachment = { filename: fileName(summary, 'xlsx'), content: await summaryXlsx(summary, list) };
    blocks.push(
      { kind: 'paragraph', text: summary.title },
      {
        kind: 'list',
        items: [
          `Số đoàn: ${summary.totals.delegations}; số thành viên: ${summary.totals.members}; số cuộc làm việc: ${summary.totals.meetings}`,
          `Đã phê duyệt: ${summary.totals.approved}; không phê duyệt: ${summary.totals.rejected}; đang chờ quyết định: ${summary.totals.awaitingDecision}`,
          `Đã kết thúc: ${summary.totals.completed}; đã báo cáo kết quả: ${summary.totals.reported}; đã hủy: ${summary.totals.cancelled}; báo cáo sau chuyến thăm quá hạn: ${summary.totals.overdueReports}`,
        ],
      },
      {
        kind: 'paragraph',
        text: 'Tệp Excel đính kèm gồm hai trang: "Tổng hợp" (số liệu theo từng nhóm) và "Danh sách đoàn" (từng đoàn, trưởng đoàn, thời gian, đơn vị chủ trì, trạng thái và kết quả).',
      },
    );
  }
  const contact = officeContact(deps.mailFrom);
  blocks.push(...closing(contact));
  const raw = await composeMime({
    from: deps.mailFrom,
    replyTo: contact.email,
    to: addresses,
    subject,
    text: toText(blocks),
    html: toHtml(blocks),
    attachments: [{ ...attachment, contentType: XLSX_TYPE }],
  });
  let messageId: string;
  try {
    messageId = await deps.sender.send(raw, { report: job });
  } catch (error) {
    await deps.notifications.update(record, 'retry', new Date(), { reason: String(error) });
    throw error;
  }
  await deps.notifications.update(record, 'sent', new Date(), { messageId });
  return 'sent';
}
