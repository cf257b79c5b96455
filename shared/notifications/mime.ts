import MimeNode from 'nodemailer/lib/mime-node';
import type { EmailContent } from './email-content';
import { mailbox } from './mailbox';

export interface OutgoingEmail extends EmailContent {
  /** A mailbox, `Name <address>` or a bare address. */
  from: string;
  /** Where an answer goes: a person's mailbox, not the sending address. */
  replyTo?: string;
  to: string[];
  invitation?: { method: 'REQUEST' | 'CANCEL'; ics: string };
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

/**
 * The raw MIME message SES sends: text and HTML alternatives (and the invitation as a calendar
 * alternative, which is what calendar clients act on), then the attachments, the invitation again
 * as an `.ics` file for clients that only show attachments. Every text part is base64, so
 * Vietnamese lines are never wrapped mid-character.
 */
export function composeMime(email: OutgoingEmail): Promise<Buffer> {
  const options = { textEncoding: 'B' as const };
  const attachments = [...(email.attachments ?? [])];
  if (email.invitation) {
    attachments.push({
      filename: 'lich-hop.ics',
      contentType: 'application/ics',
      content: Buffer.from(email.invitation.ics),
    });
  }
  const root = new MimeNode(attachments.length > 0 ? 'multipart/mixed' : 'multipart/alternative', options);
  const body = attachments.length > 0 ? root.createChild('multipart/alternative', options) : root;
  body.createChild('text/plain; charset=utf-8', options).setContent(email.text);
  body.createChild('text/html; charset=utf-8', options).setContent(email.html);
  if (email.invitation) {
    body
      .createChild(`text/calendar; charset=utf-8; method=${email.invitation.method}`, options)
      .setContent(email.invitation.ics);
  }
  for (const attachment of attachments) {
    root
      .createChild(attachment.contentType, { filename: attachment.filename })
      .setHeader('Content-Disposition', 'attachment')
      .setHeader('Content-Transfer-Encoding', 'base64')
      .setContent(attachment.content);
  }
  // Addresses go in split into name and address, so nodemailer never runs its address parser
  // (which the bundles leave out, see infra/constructs/unused-code.ts).
  root.setHeader('From', mailbox(email.from));
  root.setHeader('To', email.to.map(mailbox));
  if (email.replyTo) root.setHeader('Reply-To', mailbox(email.replyTo));
  root.setHeader('Subject', email.subject);
  root.messageId();
  return root.build();
}
