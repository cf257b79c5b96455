/**
 * Everything after sign-in, loaded as its own chunk: the sign-in page (the first screen) carries
 * neither the router, the screens' components nor the API client.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { createApi } from './api';
import type { ConsoleConfig } from './config';
import { Console } from './context';
import { consoleRouter } from './routes';
import { type Session, storedSession } from './session';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 10_000 } },
});

interface Props {
  config: ConsoleConfig;
  session: Session;
  signOut(): void;
}

export default function SignedIn({ config, session, signOut }: Props) {
  const context = useMemo(
    () => ({
      config,
      session,
      signOut,
      api: createApi(config.apiUrl, () => storedSession()?.token, signOut),
    }),
    [config, session, signOut],
  );
  // One router per signed-in user: their roles decide which screens exist.
  const router = useMemo(() => consoleRouter(session.roles), [session.roles]);
  return (
    <QueryClientProvider client={queryClient}>
      <Console.Provider value={context}>
        <RouterProvider router={router} />
      </Console.Provider>
    </QueryClientProvider>
  );
}
