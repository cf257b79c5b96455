/** The registration as the Office entered it: partner, purpose, places, contact, costs, members, permits recorded. */
import { Descriptions, Table, Typography } from 'antd';
import { costSharingOf } from '../../../shared/domain/cost-sharing';
import { useDivisions } from '../data/directories';
import type { Delegation } from '../data/visits';
import { countryName, formatDate } from '../format';
import {
  approvalKindNames,
  authorityName,
  costSharingNames,
  memberRankNames,
  memberRoleNames,
  partnerTypeNames,
  sexNames,
} from '../labels';

/** Who pays what: the registration's choice, or what the older switch meant. */
const costSharingLabel = (delegation: Parameters<typeof costSharingOf>[0]) => {
  const name = costSharingNames[costSharingOf(delegation)];
  return name.charAt(0).toLocaleUpperCase('vi') + name.slice(1);
};

/** When the members' personal data is (or was) erased, under the Department's own retention policy. */
function personalDataNote(data: Delegation['personalData']) {
  const policy = `thời hạn lưu giữ dữ liệu cá nhân theo quy định của Sở (${data.retentionMonths} tháng kể từ khi kết thúc chuyến thăm)`;
  if (data.erasedAt) return `Đã xóa ngày ${formatDate(data.erasedAt)} khi hết ${policy}`;
  if (data.erasureDueOn)
    return `Lưu đến ngày ${formatDate(data.erasureDueOn)} theo ${policy}, sau đó tự động xóa`;
  return `Lưu theo ${policy}`;
}

export function RegistrationDetails({ delegation }: { delegation: Delegation }) {
  const divisions = useDivisions();
  return (
    <>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="Loại đối tác">
          {partnerTypeNames[delegation.partner.type]}
        </Descriptions.Item>
        <Descriptions.Item label="Công văn đến">
          {delegation.sourceLetter
            ? `Số ${delegation.sourceLetter.number} ngày ${formatDate(delegation.sourceLetter.date)}`
            : ''}
        </Descriptions.Item>
        <Descriptions.Item label="Mục đích" span={2}>
          {delegation.purpose}
        </Descriptions.Item>
        <Descriptions.Item label="Chủ đề">{delegation.topics.join('; ')}</Descriptions.Item>
        <Descriptions.Item label="Đơn vị chủ trì">
          {divisions.data?.items.find((division) => division.id === delegation.hostDivision)?.name ??
            delegation.hostDivision}
        </Descriptions.Item>
        <Descriptions.Item label="Địa điểm" span={2}>
          {delegation.itinerary
            .map(
              (place) =>
                `${place.name}${place.restrictedArea ? ` (khu vực cấm, ${place.managedBy === 'military' ? 'quân đội' : 'công an'} quản lý)` : ''}${place.overnightStay ? ' (lưu trú)' : ''}`,
            )
            .join('; ')}
        </Descriptions.Item>
        <Descriptions.Item label="Người liên hệ" span={2}>
          {delegation.contact.name} · {delegation.contact.email}
          {delegation.contact.phone ? ` · ${delegation.contact.phone}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="Chi phí đón tiếp">{costSharingLabel(delegation)}</Descriptions.Item>
        <Descriptions.Item label="Quà tặng">{delegation.giftsPlanned ? 'Có' : 'Không'}</Descriptions.Item>
        <Descriptions.Item label="Dữ liệu cá nhân của thành viên" span={2}>
          {personalDataNote(delegation.personalData)}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={4} style={{ marginTop: 16 }}>
        Thành viên đoàn ({delegation.members.length})
      </Typography.Title>
      <Table
        size="small"
        rowKey={(member) => `${member.fullName}-${member.passportNumber ?? ''}`}
        pagination={false}
        dataSource={delegation.members}
        columns={[
          { title: 'Họ và tên', dataIndex: 'fullName' },
          {
            title: 'Quốc tịch',
            render: (_, m) => (m.nationality ? countryName(m.nationality) : ''),
          },
          { title: 'Số hộ chiếu', dataIndex: 'passportNumber' },
          {
            title: 'Giới tính, ngày sinh',
            render: (_, m) =>
              [m.sex ? sexNames[m.sex] : '', m.dateOfBirth ? formatDate(m.dateOfBirth) : '']
                .filter(Boolean)
                .join(', '),
          },
          {
            title: 'Chức danh',
            render: (_, m) => (m.titleVi && m.title ? `${m.titleVi} (${m.title})` : (m.titleVi ?? m.title)),
          },
          { title: 'Cấp bậc', render: (_, m) => memberRankNames[m.rank] },
          { title: 'Vai trò', render: (_, m) => memberRoleNames[m.role] },
        ]}
      />
      <Typography.Title level={4} style={{ marginTop: 16 }}>
        Văn bản cho phép đã ghi nhận
      </Typography.Title>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={delegation.approvals}
        locale={{ emptyText: 'Chưa có' }}
        columns={[
          { title: 'Loại văn bản', render: (_, a) => approvalKindNames[a.kind] },
          { title: 'Cơ quan', render: (_, a) => authorityName(a.authority) },
          {
            title: 'Số, ngày',
            render: (_, a) => `${a.documentNumber} ngày ${formatDate(a.documentDate)}`,
          },
          { title: 'Cơ quan ban hành', dataIndex: 'issuingBody' },
        ]}
      />
    </>
  );
}
