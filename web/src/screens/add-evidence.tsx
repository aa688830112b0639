// Add evidence by selecting text: the source's snapshot beside the claim; the passage selected with the
// mouse becomes the exact quote with its selector (prefix, suffix, offsets), so no quote is ever retyped.
// Passages already quoted from this source are highlighted.
import { useLocation, useRoute } from 'preact-iso';
import { useRef, useState } from 'preact/hooks';
import { api, ApiError, call, STANCES, type Source, type Stance } from '../api';
import { ErrorMessage, Loading, PageHeading, Snippet, StatusBadge, toApiError, useLoad } from '../ui';

const CONTEXT_CHARS = 32;

interface Selected {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export function AddEvidence() {
  const { params, query } = useRoute();
  const id = params.id!;
  const sourceId = query.source;
  const claim = useLoad(() => call(api.GET('/v1/claims/{id}', { params: { path: { id } } })), [id]);
  return (
    <Loading state={claim}>
      {(c) => (
        <>
          <p class="crumbs"><a href="/console/">Queue</a> › <a href={`/console/claims/${c.id}`}>Claim</a> › Add evidence</p>
          <PageHeading title="Add evidence">Add evidence</PageHeading>
          <div class="side-by-side">
            <section aria-labelledby="claim-h" class="card claim-pane">
              <h2 id="claim-h">The claim</h2>
              <p class="claim-text">{c.text}</p>
              <p class="meta"><StatusBadge status={c.status} /> <span>Version {c.version}</span></p>
            </section>
            {sourceId ? <SnapshotPane claimId={c.id} version={c.version} sourceId={sourceId} /> : <SourcePicker claimId={c.id} />}
          </div>
        </>
      )}
    </Loading>
  );
}

function SourcePicker({ claimId }: { claimId: string }) {
  const { query, route } = useLocation();
  const q = query.q || undefined;
  const sources = useLoad(() => call(api.GET('/v1/sources', { params: { query: { q, limit: 20 } } })), [q]);
  const search = (e: Event) => {
    e.preventDefault();
    const v = String(new FormData(e.currentTarget as HTMLFormElement).get('q') ?? '').trim();
    route(`/console/claims/${claimId}/evidence/new${v ? `?q=${encodeURIComponent(v)}` : ''}`);
  };
  return (
    <section aria-labelledby="pick-h" class="card">
      <h2 id="pick-h">Choose a source</h2>
      <form role="search" onSubmit={search} class="row">
        <label for="source-q" class="visually-hidden">Search sources</label>
        <input id="source-q" name="q" type="search" defaultValue={q ?? ''} placeholder="Search sources" />
        <button type="submit">Search</button>
      </form>
      <Loading state={sources}>
        {(page) => (
          <ul class="plain">
            {page.data.map((s) => (
              <li key={s.id}>
                <a href={`/console/claims/${claimId}/evidence/new?source=${s.id}`}>{s.match ? <Snippet html={s.match.snippet} /> : s.title}</a>
                <span class="muted small"> {s.publisher ?? s.kind}{s.contentSha256 ? '' : ' · no snapshot'}</span>
              </li>
            ))}
          </ul>
        )}
      </Loading>
      <p><a href="/console/sources/new">Create a source</a></p>
    </section>
  );
}

function SnapshotPane({ claimId, version, sourceId }: { claimId: string; version: number; sourceId: string }) {
  const source = useLoad(() => call(api.GET('/v1/sources/{id}', { params: { path: { id: sourceId } } })), [sourceId]);
  return (
    <Loading state={source}>
      {(s) => <SnapshotForm claimId={claimId} version={version} source={s} />}
    </Loading>
  );
}

function SnapshotForm({ claimId, version, source }: { claimId: string; version: number; source: Source }) {
  const { route } = useLocation();
  const snapshotRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [quote, setQuote] = useState('');
  const [stance, setStance] = useState<Stance | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const content = source.content ?? '';

  /** Turns the browser selection inside the snapshot into offsets in the snapshot text. */
  const readSelection = () => {
    const box = snapshotRef.current;
    const sel = window.getSelection();
    if (!box || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return;
    const before = document.createRange();
    before.selectNodeContents(box);
    before.setEnd(range.startContainer, range.startOffset);
    let start = before.toString().length;
    let end = start + range.toString().length;
    while (start < end && /\s/.test(content[start]!)) start++;
    while (end > start && /\s/.test(content[end - 1]!)) end--;
    if (end <= start) return;
    const picked = { exact: content.slice(start, end), prefix: content.slice(Math.max(0, start - CONTEXT_CHARS), start), suffix: content.slice(end, end + CONTEXT_CHARS), start, end };
    setSelected(picked);
    setQuote(picked.exact);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!stance) return;
    setBusy(true);
    setError(null);
    try {
      await call(api.POST('/v1/claims/{id}/evidence', {
        params: { path: { id: claimId }, header: { 'if-match': `"${version}"` } },
        body: { sourceId: source.id, stance, quote: quote.trim() || null, note: note.trim() || null },
      }));
      route(`/console/claims/${claimId}`);
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  };

  const quoted = (source.claims ?? []).flatMap((c) => (c.quoteSelector ? [{ ...c.quoteSelector, mine: c.claimId === claimId, stance: c.stance }] : []));
  return (
    <section aria-labelledby="snap-h" class="card snapshot-pane">
      <h2 id="snap-h">{source.title}</h2>
      <p class="muted small">
        {source.publisher ?? source.kind}{source.url && <> · <a href={source.url} rel="noopener noreferrer" target="_blank">original<span class="visually-hidden"> (opens in a new tab)</span></a></>}
        {' · '}<a href={`/console/claims/${claimId}/evidence/new`}>choose another source</a>
      </p>
      {content ? (
        <>
          <p id="snap-help" class="hint">Select a passage with the mouse: it becomes the quote. Highlighted passages are already quoted as evidence.</p>
          <div class="snapshot" ref={snapshotRef} onMouseUp={readSelection} onKeyUp={readSelection} tabIndex={0} role="document" aria-label="Source snapshot" aria-describedby="snap-help" data-testid="snapshot">
            <Highlighted text={content} marks={quoted} />
          </div>
        </>
      ) : <p class="empty">This source has no text snapshot: type the quote below.</p>}
      <form onSubmit={submit} class="stack">
        <label for="quote">Quote</label>
        <textarea id="quote" rows={3} value={quote} onInput={(e) => { setQuote(e.currentTarget.value); setSelected(null); }} />
        {selected && (
          <p class="selector small" data-testid="selector">
            Selector: characters {selected.start}–{selected.end}; before “{selected.prefix}”, after “{selected.suffix}”.
          </p>
        )}
        <fieldset>
          <legend>Stance</legend>
          <div class="choices">
            {STANCES.map((s) => (
              <label key={s} class="choice"><input type="radio" name="stance" value={s} checked={stance === s} onChange={() => setStance(s)} required /> {s}</label>
            ))}
          </div>
        </fieldset>
        <label for="note">Note (optional)</label>
        <textarea id="note" rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        <ErrorMessage error={error} />
        <button type="submit" disabled={busy || !stance}>Add evidence</button>
      </form>
    </section>
  );
}

/** The snapshot as text, with already-quoted ranges in <mark>. Overlapping ranges are merged. */
function Highlighted({ text, marks }: { text: string; marks: Array<{ start: number; end: number; stance: string; mine: boolean }> }) {
  const sorted = [...marks].filter((m) => m.end > m.start && m.end <= text.length).sort((a, b) => a.start - b.start);
  const out = [];
  let at = 0;
  for (const m of sorted) {
    const start = Math.max(m.start, at);
    if (m.end <= start) continue;
    if (start > at) out.push(text.slice(at, start));
    out.push(<mark key={start} class={`quoted stance-${m.stance}`} title={`Already quoted (${m.stance}${m.mine ? ', this claim' : ''})`}>{text.slice(start, m.end)}</mark>);
    at = m.end;
  }
  out.push(text.slice(at));
  return <>{out}</>;
}
