import type { OfficeContact } from '../notifications/closing';
import { mailbox } from '../notifications/mailbox';

/**
 * Who answers for the Office in every email: the contact person and phone from the environment
 * (OFFICE_CONTACT_NAME, OFFICE_CONTACT_PHONE), replies to OFFICE_REPLY_TO or else the sender.
 */
export function officeContact(mailFrom: string, env: NodeJS.ProcessEnv = process.env): OfficeContact {
  return {
    unit: 'Văn phòng Sở Khoa học và Công nghệ tỉnh Hưng Yên',
    person: env.OFFICE_CONTACT_NAME || undefined,
    phone: env.OFFICE_CONTACT_PHONE || undefined,
    email: env.OFFICE_REPLY_TO || mailbox(mailFrom).address,
  };
}
