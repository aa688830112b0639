// Sources: list and search, create one (URL, title, publisher, pasted text snapshot), and one source
// with every claim it is evidence for.
import { useLocation, useRoute } from 'preact-iso';
import { useState } from 'preact/hooks';
import { api, ApiError, call, can, type Schemas } from '../api';
import { ErrorMessage, Loading, PageHeading, Snippet, StatusBadge, toApiError, useLoad, useMe, When } from '../ui';

const KINDS: Array<Schemas['SourceKind']> = ['news', 'official', 'research', 'primary', 'social', 'other'];

export function Sources() {
  const me = useMe();
  const { query, route } = useLocation();
  const q = query.q?.trim() || undefined;
  const cursor = query.cursor || undefined;
  const list = useLoad(() => call(api.GET('/v1/sources', { params: { query: { q, cursor, limit: 20 } } })), [q, cursor]);
  const search = (e: Event) => {
    e.preventDefault();
    const v = String(new FormData(e.currentTarget as HTMLFormElement).get('q') ?? '').trim();
    route(`/console/sources${v ? `?q=${encodeURIComponent(v)}` : ''}`);
  };
  return (
    <>
      <PageHeading title="Sources">Sources</PageHeading>
      <div class="row spread">
        <form role="search" onSubmit={search} class="row" key={q}>
          <label for="sq" class="visually-hidden">Search sources</label>
          <input id="sq" name="q" type="search" defaultValue={q ?? ''} placeholder="Search sources" />
          <button type="submit">Search</button>
        </form>
        {can.write(me.role) && <a class="button" href="/console/sources/new">New source</a>}
      </div>
      <Loading state={list}>
        {(page) => page.data.length === 0 ? <p class="empty">No sources{q ? ` match “${q}”` : ''}.</p> : (
          <>
            <ul class="cards">
              {page.data.map((s) => (
                <li key={s.id}>
                  <a href={`/console/sources/${s.id}`}><strong>{s.title}</strong></a>
                  {s.match && <p class="small"><Snippet html={s.match.snippet} /></p>}
                  <p class="muted small">{[s.publisher, s.kind, s.publishedAt].filter(Boolean).join(' · ')}{s.contentSha256 ? ' · snapshot' : ''}</p>
                </li>
              ))}
            </ul>
            <nav aria-label="Pages" class="pager">
              {cursor && <a href={`/console/sources${q ? `?q=${encodeURIComponent(q)}` : ''}`}>First page</a>}
              {page.nextCursor && <a rel="next" href={`/console/sources?${new URLSearchParams({ ...(q ? { q } : {}), cursor: page.nextCursor })}`}>Next page</a>}
            </nav>
          </>
        )}
      </Loading>
    </>
  );
}

// Reachable by URL for every role (links are shown only to writers): the API is the judge, and its
// 403 is shown as its sentence.
export function NewSource() {
  const { route } = useLocation();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const str = (k: string) => String(f.get(k) ?? '').trim() || null;
    setBusy(true);
    setError(null);
    try {
      const created = await call(api.POST('/v1/sources', {
        body: { url: str('url'), title: str('title') ?? '', publisher: str('publisher'), kind: (str('kind') ?? 'news') as Schemas['SourceKind'], content: str('content') },
      }));
      route(`/console/sources/${created.id}`);
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  };
  return (
    <>
      <p class="crumbs"><a href="/console/sources">Sources</a> › New</p>
      <PageHeading title="New source">New source</PageHeading>
      <form onSubmit={submit} class="stack form-wide">
        <label for="s-url">URL</label>
        <input id="s-url" name="url" type="url" placeholder="https://…" />
        <label for="s-title">Title (required)</label>
        <input id="s-title" name="title" required />
        <label for="s-publisher">Publisher</label>
        <input id="s-publisher" name="publisher" />
        <label for="s-kind">Kind</label>
        <select id="s-kind" name="kind">{KINDS.map((k) => <option key={k} value={k}>{k}</option>)}</select>
        <label for="s-content">Text snapshot (paste the article's text)</label>
        <textarea id="s-content" name="content" rows={10} />
        <ErrorMessage error={error} />
        <button type="submit" disabled={busy}>Create source</button>
      </form>
    </>
  );
}

export function SourcePage() {
  const { params } = useRoute();
  const id = params.id!;
  const source = useLoad(() => call(api.GET('/v1/sources/{id}', { params: { path: { id } } })), [id]);
  return (
    <Loading state={source}>
      {(s) => (
        <>
          <p class="crumbs"><a href="/console/sources">Sources</a> › Source</p>
          <PageHeading title={s.title}>{s.title}</PageHeading>
          <dl class="facts">
            {s.url && <><dt>URL</dt><dd><a href={s.url} rel="noopener noreferrer" target="_blank">{s.url}<span class="visually-hidden"> (opens in a new tab)</span></a></dd></>}
            {s.citation && <><dt>Citation</dt><dd>{s.citation}</dd></>}
            {s.publisher && <><dt>Publisher</dt><dd>{s.publisher}</dd></>}
            <dt>Kind</dt><dd>{s.kind}</dd>
            {s.publishedAt && <><dt>Published</dt><dd>{s.publishedAt}</dd></>}
            <dt>Added</dt><dd><When at={s.createdAt} /> by {s.createdBy.name}</dd>
            {s.contentSha256 && <><dt>Snapshot SHA-256</dt><dd><code class="hash">{s.contentSha256}</code></dd></>}
          </dl>
          <section aria-labelledby="for-h">
            <h2 id="for-h">Evidence for {s.claims.length} claim{s.claims.length === 1 ? '' : 's'}</h2>
            {s.claims.length === 0 ? <p class="empty">Not yet used as evidence.</p> : (
              <ul class="cards">
                {s.claims.map((c) => (
                  <li key={c.evidenceId}>
                    <span class={`stance-label stance-${c.stance}`}>{c.stance}</span> <a href={`/console/claims/${c.claimId}`}>{c.claimText}</a> <StatusBadge status={c.claimStatus} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          {s.content && (
            <section aria-labelledby="snap-h">
              <h2 id="snap-h">Snapshot</h2>
              <div class="snapshot" tabIndex={0} role="document" aria-label="Source snapshot">{s.content}</div>
            </section>
          )}
        </>
      )}
    </Loading>
  );
}
