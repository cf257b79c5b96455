/**
 * Who may open a screen, from the manifest's roles of the route the screen exists for: the console
 * offers a screen exactly when the API would answer its calls.
 */

import type { Role } from '../../../shared/manifest';
import { functions } from '../../../shared/manifest';

type HttpFunction = {
  [K in keyof typeof functions]: (typeof functions)[K]['trigger'] extends { type: 'http' } ? K : never;
}[keyof typeof functions];

export const rolesOf = (key: HttpFunction): readonly Role[] =>
  (functions[key].trigger as { roles: readonly Role[] }).roles;

export const mayCall = (key: HttpFunction, roles: readonly Role[]) =>
  rolesOf(key).some((role) => roles.includes(role));
