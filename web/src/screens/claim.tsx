// One claim: its text (editable with If-Match until it has a verdict), quantities, status and the
// transitions the workflow and the role allow, evidence by stance in context, similar claims, ClaimReview.
import { useRoute } from 'preact-iso';
import { useState } from 'preact/hooks';
import { api, ApiError, call, can, isVerdict, label, STANCES, transitionsFor, type Claim, type ClaimStatus, type Evidence } from '../api';
import { ErrorMessage, Loading, PageHeading, StatusBadge, toApiError, useLiveEvents, useLoad, useMe, When } from '../ui';

/** Likely duplicates are similar claims at or above the service's duplicate threshold. */
const DUPLICATE_SIMILARITY = 0.5;

export function ClaimPage() {
  const { params } = useRoute();
  const id = params.id!;
  const claim = useLoad(() => call(api.GET('/v1/claims/{id}', { params: { path: { id } } })), [id]);
  // A change to this claim or its evidence, made anywhere, shows here without a reload. A text being edited
  // keeps its own draft and the version it started from, so a concurrent edit still gets its 412.
  useLiveEvents((events) => {
    if (events.some((e) => e.claimId === id || e.entity.id === id)) claim.reload();
  });
  return (
    <Loading state={claim}>
      {(c) => <ClaimView claim={c} reload={claim.reload} />}
    </Loading>
  );
}

function ClaimView({ claim, reload }: { claim: Claim; reload: () => void }) {
  const me = useMe();
  return (
    <div class="claim-page">
      <p class="crumbs"><a href="/console/">Queue</a> › Claim</p>
      <PageHeading title={claim.text.slice(0, 60)}>
        <span class="visually-hidden">Claim: </span>{claim.text}
      </PageHeading>
      <p class="meta">
        <StatusBadge status={claim.status} />
        {claim.claimant && <span>Claimant: {claim.claimant}</span>}
        {claim.claimDate && <span>Said on {claim.claimDate}</span>}
        {claim.tags.map((t) => <a class="tag" key={t} href={`/console/?tag=${encodeURIComponent(t)}`}>#{t}</a>)}
        <span>Version {claim.version}, updated <When at={claim.updatedAt} /></span>
      </p>
      <nav class="subnav" aria-label="Claim">
        {can.write(me.role) && <a href={`/console/claims/${claim.id}/evidence/new`} class="button">Add evidence from a source</a>}
        {can.audit(me.role) && <a href={`/console/claims/${claim.id}/history`}>History and audit</a>}
      </nav>
      <div class="columns">
        <div>
          <EditText claim={claim} reload={reload} />
          <Quantities claim={claim} />
          <StatusPanel claim={claim} reload={reload} />
          <EvidencePanel claim={claim} reload={reload} />
        </div>
        <aside>
          <Similar id={claim.id} />
          {isVerdict(claim.status) && <ClaimReviewPanel id={claim.id} version={claim.version} />}
        </aside>
      </div>
    </div>
  );
}

function EditText({ claim, reload }: { claim: Claim; reload: () => void }) {
  const me = useMe();
  const [draft, setDraft] = useState<string | null>(null);
  const [base, setBase] = useState(claim.version);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  if (!can.write(me.role) || isVerdict(claim.status)) {
    return isVerdict(claim.status) && can.write(me.role)
      ? <p class="muted">The text is locked while the claim has a verdict; re-open it to edit.</p>
      : null;
  }
  if (draft === null) {
    return (
      <section aria-labelledby="edit-h">
        <h2 id="edit-h" class="visually-hidden">Edit</h2>
        {saved && <p role="status" class="ok">Saved.</p>}
        <button type="button" class="secondary" onClick={() => { setDraft(claim.text); setBase(claim.version); setError(null); setSaved(false); }}>Edit text</button>
      </section>
    );
  }
  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      await call(api.PATCH('/v1/claims/{id}', { params: { path: { id: claim.id }, header: { 'if-match': `"${base}"` } }, body: { text: draft } }));
      setDraft(null);
      setSaved(true);
      reload();
    } catch (err) {
      setError(toApiError(err));
    }
  };
  const stale = error?.status === 412;
  return (
    <section aria-labelledby="edit-h" class="card">
      <h2 id="edit-h">Edit the claim's text</h2>
      <form onSubmit={save} class="stack">
        <label for="claim-text">Text</label>
        <textarea id="claim-text" rows={4} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} required />
        {stale ? (
          <div class="error" role="alert">
            <p>{error.message}</p>
            <p>Your text is kept in the box above. Reload to see their change, then save again.</p>
            <button type="button" onClick={() => { setBase(error.problem?.currentVersion ?? claim.version); setError(null); reload(); }}>Reload the claim (keep my text)</button>
          </div>
        ) : <ErrorMessage error={error} />}
        <div class="row">
          <button type="submit">Save text</button>
          <button type="button" class="secondary" onClick={() => { setDraft(null); setError(null); }}>Cancel</button>
        </div>
      </form>
    </section>
  );
}

