import * as z from 'zod';
import { type AgencyKey, agenciesToConfirm, agencyKeys, defaultAgencyNames } from './agencies';
import { oneLine } from './text-fields';

export const agencyEmailSchema = z.strictObject({
  address: z.email().max(254),
  /** Set when SES reported a permanent bounce or a complaint; admin clears it once the address is fixed. */
  suspended: z
    .strictObject({ reason: z.string().max(500), since: z.iso.datetime({ offset: true }) })
    .optional(),
});

export const agencySchema = z.strictObject({
  key: z.enum(agencyKeys),
  name: oneLine(200),
  emails: z.array(agencyEmailSchema).max(10),
  active: z.boolean().default(true),
  /**
   * Whether this agency's emails show passport numbers in full. Admin decides; by default only the
   * provincial police and the foreign-affairs body, who manage foreigners' entry and stay.
   */
  fullPassportNumbers: z.boolean().default(false),
  /** The name is the shipped default of a body not verified after the 2025 reorganisations: admin confirms it. */
  toConfirm: z.boolean().optional(),
});
export type Agency = z.infer<typeof agencySchema>;

export const agencyListSchema = z
  .array(agencySchema)
  .max(agencyKeys.length)
  .refine(
    (agencies) => new Set(agencies.map((agency) => agency.key)).size === agencies.length,
    'Each agency once',
  );

/**
 * The starting directory. The addresses are placeholders under example.gov.vn: admin replaces
 * them with the real mailboxes (PUT /agencies). The Ministry of Foreign Affairs is inactive by
 * default because the province writes to it through official channels, not automatic mail.
 */
export const defaultAgencies: Agency[] = agencyKeys.map((key: AgencyKey) => ({
  key,
  name: defaultAgencyNames[key],
  emails: [{ address: `${key}@hungyen.example.gov.vn` }],
  // The ministries are written to through official channels, not automatic mail.
  active: key !== 'mofa' && key !== 'mps',
  fullPassportNumbers: key === 'police' || key === 'foreign-affairs',
  ...(agenciesToConfirm.includes(key) ? { toConfirm: true } : {}),
}));

/**
 * The shipped directories' addresses are placeholders under an `example` domain. Mail to them is
 * never sent in AWS (rejected in the SES sandbox, bounced after it, hurting the sender's
 * reputation): only the local stack, whose SES server keeps every mail, sets MAIL_TO_PLACEHOLDERS.
 */
export const isPlaceholderAddress = (address: string) => /@(?:[^@.]+\.)*example(?:\.|$)/i.test(address);

/** The addresses mail may really go to. */
export const realAddresses = (
  addresses: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): string[] =>
  env.MAIL_TO_PLACEHOLDERS === 'true'
    ? [...addresses]
    : addresses.filter((address) => !isPlaceholderAddress(address));

/** Addresses mail may go to: the agency is active, the address not suspended and not a placeholder. */
export const reachableAddresses = (agency: Agency | undefined): string[] =>
  agency?.active
    ? realAddresses(agency.emails.filter((email) => !email.suspended).map((email) => email.address))
    : [];
