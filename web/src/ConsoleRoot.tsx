/** Loads the configuration, signs the user in, then shows the screens their roles allow. */
import { Alert, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { RouterProvider } from 'react-router';
import { createApi } from './api';
import { type ConsoleConfig, loadConfig } from './config';
import { Console } from './context';
import { SignInPage } from './pages/SignInPage';
import { consoleRouter } from './routes';
import { completeCognitoSignIn, type Session, signOut, storedSession } from './session';

export function ConsoleRoot() {
  const [config, setConfig] = useState<ConsoleConfig>();
  const [session, setSession] = useState<Session | null>(storedSession);
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    loadConfig()
      .then(async (loaded) => {
        setConfig(loaded);
        const signedIn = await completeCognitoSignIn(loaded);
        if (signedIn) setSession(signedIn);
      })
      .catch(() => setFailure('Không tải được cấu hình của hệ thống. Vui lòng tải lại trang.'));
  }, []);

  const context = useMemo(() => {
    if (!config || !session) return null;
    const end = () => {
      void signOut(config);
      setSession(null);
    };
    return {
      config,
      session,
      api: createApi(config.apiUrl, () => storedSession()?.token, end),
      signOut: end,
    };
  }, [config, session]);

  if (failure) return <Alert type="error" title={failure} showIcon style={{ margin: 24 }} />;
  if (!config) return <Spin fullscreen description="Đang tải…" />;
  if (!context) return <SignInPage config={config} onSignedIn={setSession} />;
  return (
    <Console.Provider value={context}>
      <RouterProvider router={consoleRouter(context.session.roles)} />
    </Console.Provider>
  );
}