function Quantities({ claim }: { claim: Claim }) {
  if (!claim.quantities.length) return null;
  return (
    <section aria-labelledby="q-h">
      <h2 id="q-h">Figures in the claim</h2>
      <ul class="quantities">
        {claim.quantities.map((q, i) => (
          <li key={i}>
            <strong>{q.raw}</strong>{' '}
            <span class="muted">= {q.qualifier ? `${q.qualifier.replace('_', ' ')} ` : ''}{q.unit === 'year' ? q.value : q.value.toLocaleString('en')}{q.unit && q.unit !== 'year' ? ` ${q.unit}` : ''}{q.unit === 'year' ? ' (year)' : ''}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function StatusPanel({ claim, reload }: { claim: Claim; reload: () => void }) {
  const me = useMe();
  const options = transitionsFor(claim.status, me.role);
  const [to, setTo] = useState<ClaimStatus | ''>('');
  const [rationale, setRationale] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const needsRationale = to !== '' && (isVerdict(to) || isVerdict(claim.status));

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!to) return;
    setBusy(true);
    setError(null);
    try {
      await call(api.POST('/v1/claims/{id}/status', {
        params: { path: { id: claim.id }, header: { 'if-match': `"${claim.version}"` } },
        body: { status: to, rationale: rationale.trim() || null },
      }));
      setTo('');
      setRationale('');
      reload();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="status-h" class="card">
      <h2 id="status-h">Status</h2>
      <p><StatusBadge status={claim.status} /> {claim.reviewedBy && <>by {claim.reviewedBy.name} on <When at={claim.reviewedAt} /></>}</p>
      {claim.statusRationale && <blockquote class="rationale">{claim.statusRationale}</blockquote>}
      {options.length > 0 && (
        <form onSubmit={submit} class="stack">
          <fieldset>
            <legend>{isVerdict(claim.status) ? 'Re-open the claim' : claim.status === 'in_review' ? 'Set a verdict' : 'Move on'}</legend>
            <div class="choices">
              {options.map((s) => (
                <label key={s} class="choice">
                  <input type="radio" name="to" value={s} checked={to === s} onChange={() => setTo(s)} /> {label(s)}
                </label>
              ))}
            </div>
          </fieldset>
          {to !== '' && (
            <>
              <label for="rationale">{isVerdict(claim.status) ? 'Reason for re-opening' : 'Rationale'}{needsRationale ? ' (required)' : ' (optional)'}</label>
              <textarea id="rationale" rows={3} value={rationale} required={needsRationale} onInput={(e) => setRationale(e.currentTarget.value)} />
            </>
          )}
          <ErrorMessage error={error} />
          <button type="submit" disabled={busy || !to}>{to ? `Set status to “${label(to)}”` : 'Choose a status'}</button>
        </form>
      )}
    </section>
  );
}

function EvidencePanel({ claim, reload }: { claim: Claim; reload: () => void }) {
  return (
    <section aria-labelledby="ev-h">
      <h2 id="ev-h">Evidence</h2>
      {claim.evidence.length === 0 && <p class="empty">No evidence yet.</p>}
      {STANCES.map((stance) => {
        const items = claim.evidence.filter((e) => e.stance === stance);
        if (!items.length) return null;
        return (
          <div key={stance} class={`stance stance-${stance}`}>
            <h3>{stance === 'supports' ? 'Supports' : stance === 'contradicts' ? 'Contradicts' : 'Context'} <span class="count">{items.length}</span></h3>
            <ul class="evidence">
              {items.map((e) => <EvidenceItem key={e.id} e={e} claim={claim} reload={reload} />)}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function EvidenceItem({ e, claim, reload }: { e: Evidence; claim: Claim; reload: () => void }) {
  const me = useMe();
  const [retracting, setRetracting] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const retract = async (ev: Event) => {
    ev.preventDefault();
    setError(null);
    try {
      await call(api.POST('/v1/claims/{id}/evidence/{evidenceId}/retract', {
        params: { path: { id: claim.id, evidenceId: e.id }, header: { 'if-match': `"${claim.version}"` } },
        body: { reason: reason.trim() },
      }));
      reload();
    } catch (err) {
      setError(toApiError(err));
    }
  };
  const sel = e.quoteSelector;
  return (
    <li class="evidence-item">
      {e.quote && (
        <blockquote>
          {sel ? (
            <>
              {sel.prefix && <span class="context">…{sel.prefix}</span>}
              <mark>{sel.exact}</mark>
              {sel.suffix && <span class="context">{sel.suffix}…</span>}
            </>
          ) : <mark>{e.quote}</mark>}
        </blockquote>
      )}
      <p class="source-line">
        <a href={`/console/sources/${e.sourceId}`}>{e.source.title}</a>
        {e.source.publisher && <span class="muted"> · {e.source.publisher}</span>}
        {e.source.url && <> · <a href={e.source.url} rel="noopener noreferrer" target="_blank">original<span class="visually-hidden"> (opens in a new tab)</span></a></>}
      </p>
      {e.discrepancies.map((d, i) => (
        <p key={i} class="flag" role="note">⚠ Figure differs: the quote says <strong>{d.quoteRaw}</strong>, the claim says <strong>{d.claimRaw}</strong> ({d.unit}).</p>
      ))}
      {e.note && <p class="note">{e.note}</p>}
      <p class="muted small">Added by {e.createdBy.name}, <When at={e.createdAt} /></p>
      {can.write(me.role) && (retracting ? (
        <form onSubmit={retract} class="stack inline-form">
          <label for={`reason-${e.id}`}>Reason for retracting</label>
          <input id={`reason-${e.id}`} value={reason} required onInput={(x) => setReason(x.currentTarget.value)} />
          <ErrorMessage error={error} />
          <div class="row">
            <button type="submit" disabled={!reason.trim()}>Retract evidence</button>
            <button type="button" class="secondary" onClick={() => setRetracting(false)}>Cancel</button>
          </div>
        </form>
      ) : (
        <button type="button" class="secondary small" onClick={() => setRetracting(true)}>Retract…</button>
      ))}
    </li>
  );
}

function Similar({ id }: { id: string }) {
  const similar = useLoad(() => call(api.GET('/v1/claims/{id}/similar', { params: { path: { id }, query: { limit: 5 } } })), [id]);
  return (
    <section aria-labelledby="sim-h" class="card">
      <h2 id="sim-h">Similar claims</h2>
      <Loading state={similar}>
        {(r) => r.data.length === 0 ? <p class="empty">None found.</p> : (
          <ul class="similar">
            {r.data.map((s) => (
              <li key={s.id}>
                <a href={`/console/claims/${s.id}`}>{s.text}</a>
                <span class="meta">
                  <StatusBadge status={s.status} />
                  <span>{Math.round(s.similarity * 100)}% similar</span>
                  {s.similarity >= DUPLICATE_SIMILARITY && <strong class="flag">likely duplicate</strong>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Loading>
    </section>
  );
}

function ClaimReviewPanel({ id, version }: { id: string; version: number }) {
  const review = useLoad(() => call(api.GET('/v1/claims/{id}/claim-review', { params: { path: { id } } })), [id, version]);
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <section aria-labelledby="cr-h" class="card">
      <h2 id="cr-h">ClaimReview (schema.org)</h2>
      <Loading state={review}>
        {(r) => {
          const json = JSON.stringify(r, null, 2);
          const copy = async () => {
            try {
              await navigator.clipboard.writeText(`<script type="application/ld+json">\n${json}\n</script>`);
              setCopied('Copied the JSON-LD to the clipboard.');
            } catch {
              setCopied('The browser refused the clipboard: select the text below and copy it.');
            }
          };
          return (
            <>
              <button type="button" onClick={copy}>Copy JSON-LD</button>
              <p role="status" class="small">{copied}</p>
              <pre class="json" tabIndex={0} aria-label="ClaimReview JSON-LD">{json}</pre>
            </>
          );
        }}
      </Loading>
    </section>
  );
}
