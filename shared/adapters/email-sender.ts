import { type SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { type EmailSender, PermanentEmailError } from '../use-cases/ports/email-sender';

const PERMANENT = new Set([
  'MessageRejected',
  'MailFromDomainNotVerifiedException',
  'ConfigurationSetDoesNotExistException',
  'InvalidParameterValue',
]);

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
