import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { onUnauthenticated } from '../api/client.ts';
import { AuthPage } from '../features/auth/AuthPage.tsx';
import { InvitePage } from '../features/auth/InvitePage.tsx';
import { LoadError } from '../features/common/LoadError.tsx';
import { Loading } from '../features/common/Loading.tsx';
import { Message } from '../features/common/Message.tsx';
import { Notices } from '../features/common/Notices.tsx';
import { FeedbackPage } from '../features/feedback/FeedbackPage.tsx';
import { ReceiptPage } from '../features/feedback/ReceiptPage.tsx';
import { useAppStore } from '../store/index.ts';
import { AppHeader } from './AppHeader.tsx';
import { isPublicRoute, navigate, nextPath, parseRoute, type Route, usePathname, withNext } from './routes.ts';
import { Workspace } from './Workspace.tsx';

// Charts load only when a shared review is opened, as on the team's review page.
const SharedReviewPage = lazy(() => import('../features/review/SharedReviewPage.tsx'));

export function App() {
  const route = parseRoute(usePathname());
  const sessionStatus = useAppStore((s) => s.sessionStatus);
  const loadSession = useAppStore((s) => s.loadSession);
  const sessionEnded = useAppStore((s) => s.sessionEnded);
  const [startError, setStartError] = useState<unknown>(null);

  // End users on a feedback or review link have no account: asking who they are would only log a 401.
  const forEndUsers = route.name === 'feedback' || route.name === 'receipt' || route.name === 'shared-review';
  const start = useCallback(() => {
    setStartError(null);
    loadSession().catch(setStartError);
  }, [loadSession]);
  useEffect(() => {
    if (!forEndUsers) start();
  }, [start, forEndUsers]);
  useEffect(() => onUnauthenticated(sessionEnded), [sessionEnded]);

  // A signed-out visitor on a member page signs in first, then comes back to it (and to the
  // sprint its address names, on a review).
  useEffect(() => {
    if (sessionStatus === 'signed-out' && !isPublicRoute(route)) {
      navigate(withNext('/signin', window.location.pathname + window.location.search), { replace: true });
    }
    if (sessionStatus === 'signed-in' && (route.name === 'signin' || route.name === 'signup')) {
      navigate(nextPath(), { replace: true });
    }
  }, [sessionStatus, route]);

  if (route.name === 'shared-review') {
    // Stakeholders read it as a document of its own: no header, navigation or account controls.
    return (
      <div className="app">
        <main id="main" className="app__main">
          <Suspense fallback={<Loading>Loading…</Loading>}>
            <SharedReviewPage token={route.token} />
          </Suspense>
        </main>
      </div>
    );
  }
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader route={route} />
      <main id="main" className="app__main">
        {startError ? (
          <LoadError title="Echoboard could not start" error={startError} retry={start} />
        ) : sessionStatus === 'unknown' && !forEndUsers ? (
          <Loading>Loading…</Loading>
        ) : (
          <Page route={route} signedIn={sessionStatus === 'signed-in'} />
        )}
      </main>
      <Notices />
    </div>
  );
}

function Page({ route, signedIn }: { route: Exclude<Route, { name: 'shared-review' }>; signedIn: boolean }) {
  if (route.name === 'invite') return <InvitePage token={route.token} />;
  // End users have no account; a member opening the link sees exactly what they see.
  if (route.name === 'feedback') return <FeedbackPage token={route.token} />;
  if (route.name === 'receipt') return <ReceiptPage receipt={route.receipt} />;
  if (route.name === 'signin' || route.name === 'signup') return signedIn ? null : <AuthPage mode={route.name} />;
  if (!signedIn) return null;
  if (route.name === 'not-found') {
    return (
      <Message title="Page not found">
        There is nothing at {route.path}. <a href="/">Go to your boards</a>.
      </Message>
    );
  }
  return <Workspace route={route} />;
}
