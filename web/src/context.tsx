/** What every screen needs: the deployment's configuration, who is signed in, and the API. */
import { createContext, useContext } from 'react';
import type { Api } from './api';
import type { ConsoleConfig } from './config';
import type { Role, Session } from './session';

export interface ConsoleContext {
  config: ConsoleConfig;
  session: Session;
  api: Api;
  signOut(): void;
}

export const Console = createContext<ConsoleContext | null>(null);

export function useConsole(): ConsoleContext {
  const value = useContext(Console);
  if (!value) throw new Error('useConsole outside the console');
  return value;
}

export const useApi = () => useConsole().api;
export const useHasRole = (role: Role) => useConsole().session.roles.includes(role);
