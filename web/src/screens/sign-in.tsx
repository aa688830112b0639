// Signing in: the person pastes their API key once; the server answers with an HttpOnly session cookie.
// The key lives only in this form's field and is cleared as soon as it has been exchanged.
import { useState } from 'preact/hooks';
import { api, ApiError, call, type Me } from '../api';
import { ErrorMessage, toApiError, usePageTitle } from '../ui';

export function SignIn({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  usePageTitle('Sign in');
  const [key, setKey] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await call(api.POST('/v1/session', { body: { key: key.trim() } }));
      setKey('');
      onSignedIn(session.actor);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" class="narrow">
      <h1>Sign in to ClaimLedger</h1>
      <p>Paste your personal API key. It is exchanged for a session that lasts 12 hours; the key is not stored in this browser.</p>
      <form onSubmit={submit} class="stack">
        <label for="api-key">API key</label>
        <input
          id="api-key" name="key" type="password" autocomplete="off" spellcheck={false} required
          placeholder="clk_…" value={key} onInput={(e) => setKey(e.currentTarget.value)}
        />
        <ErrorMessage error={error} />
        <button type="submit" disabled={busy || !key.trim()}>{busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
    </main>
  );
}
