/** The Department's production stage: data retained, the stack protected, MFA for everyone. */
export default {
  stage: 'prod',
  mailDomain: 'sokhcn.hungyen.gov.vn',
  officeContact: { name: 'Văn phòng Sở Khoa học và Công nghệ' },
  alarmEmails: [],
  retainData: true,
  mfa: 'required',
};
