/** The Department's production stage: data retained, the stack protected, MFA for everyone. */
export default {
  stage: 'prod',
  mailDomain: 'sokhcn.hungyen.gov.vn',
  officeContact: { name: 'Văn phòng Sở Khoa học và Công nghệ' },
  // Who is paged when something fails: synthesis of prod stops until at least one address is given
  // here or as -c alarmEmails=a@…,b@… (the operators', not the Office's mailbox).
  alarmEmails: [],
  retainData: true,
  mfa: 'required',
  consoleOrigins: ['https://doanvao.sokhcn.hungyen.gov.vn'],
  // mailViaSes: true once the domain's DKIM records are published and SES shows it verified.
  signIn: { domainPrefix: 'hungyen-doanvao' },
  // The Department's own lists, written on the first deploy and admin's from then on (checked as
  // the admin screens check them), e.g.
  // directories: {
  //   agencies: [{ key: 'police', name: 'Công an tỉnh Hưng Yên', emails: [{ address: '…' }] }, …],
  //   rooms: [{ id: 'phong-hop-1', name: 'Phòng họp tầng 3', capacity: 30 }],
  //   officials: [{ id: 'giam-doc', honorific: 'Ông', fullName: '…', title: 'Giám đốc Sở', position: 'director', unit: 'Ban Giám đốc' }],
  // },
};
