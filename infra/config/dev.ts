/** A stage to try things in: everything in it can be deleted with the stack. */
export default {
  stage: 'dev',
  mailDomain: 'sokhcn.hungyen.gov.vn',
  officeContact: { name: 'Trần Văn Minh, chuyên viên Văn phòng Sở' },
  alarmEmails: [],
  retainData: false,
  mfa: 'optional',
  consoleOrigins: ['http://localhost:5173'],
  signIn: { domainPrefix: 'hungyen-doanvao-dev', smokeTestClient: true },
};
