import type { ExternalInformationReport } from './external-information';
import { workbook } from './workbook';

const day = (value: string) => ({ day: value });

/** The yearly report's figures as a workbook: one sheet per part, for the Office to sort and sum. */
export function externalInformationXlsx(report: ExternalInformationReport): Promise<Buffer> {
  const { visits, budget } = report;
  return workbook([
    {
      sheet: 'Đoàn theo loại đối tác',
      title: report.title,
      headers: ['Loại đối tác', 'Số đoàn', 'Số lượt khách'],
      rows: [
        ...visits.byPartnerType.map((row) => [row.label, row.delegations, row.members]),
        ['Tổng cộng', visits.delegations, visits.members],
      ],
      boldLastRow: true,
    },
    {
      sheet: 'Đoàn theo quốc gia',
      title: report.title,
      headers: ['Quốc gia', 'Số đoàn', 'Số lượt khách'],
      rows: [
        ...visits.byCountry.map((row) => [row.label, row.delegations, row.members]),
        ['Tổng cộng', visits.delegations, visits.members],
      ],
      boldLastRow: true,
    },
    {
      sheet: 'Hội nghị, hội thảo',
      title: report.title,
      headers: ['Hội nghị, hội thảo', 'Đối tác', 'Ngày', 'Cấp cho phép'],
      rows: report.conferences.map((row) => [row.title, row.partner, day(row.day), row.authority]),
    },
    {
      sheet: 'Thỏa thuận đã ký',
      title: report.title,
      headers: ['Văn bản', 'Đối tác', 'Ngày'],
      rows: report.agreements.map((row) => [row.title, row.partner, day(row.day)]),
    },
    {
      sheet: 'Tin bài',
      title: report.title,
      headers: ['Tin, bài', 'Đối tác', 'Ngày đăng', 'Đường dẫn'],
      rows: report.news.map((row) => [row.title, row.partner, day(row.publishedOn), row.url]),
    },
    {
      sheet: 'Sự kiện',
      title: report.title,
      headers: ['Sự kiện', 'Loại hình', 'Từ ngày', 'Đến ngày', 'Địa điểm', 'Đối tác tham gia', 'Số người'],
      rows: report.events.map((row) => [
        row.title,
        row.kindName,
        day(row.from),
        day(row.to ?? row.from),
        row.place,
        row.partners.join('; '),
        row.participants ?? '',
      ]),
    },
    {
      sheet: 'Bồi dưỡng, tập huấn',
      title: report.title,
      headers: ['Lớp bồi dưỡng, tập huấn', 'Đơn vị tổ chức', 'Từ ngày', 'Đến ngày', 'Người tham gia'],
      rows: report.trainings.map((row) => [
        row.title,
        row.organiser,
        day(row.from),
        day(row.to ?? row.from),
        row.attendees.join(', '),
      ]),
    },
    {
      sheet: 'Kinh phí',
      title: report.title,
      headers: ['Khoản', 'Số tiền (đồng)'],
      rows: [
        ['Dự toán kinh phí thực hiện Kế hoạch', budget.planEstimateVnd ?? ''],
        ['Kinh phí đã sử dụng', budget.spentVnd ?? ''],
        ['Kinh phí đón tiếp theo kế hoạch đón tiếp các đoàn', budget.receptionEstimateVnd],
      ],
    },
  ]);
}

export const externalInformationFileName = (report: ExternalInformationReport, extension: 'docx' | 'xlsx') =>
  `bao-cao-thong-tin-doi-ngoai_${report.year}.${extension}`;
