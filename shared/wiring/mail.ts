import { SesEmailSender } from '../adapters/email-sender';
import { configurationSet, mailFrom, sesClient } from '../adapters/ses-client';

/** SES with the stack's configuration set, and the sender the stack configured (MAIL_FROM). */
export const mailDeps = () => ({
  sender: new SesEmailSender(sesClient, configurationSet()),
  mailFrom: mailFrom(),
});

/** SES's bounce and complaint notifications (through SNS) as the feedback the use case records. */
export { parseSesFeedback } from '../adapters/ses-feedback';
