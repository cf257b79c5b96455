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
  'mps',
  'leadership',
  'office',
  'host-unit',
  'information-centre',
] as const;

export type AgencyKey = (typeof agencyKeys)[number];

/** Default Vietnamese names, by each body's full name, used until the directory says otherwise. */
export const defaultAgencyNames: Record<AgencyKey, string> = {
  'foreign-affairs': 'Văn phòng UBND tỉnh Hưng Yên (bộ phận ngoại vụ)',
  'provincial-committee': 'Chủ tịch UBND tỉnh Hưng Yên (qua Văn phòng UBND tỉnh)',
  police: 'Công an tỉnh Hưng Yên',
  military: 'Bộ Chỉ huy Quân sự tỉnh Hưng Yên',
  'religious-affairs': 'Sở Dân tộc và Tôn giáo tỉnh Hưng Yên',
  'party-external': 'Đầu mối đối ngoại Đảng của Tỉnh ủy Hưng Yên',
  'friendship-union': 'Liên hiệp các tổ chức hữu nghị tỉnh Hưng Yên',
  mofa: 'Bộ Ngoại giao',
  mps: 'Bộ Công an',
  leadership: 'Ban Giám đốc Sở Khoa học và Công nghệ',
  office: 'Văn phòng Sở Khoa học và Công nghệ',
  'host-unit': 'Phòng chủ trì đón đoàn',
  'information-centre': 'Trung tâm Thông tin, thống kê và ứng dụng KH&CN',
};
