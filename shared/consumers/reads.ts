import type * as z from 'zod';
import type { EventName } from '../../events/catalogue';

/**
 * The data fields a consumer reads from each event it subscribes to, as it expects them: the
 * consumer's side of the contract. A test parses every sample of those events with it, so a
 * producer that drops or retypes a field a consumer reads fails there, not in production.
 */
export type ConsumerReads<N extends EventName> = { readonly [Name in N]: z.ZodType };
