import * as z from 'zod';
import { agencyListSchema } from '../../shared/domain/agency-directory';
import { divisionListSchema } from '../../shared/domain/divisions';
import { officialListSchema, roomListSchema } from '../../shared/domain/resources';

/** One deployment stage, as data: what differs between dev and prod, checked when the app starts. */
export const stageConfigSchema = z
  .strictObject({
    stage: z.enum(['dev', 'prod']),
    /** Empty: the account of the credentials `cdk deploy` runs with. */
    account: z
      .string()
      .regex(/^\d{12}$/, 'A 12-digit AWS account id')
      .optional(),
    region: z
      .string()
      .regex(/^[a-z]{2}-[a-z]+-\d$/, 'An AWS region such as ap-southeast-1')
      .default('ap-southeast-1'),
    /** The verified SES domain mail is sent from. */
    mailDomain: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'A domain such as sokhcn.hungyen.gov.vn'),
    /** Who answers for the Office in every email. */
    officeContact: z
      .strictObject({ name: z.string().min(1).optional(), phone: z.string().min(6).optional() })
      .default({}),
    /** Who is paged by the alarms. */
    alarmEmails: z.array(z.email()).default([]),
    /** The largest file a visit's dossier takes (20 MB). */
    attachmentMaxBytes: z
      .number()
      .int()
      .positive()
      .max(100 * 1024 * 1024)
      .default(20 * 1024 * 1024),
    /**
     * The Department's own retention policy for members' personal data (passport numbers, dates of
     * birth, passport scans), in months from the day a visit closed. No law sets the figure (Luật Bảo
     * vệ dữ liệu cá nhân 2025 asks for erasure once the purpose is served): 24 by the Department's
     * decision. Functions read it as PERSONAL_DATA_RETENTION_MONTHS.
     */
    personalDataRetentionMonths: z.number().int().min(1).max(120).default(24),
    /** Prod keeps its data when the stack goes and refuses to be deleted; dev is removable. */
    retainData: z.boolean(),
    /** TOTP for every user, or for those who enrol it. */
    mfa: z.enum(['required', 'optional']),
    /** Where the console is served from: sign-in callbacks and the API's CORS origins. */
    consoleOrigins: z
      .array(z.url({ protocol: /^https?$/ }).refine((url) => !url.endsWith('/'), 'No trailing slash'))
      .min(1),
    /**
     * The API on the Department's own name (e.g. api.doanvao.sokhcn.hungyen.gov.vn) with an ACM
     * certificate of this region; the stack prints the CNAME target to publish.
     */
    apiDomain: z
      .strictObject({
        name: z
          .string()
          .regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/, 'A host name such as api.doanvao.sokhcn.hungyen.gov.vn'),
        certificateArn: z
          .string()
          .regex(/^arn:aws:acm:[a-z0-9-]+:\d{12}:certificate\/[0-9a-f-]+$/, 'An ACM certificate ARN'),
      })
      .optional(),
    /**
     * The console on the Department's own name (e.g. doanvao.sokhcn.hungyen.gov.vn) with an ACM
     * certificate in us-east-1, where CloudFront reads certificates; without it, the console is at
     * the distribution's *.cloudfront.net address (an output of the stack).
     */
    consoleDomain: z
      .strictObject({
        name: z
          .string()
          .regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/, 'A host name such as doanvao.sokhcn.hungyen.gov.vn'),
        certificateArn: z
          .string()
          .regex(
            /^arn:aws:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]+$/,
            'An ACM certificate ARN in us-east-1',
          ),
      })
      .optional(),
    signIn: z.strictObject({
      /** The managed login's domain: https://<prefix>.auth.<region>.amazoncognito.com. */
      domainPrefix: z
        .string()
        .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'Lower-case letters, digits and dashes'),
      /** Send Cognito's mail through SES once the domain is verified there (else Cognito's own, 50 a day). */
      mailViaSes: z.boolean().default(false),
      /**
       * A second app client for `npm run smoke`, which signs a throw-away user in with its password
       * through the admin API (IAM credentials required). Never where MFA is required.
       */
      smokeTestClient: z.boolean().default(false),
    }),
    /**
     * The Department's own lists, written once on deploy, checked as admin's screens check them. A
     * list admin has saved (or an earlier deploy seeded) is never overwritten; a list not given here
     * starts from the shipped defaults with placeholder addresses.
     */
    directories: z
      .strictObject({
        agencies: agencyListSchema.optional(),
        divisions: divisionListSchema.optional(),
        rooms: roomListSchema.optional(),
        officials: officialListSchema.optional(),
      })
      .default({}),
  })
  .refine((config) => !config.retainData || config.alarmEmails.length > 0, {
    path: ['alarmEmails'],
    message:
      "A stage that retains data (prod) needs at least one alarm recipient: list the operators' addresses in alarmEmails, or pass -c alarmEmails=a@…,b@…",
  });
export type StageConfig = z.output<typeof stageConfigSchema>;

/** A configuration file that does not fit: one line per field, naming it. */
export class StageConfigError extends Error {}

export function parseStageConfig(name: string, data: unknown): StageConfig {
  const parsed = stageConfigSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new StageConfigError(
    `infra/config/${name}.ts is not a valid stage configuration:\n${parsed.error.issues
      .map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('\n')}`,
  );
}
