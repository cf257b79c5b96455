import { type SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';

/** SES refused this message for good: retrying cannot help, so it is recorded and shown. */
export class PermanentEmailError extends Error {}

const PERMANENT = new Set([
  'MessageRejected',
  'MailFromDomainNotVerifiedException',
  'ConfigurationSetDoesNotExistException',
  'InvalidParameterValue',
]);

export interface EmailSender {
  send(raw: Buffer, tags: Record<string, string>): Promise<string>;
}

export class SesEmailSender implements EmailSender {
  constructor(
    private readonly client: SESClient,
    private readonly configurationSet?: string,
  ) {}

  /** The SES message id; PermanentEmailError for a refusal, any other error is worth retrying. */
  async send(raw: Buffer, tags: Record<string, string>): Promise<string> {
    try {
      const result = await this.client.send(
        new SendRawEmailCommand({
          RawMessage: { Data: raw },
          ConfigurationSetName: this.configurationSet,
          Tags: Object.entries(tags).map(([Name, Value]) => ({ Name, Value })),
        }),
      );
      return result.MessageId ?? 'unknown';
    } catch (error) {
      if (error instanceof Error && PERMANENT.has(error.name))
        throw new PermanentEmailError(`${error.name}: ${error.message}`);
      throw error;
    }
  }
}
