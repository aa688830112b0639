// API keys (admin): list, create (the key is shown once, with a copy button), revoke.
import { useState } from 'preact/hooks';
import { api, ApiError, call, can, type ApiKey, type Role } from '../api';
import { ErrorMessage, Loading, PageHeading, toApiError, useLoad, useMe, When } from '../ui';

const ROLES: Role[] = ['reader', 'checker', 'reviewer', 'auditor', 'admin'];

export function Keys() {
  const me = useMe();
  if (!can.admin(me.role)) {
    return (
      <>
        <PageHeading title="Keys">API keys</PageHeading>
        <p role="alert" class="error">Managing API keys needs the admin role; yours is {me.role}.</p>
      </>
    );
  }
  return <KeysView />;
}

function KeysView() {
  const keys = useLoad(() => call(api.GET('/v1/api-keys', { params: { query: { limit: 100 } } })), []);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [copied, setCopied] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  const create = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    setError(null);
    setCopied('');
    try {
      const k = await call(api.POST('/v1/api-keys', { body: { name: String(f.get('name') ?? '').trim(), role: String(f.get('role')) as Role } }));
      // A replayed creation does not return the key again (it is never stored); a fresh one always does.
      setCreated({ name: k.name, key: k.key ?? '(not shown again: this creation was a replay)' });
      form.reset();
      keys.reload();
    } catch (err) {
      setError(toApiError(err));
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created!.key);
      setCopied('Copied.');
    } catch {
      setCopied('The browser refused the clipboard: select the key and copy it.');
    }
  };

  return (
    <>
      <PageHeading title="Keys">API keys</PageHeading>
      <section aria-labelledby="new-key-h" class="card">
        <h2 id="new-key-h">Create a key</h2>
        <form onSubmit={create} class="row wrap">
          <div class="field grow"><label for="key-name">Name (who uses it)</label><input id="key-name" name="name" required /></div>
          <div class="field"><label for="key-role">Role</label><select id="key-role" name="role">{ROLES.map((r) => <option key={r} value={r}>{r}</option>)}</select></div>
          <div class="field actions"><button type="submit">Create key</button></div>
        </form>
        <ErrorMessage error={error} />
        {created && (
          <div class="once" role="status" data-testid="new-key">
            <p><strong>The key for {created.name}</strong> is shown only now. Copy it and hand it over safely.</p>
            <p class="row"><code class="key">{created.key}</code> <button type="button" onClick={copy}>Copy key</button> <span>{copied}</span></p>
          </div>
        )}
      </section>
      <section aria-labelledby="keys-h">
        <h2 id="keys-h">Keys</h2>
        <Loading state={keys}>
          {(page) => (
            <div class="table-wrap" tabIndex={0} role="region" aria-label="API keys">
              <table>
                <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Key starts</th><th scope="col">Created</th><th scope="col">State</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
                <tbody>{page.data.map((k) => <KeyRow key={k.id} k={k} reload={keys.reload} />)}</tbody>
              </table>
            </div>
          )}
        </Loading>
      </section>
    </>
  );
}

function KeyRow({ k, reload }: { k: ApiKey; reload: () => void }) {
  const me = useMe();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const revoke = async () => {
    setError(null);
    try {
      await call(api.POST('/v1/api-keys/{id}/revoke', { params: { path: { id: k.id } }, body: {} }));
      reload();
    } catch (err) {
      setError(toApiError(err));
    }
  };
  return (
    <tr>
      <td>{k.name}{k.id === me.id && <span class="muted"> (you)</span>}</td>
      <td>{k.role}</td>
      <td><code>{k.prefix}…</code></td>
      <td><When at={k.createdAt} /></td>
      <td>{k.revokedAt ? <>revoked <When at={k.revokedAt} /></> : k.expiresAt ? <>expires <When at={k.expiresAt} /></> : 'active'}</td>
      <td>
        {!k.revokedAt && (confirming ? (
          <span class="row">
            <button type="button" class="danger" onClick={revoke}>Revoke {k.name}</button>
            <button type="button" class="secondary" onClick={() => setConfirming(false)}>Keep</button>
          </span>
        ) : <button type="button" class="secondary" onClick={() => setConfirming(true)} aria-label={`Revoke ${k.name}…`}>Revoke…</button>)}
        <ErrorMessage error={error} />
      </td>
    </tr>
  );
}
