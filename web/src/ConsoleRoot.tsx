/** Loads the configuration, signs the user in, then shows the screens their roles allow. */
import { Alert, Spin } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { type ConsoleConfig, loadConfig } from './config';
import { SignInPage } from './pages/SignInPage';
import { completeCognitoSignIn, type Session, signOut, storedSession } from './session';

const SignedIn = lazy(() => import('./SignedIn'));

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

  const end = useCallback(() => {
    if (config) void signOut(config);
    setSession(null);
  }, [config]);

  if (failure) return <Alert type="error" title={failure} showIcon style={{ margin: 24 }} />;
  if (!config) return <Spin fullscreen description="Đang tải…" />;
  if (!session) return <SignInPage config={config} onSignedIn={setSession} />;
  return (
    <Suspense fallback={<Spin fullscreen description="Đang tải…" />}>
      <SignedIn config={config} session={session} signOut={end} />
    </Suspense>
  );
}
