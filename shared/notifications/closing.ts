import type { Block } from './blocks';

/** Who answers for the Office: the closing of every email, and its Reply-To. */
export interface OfficeContact {
  unit: string;
  person?: string;
  phone?: string;
  email: string;
}

/** "Trân trọng./." and who answers: an official must be able to reply to a person. */
export function closing(contact: OfficeContact): Block[] {
  const who = [
    contact.person ? `Đầu mối liên hệ: ${contact.person}` : 'Liên hệ',
    contact.phone ? `điện thoại ${contact.phone}` : undefined,
    `thư điện tử ${contact.email}`,
  ]
    .filter(Boolean)
    .join(', ');
  return [
    { kind: 'paragraph', text: 'Trân trọng./.' },
    { kind: 'paragraph', text: `${contact.unit}\n${who}.` },
  ];
}
