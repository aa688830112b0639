// The queue: claims by status with counts, search (?q=) with highlighted snippets and "did you mean",
// filters for tag, claimant and updated-since, newest or most requested first, cursor pagination, and
// arrow-key navigation of the list.
import { useLocation } from 'preact-iso';
import { useRef } from 'preact/hooks';
import { api, call, label, STATUSES, type ClaimStatus } from '../api';
import { Loading, PageHeading, Snippet, StatusBadge, useLiveEvents, useLoad, When } from '../ui';

const FILTERS = ['q', 'status', 'tag', 'claimant', 'updatedSince', 'sort'] as const;

/** datetime-local wants "YYYY-MM-DDTHH:mm" in local time; the API wants an ISO instant. */
const toLocalInput = (iso: string | undefined) => {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

export function Queue() {
  const { query, route } = useLocation();
  const q = query.q?.trim() || undefined;
  const status = (STATUSES as readonly string[]).includes(query.status ?? '') ? (query.status as ClaimStatus) : undefined;
  const tag = query.tag || undefined;
  const claimant = query.claimant || undefined;
  const updatedSince = query.updatedSince || undefined;
  const cursor = query.cursor || undefined;
  // A search is ordered by relevance; "most requested" applies to the queue without one.
  const sort = query.sort === 'demand' && !q ? ('demand' as const) : undefined;

  /** Navigates to the queue with some filters changed (and back to the first page). */
  const go = (changes: Record<string, string | undefined>, keepCursor = false) => {
    const next = new URLSearchParams();
    for (const k of FILTERS) {
      const v = k in changes ? changes[k] : query[k];
      if (v) next.set(k, v);
    }
    if (keepCursor && changes.cursor) next.set('cursor', changes.cursor);
    const s = next.toString();
    route(`/console/${s ? `?${s}` : ''}`);
  };

  const counts = useLoad(() => call(api.GET('/v1/claims:counts', { params: { query: { tag, claimant, updatedSince } } })), [tag, claimant, updatedSince]);
  const list = useLoad(
    () => call(api.GET('/v1/claims', { params: { query: { q, status, tag, claimant, updatedSince, cursor, sort, limit: 20 } } })),
    [q, status, tag, claimant, updatedSince, cursor, sort],
  );

  // Another desk's change to a claim refreshes the counts and the page shown (same filters, same page).
  useLiveEvents((events) => {
    if (!events.some((e) => e.claimId || e.entity.type === 'claim')) return;
    counts.reload();
    list.reload();
  });

  const listRef = useRef<HTMLOListElement>(null);
  const onListKey = (e: KeyboardEvent) => {
    if (!['ArrowDown', 'ArrowUp', 'j', 'k', 'Home', 'End'].includes(e.key)) return;
    const links = [...(listRef.current?.querySelectorAll<HTMLAnchorElement>('a.claim-link') ?? [])];
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? links.length - 1
      : e.key === 'ArrowDown' || e.key === 'j' ? Math.min(at + 1, links.length - 1) : Math.max(at - 1, 0);
    links[to]?.focus();
    e.preventDefault();
  };

  const onSearch = (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const since = String(form.get('updatedSince') ?? '');
    go({
      q: String(form.get('q') ?? '').trim() || undefined,
      tag: String(form.get('tag') ?? '').trim() || undefined,
      claimant: String(form.get('claimant') ?? '').trim() || undefined,
      updatedSince: since ? new Date(since).toISOString() : undefined,
      sort: form.get('sort') === 'demand' ? 'demand' : undefined,
    });
  };

  const corrections = list.data?.data.flatMap((c) => c.match?.corrections ?? []) ?? [];
  const suggestion = q && corrections.length
    ? corrections.reduce((text, c) => text.replace(new RegExp(`\\b${c.from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'), c.to[0] ?? c.from), q)
    : null;

  return (
    <>
      <PageHeading title={q ? `Search: ${q}` : 'Queue'}>Claims queue</PageHeading>
      <form class="filters" role="search" onSubmit={onSearch} key={JSON.stringify(query)}>
        <div class="field grow">
          <label for="q">Search claims</label>
          <input id="q" name="q" type="search" defaultValue={q ?? ''} placeholder="e.g. 11k bitcoin 2017" />
        </div>
        <div class="field">
          <label for="tag">Tag</label>
          <input id="tag" name="tag" defaultValue={tag ?? ''} />
        </div>
        <div class="field">
          <label for="claimant">Claimant</label>
          <input id="claimant" name="claimant" defaultValue={claimant ?? ''} />
        </div>
        <div class="field">
          <label for="updatedSince">Updated since</label>
          <input id="updatedSince" name="updatedSince" type="datetime-local" defaultValue={toLocalInput(updatedSince)} />
        </div>
        <div class="field">
          <label for="sort">Order</label>
          <select id="sort" name="sort" value={sort ?? 'newest'} disabled={!!q} title={q ? 'Search results are ordered by relevance' : undefined}
            onChange={(e) => go({ sort: (e.currentTarget as HTMLSelectElement).value === 'demand' ? 'demand' : undefined })}>
            <option value="newest">Newest</option>
            <option value="demand">Most requested</option>
          </select>
        </div>
        <div class="field actions">
          <button type="submit">Search</button>
          {FILTERS.some((k) => query[k]) && <button type="button" class="secondary" onClick={() => route('/console/')}>Clear</button>}
        </div>
      </form>

      <nav aria-label="Status" class="tabs">
        <ul>
          <li>
            <a href={hrefWith(query, { status: undefined })} aria-current={!status ? 'page' : undefined}>
              All <span class="count">{counts.data?.total ?? '…'}</span>
            </a>
          </li>
          {STATUSES.map((s) => (
            <li key={s}>
              <a href={hrefWith(query, { status: s })} aria-current={status === s ? 'page' : undefined}>
                {label(s)} <span class="count">{counts.data?.counts[s] ?? '…'}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {suggestion && suggestion.toLowerCase() !== q?.toLowerCase() && (
        <p class="did-you-mean">Did you mean <a href={hrefWith(query, { q: suggestion })}>{suggestion}</a>?</p>
      )}

      <Loading state={list}>
        {(page) =>
          page.data.length === 0 ? (
            <p class="empty">No claims match{q ? ` “${q}”` : ''}.</p>
          ) : (
            <>
              <p class="muted hint">Tip: use ↑ and ↓ to move through the list, Enter to open a claim.</p>
              <ol class="claims" ref={listRef} onKeyDown={onListKey} aria-label="Claims" data-testid="claim-list">
                {page.data.map((c) => (
                  <li key={c.id}>
                    <a class="claim-link" href={`/console/claims/${c.id}`}>
                      <span class="claim-text">{c.match ? <Snippet html={c.match.snippet} /> : c.text}</span>
                    </a>
                    <span class="meta">
                      <StatusBadge status={c.status} />
                      {c.claimant && <span>{c.claimant}</span>}
                      {c.tags.map((t) => <span class="tag" key={t}>#{t}</span>)}
                      {c.demand.requests > 0 && (
                        <span class="demand">{c.demand.requests} {c.demand.requests === 1 ? 'request' : 'requests'} from {c.demand.requesters} {c.demand.requesters === 1 ? 'person' : 'people'}</span>
                      )}
                      <span>updated <When at={c.updatedAt} /></span>
                    </span>
                  </li>
                ))}
              </ol>
              <nav aria-label="Pages" class="pager">
                {cursor && <a href={hrefWith(query, { cursor: undefined })}>First page</a>}
                {page.nextCursor && <a href={hrefWith(query, { cursor: page.nextCursor })} rel="next">Next page</a>}
              </nav>
            </>
          )
        }
      </Loading>
    </>
  );
}

/** The queue URL with the current query, some keys changed; any change but the cursor resets the page. */
function hrefWith(query: Record<string, string>, changes: Record<string, string | undefined>): string {
  const next = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, ...changes })) {
    if (!v) continue;
    if (k === 'cursor' && !('cursor' in changes)) continue;
    next.set(k, v);
  }
  const s = next.toString();
  return `/console/${s ? `?${s}` : ''}`;
}
