/** The mail service refused this message for good: retrying cannot help, so it is recorded and shown. */
export class PermanentEmailError extends Error {}

export interface EmailSender {
  /** Sends a raw MIME message; the provider's message id. PermanentEmailError for a refusal. */
  send(raw: Buffer, tags: Record<string, string>): Promise<string>;
}
