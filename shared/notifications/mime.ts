import MailComposer from 'nodemailer/lib/mail-composer';
import type { EmailContent } from './email-content';

export interface OutgoingEmail extends EmailContent {
  from: string;
  /** Where an answer goes: a person's mailbox, not the sending address. */
  replyTo?: string;
  to: string[];
  invitation?: { method: 'REQUEST' | 'CANCEL'; ics: string };
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

/** The raw MIME message SES sends: text and HTML alternatives, and the invitation when there is one. */
export async function composeMime(email: OutgoingEmail): Promise<Buffer> {
  const composer = new MailComposer({
    from: email.from,
    replyTo: email.replyTo,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    icalEvent: email.invitation
      ? { method: email.invitation.method, filename: 'lich-hop.ics', content: email.invitation.ics }
      : undefined,
    attachments: email.attachments,
    textEncoding: 'base64',
  });
  return composer.compile().build();
}
