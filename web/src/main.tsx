// The console's shell: who is signed in, the navigation, and one route per screen (each one a shareable URL).
import { render } from 'preact';
import { ErrorBoundary, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, call, can, type Me } from './api';
import { AuditLog } from './screens/audit';
import { ClaimPage } from './screens/claim';
import { AddEvidence } from './screens/add-evidence';
import { History } from './screens/history';
import { Keys } from './screens/keys';
import { Queue } from './screens/queue';
import { SignIn } from './screens/sign-in';
import { NewSource, SourcePage, Sources } from './screens/sources';
import { ErrorMessage, Session, toApiError } from './ui';
import './styles.css';

export const BASE = '/console';

function Shell() {
  const { url, route } = useLocation();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    call(api.GET('/v1/me')).then(
      (m) => { setMe(m); setError(null); },
      (err: unknown) => {
        const e = toApiError(err);
        if (e.status === 401) setMe(null);
        else setError(e);
      },
    );
  }, [attempt]);

  if (error && me === undefined) {
    return (
      <main id="main" class="narrow">
        <h1>ClaimLedger</h1>
        <ErrorMessage error={error} onRetry={() => setAttempt((n) => n + 1)} />
      </main>
    );
  }
  if (me === undefined) return <p class="muted" aria-live="polite">Loading…</p>;
  if (me === null) {
    return <SignIn onSignedIn={(m) => { setMe(m); if (url.startsWith(`${BASE}/sign-in`)) route(`${BASE}/`); }} />;
  }

  const signOut = async () => {
    await fetch('/v1/session', { method: 'DELETE', credentials: 'same-origin' }).catch(() => undefined);
    setMe(null);
    route(`${BASE}/`);
  };
  const nav: Array<[string, string, boolean]> = [
    [`${BASE}/`, 'Queue', true],
    [`${BASE}/sources`, 'Sources', true],
    [`${BASE}/audit`, 'Audit log', can.audit(me.role)],
    [`${BASE}/keys`, 'Keys', can.admin(me.role)],
  ];
  const current = (href: string) => (href === `${BASE}/` ? url === href || url.startsWith(`${BASE}/?`) || url.startsWith(`${BASE}/claims`) : url.startsWith(href));

  return (
    <Session.Provider value={{ me, signOut }}>
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <a class="brand" href={`${BASE}/`}>ClaimLedger</a>
        <nav aria-label="Main">
          <ul>
            {nav.filter(([, , shown]) => shown).map(([href, text]) => (
              <li key={href}><a href={href} aria-current={current(href) ? 'page' : undefined}>{text}</a></li>
            ))}
          </ul>
        </nav>
        <div class="who">
          <span>{me.name} <span class="role">({me.role})</span></span>
          <button type="button" class="link" onClick={signOut}>Sign out</button>
        </div>
      </header>
      <main id="main">
        <ErrorBoundary>
          <Router>
            <Route path={`${BASE}/`} component={Queue} />
            <Route path={`${BASE}/sign-in`} component={Queue} />
            <Route path={`${BASE}/claims/:id`} component={ClaimPage} />
            <Route path={`${BASE}/claims/:id/evidence/new`} component={AddEvidence} />
            <Route path={`${BASE}/claims/:id/history`} component={History} />
            <Route path={`${BASE}/sources`} component={Sources} />
            <Route path={`${BASE}/sources/new`} component={NewSource} />
            <Route path={`${BASE}/sources/:id`} component={SourcePage} />
            <Route path={`${BASE}/audit`} component={AuditLog} />
            <Route path={`${BASE}/keys`} component={Keys} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </main>
    </Session.Provider>
  );
}

function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no console page at this address. <a href={`${BASE}/`}>Go to the queue</a>.</p>
    </>
  );
}

render(
  <LocationProvider>
    <Shell />
  </LocationProvider>,
  document.getElementById('app')!,
);
