/** The Department's production stage: data retained, the stack protected, MFA for everyone. */
export default {
  stage: 'prod',
  mailDomain: 'sokhcn.hungyen.gov.vn',
  officeContact: { name: 'Văn phòng Sở Khoa học và Công nghệ' },
  alarmEmails: [],
  retainData: true,
  mfa: 'required',
  consoleOrigins: ['https://doanvao.sokhcn.hungyen.gov.vn'],
  // mailViaSes: true once the domain's DKIM records are published and SES shows it verified.
  signIn: { domainPrefix: 'hungyen-doanvao' },
};
