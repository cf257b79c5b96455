/**
 * The agencies a visit may concern (regulations reference, "Agencies"). Keys are stable; names and
 * addresses are directory data (2025 reorganisations moved several of them), see the agency directory.
 */
export const agencyKeys = [
  'foreign-affairs',
  'provincial-committee',
  'police',
  'military',
  'religious-affairs',
  'party-external',
  'friendship-union',
  'mofa',
  'leadership',
  'office',
  'host-unit',
  'information-centre',
] as const;

export type AgencyKey = (typeof agencyKeys)[number];

/** Default Vietnamese names, used in reports until the directory says otherwise. */
export const defaultAgencyNames: Record<AgencyKey, string> = {
  'foreign-affairs': 'Văn phòng UBND tỉnh (bộ phận ngoại vụ)',
  'provincial-committee': 'Chủ tịch UBND tỉnh (qua Văn phòng UBND tỉnh)',
  police: 'Công an tỉnh',
  military: 'Bộ Chỉ huy Quân sự tỉnh',
  'religious-affairs': 'Sở Dân tộc và Tôn giáo',
  'party-external': 'Đầu mối đối ngoại Đảng của Tỉnh ủy',
  'friendship-union': 'Liên hiệp các tổ chức hữu nghị tỉnh',
  mofa: 'Bộ Ngoại giao',
  leadership: 'Ban Giám đốc Sở',
  office: 'Văn phòng Sở',
  'host-unit': 'Phòng chủ trì đón đoàn',
  'information-centre': 'Trung tâm Thông tin, thống kê và ứng dụng KH&CN',
};
