import * as z from 'zod';

/**
 * Who did something: the signed-in user, or the system itself. Its own module so that the event
 * envelope and the records that name an actor do not build the delegation's schemas with it.
 */
export const actorSchema = z.object({
  sub: z.string().min(1),
  username: z.string().optional(),
  /** The person's name as the identity provider gives it (Cognito's `name` attribute), when it does. */
  name: z.string().optional(),
  roles: z.array(z.string()),
});
export type Actor = z.infer<typeof actorSchema>;
