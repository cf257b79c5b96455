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

/**
 * Default Vietnamese names, by each body's full name, used until the directory says otherwise. Each
 * is a real body; those the 2025 reorganisations may have renamed or merged are `toConfirm` below.
 */
export const defaultAgencyNames: Record<AgencyKey, string> = {
  // The provinces without a Department of Foreign Affairs moved its work to the Office of the
  // Provincial People's Committee (Nghị định 45/2025/NĐ-CP; Thông tư 09/2025/TT-BNG).
  'foreign-affairs': 'Văn phòng Ủy ban nhân dân tỉnh Hưng Yên',
  'provincial-committee': 'Ủy ban nhân dân tỉnh Hưng Yên',
  police: 'Công an tỉnh Hưng Yên',
  military: 'Bộ Chỉ huy Quân sự tỉnh Hưng Yên',
  'religious-affairs': 'Sở Dân tộc và Tôn giáo tỉnh Hưng Yên',
  'party-external': 'Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên',
  'friendship-union': 'Liên hiệp các tổ chức hữu nghị tỉnh Hưng Yên',
  mofa: 'Bộ Ngoại giao',
  mps: 'Bộ Công an',
  leadership: 'Ban Giám đốc Sở Khoa học và Công nghệ',
  office: 'Văn phòng Sở Khoa học và Công nghệ',
  'host-unit': 'Phòng chủ trì đón đoàn',
  'information-centre': 'Trung tâm Thông tin, thống kê và ứng dụng KH&CN',
};

/**
 * Defaults whose body is unverified for Hưng Yên after 2025: which body handles religion (Nghị định
 * 45/2025/NĐ-CP lets provinces differ), the Party's external-affairs focal point, and the friendship
 * union (mass organisations joined the Fatherland Front in 2025). Admin confirms them at deploy.
 */
export const agenciesToConfirm: readonly AgencyKey[] = [
  'religious-affairs',
  'party-external',
  'friendship-union',
];

/** "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên", whether the directory names the committee or its chairman. */
export const chairmanOf = (committee: string) => `Chủ tịch ${committee.replace(/^Chủ tịch\s+/i, '')}`;
