/**
 * A visit on one A4 page for the file or a meeting: partner, members, programme, findings and the
 * decision, printed from the browser without the console around it (console.css, @media print).
 */
import { Button, Skeleton, Space, Typography } from 'antd';
import { useParams } from 'react-router';
import { useDivisions, useOfficials, useRooms } from '../data/directories';
import { useVisit } from '../data/visits';
import { countryName, formatDate, formatDateTime, formatPeriod, formatTime } from '../format';
import { actorName, memberRoleNames, partnerTypeNames, statusNameOf } from '../labels';
import { usePageTitle } from '../page-title';
import { BackTo } from '../visit/BackTo';

export default function PrintPage() {
  const { id = '' } = useParams();
  const visit = useVisit(id);
  const rooms = useRooms();
  const officials = useOfficials();
  const divisions = useDivisions();
  const delegation = visit.delegation.data;
  const name = delegation ? (delegation.partner.nameVi ?? delegation.partner.name) : 'Hồ sơ đoàn';
  usePageTitle(`Bản in — ${name}`);
  if (!delegation) return <Skeleton active />;
  const report = visit.compliance.data;
  const meetings = (visit.meetings.data?.meetings ?? []).filter((meeting) => meeting.status === 'scheduled');
  const officialName = (official: string) =>
    officials.data?.items.find((item) => item.id === official)?.fullName ?? official;
  const open = (report?.findings ?? []).filter((finding) => finding.severity !== 'info');

  return (
    <>
      <div className="no-print">
        <BackTo current="Bản in hồ sơ" />
        <Space style={{ marginBottom: 16 }}>
          <Button type="primary" onClick={() => window.print()}>
            In
          </Button>
          <Typography.Text type="secondary">Khổ A4; dùng lệnh in của trình duyệt.</Typography.Text>
        </Space>
      </div>
      <article className="print-sheet" aria-label="Bản in hồ sơ đoàn">
        <p className="print-issuer">SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HƯNG YÊN</p>
        <h1 className="print-title">HỒ SƠ ĐOÀN VÀO</h1>
        <p className="print-center">
          {delegation.receiptNumber ? `Số tiếp nhận: ${delegation.receiptNumber} · ` : ''}
          Tình trạng: {statusNameOf(delegation)}
        </p>
        <table className="print-facts">
          <tbody>
            <tr>
              <th>Đối tác</th>
              <td>
                {name}
                {delegation.partner.nameVi ? ` (${delegation.partner.name})` : ''} —{' '}
                {countryName(delegation.partner.country)}; {partnerTypeNames[delegation.partner.type]}
              </td>
            </tr>
            <tr>
              <th>Thời gian</th>
              <td>{formatPeriod(delegation.visit.arrival, delegation.visit.departure)}</td>
            </tr>
            <tr>
              <th>Mục đích</th>
              <td>{delegation.purpose}</td>
            </tr>
            <tr>
              <th>Đơn vị chủ trì</th>
              <td>
                {divisions.data?.items.find((division) => division.id === delegation.hostDivision)?.name ??
                  delegation.hostDivision}
              </td>
            </tr>
            {delegation.sourceLetter && (
              <tr>
                <th>Công văn đến</th>
                <td>
                  Số {delegation.sourceLetter.number} ngày {formatDate(delegation.sourceLetter.date)}
                </td>
              </tr>
            )}
          </tbody>
        </table>
        <h2>Thành viên đoàn ({delegation.members.length})</h2>
        <table className="print-table">
          <thead>
            <tr>
              <th>TT</th>
              <th>Họ và tên</th>
              <th>Quốc tịch</th>
              <th>Chức danh</th>
              <th>Vai trò</th>
            </tr>
          </thead>
          <tbody>
            {delegation.members.map((member, index) => (
              <tr key={`${member.fullName}-${member.passportNumber ?? member.title ?? ''}`}>
                <td>{index + 1}</td>
                <td>{member.fullName}</td>
                <td>{member.nationality ? countryName(member.nationality) : ''}</td>
                <td>{member.titleVi ?? member.title}</td>
                <td>{memberRoleNames[member.role]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>Chương trình làm việc</h2>
        {meetings.length === 0 ? (
          <p>Chưa xếp lịch làm việc.</p>
        ) : (
          <table className="print-table">
            <thead>
              <tr>
                <th>Ngày, giờ</th>
                <th>Nội dung</th>
                <th>Phòng họp</th>
                <th>Thành phần</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((meeting) => (
                <tr key={meeting.id}>
                  <td>
                    {formatDate(meeting.start)} {formatTime(meeting.start)}–{formatTime(meeting.end)}
                  </td>
                  <td>{meeting.title}</td>
                  <td>
                    {rooms.data?.items.find((room) => room.id === meeting.roomId)?.name ?? meeting.roomId}
                  </td>
                  <td>{meeting.officialIds.map(officialName).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h2>Kết quả kiểm tra theo quy định</h2>
        <p>{report ? report.outcomeVi : 'Đang kiểm tra.'}</p>
        {open.length > 0 && (
          <ul>
            {open.map((finding) => (
              <li key={`${finding.ruleId}-${finding.message}`}>
                {finding.summary ?? finding.title.vi}
                {finding.dueDateVi ? ` (hạn ${finding.dueDateVi})` : ''}
                {finding.done ? ' — đã xong' : ''}
              </li>
            ))}
          </ul>
        )}
        <h2>Ý kiến lãnh đạo</h2>
        {delegation.decision ? (
          <p>
            {delegation.decision.decision === 'approve' ? 'Đồng ý tiếp đoàn' : 'Không đồng ý tiếp đoàn'} —{' '}
            {actorName(delegation.decision.decidedBy)}, {formatDateTime(delegation.decision.decidedAt)}
            {delegation.decision.note ? `. Ý kiến: ${delegation.decision.note}` : ''}
          </p>
        ) : (
          <p>Chưa có.</p>
        )}
      </article>
    </>
  );
}
