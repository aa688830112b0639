// A claim's history (auditor and admin): every change with each field's from → to, the actor and the
// reason; and the claim as it stood at a chosen instant (asOf).
import { useLocation, useRoute } from 'preact-iso';
import { api, call, can, type AuditEvent, type Claim } from '../api';
import { Loading, PageHeading, StatusBadge, useLoad, useMe, When } from '../ui';

/** datetime-local (with seconds) in local time, from an ISO instant. */
const toLocalInput = (iso: string) => {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
};

const show = (v: unknown): string => {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.length ? v.join(', ') : '—';
  if (Array.isArray(v) && v.every((x) => typeof x === 'object' && x && 'raw' in x)) return v.map((x) => (x as { raw: string }).raw).join(', ') || '—';
  return JSON.stringify(v);
};

export function History() {
  const me = useMe();
  if (!can.audit(me.role)) {
    return (
      <>
        <PageHeading title="History">History</PageHeading>
        <p role="alert" class="error">A claim's history is for auditors and admins; your role is {me.role}.</p>
      </>
    );
  }
  return <HistoryView />;
}

function HistoryView() {
  const { params, query } = useRoute();
  const { route } = useLocation();
  const id = params.id!;
  const asOf = query.asOf || undefined;
  const claim = useLoad(() => call(api.GET('/v1/claims/{id}', { params: { path: { id } } })), [id]);
  const history = useLoad(() => call(api.GET('/v1/claims/{id}/history', { params: { path: { id }, query: { limit: 100 } } })), [id]);
  const past = useLoad(
    () => (asOf ? call(api.GET('/v1/claims/{id}', { params: { path: { id }, query: { asOf } } })) : Promise.resolve(null)),
    [id, asOf],
  );
  const pick = (e: Event) => {
    e.preventDefault();
    const v = String(new FormData(e.currentTarget as HTMLFormElement).get('asOf') ?? '');
    route(`/console/claims/${id}/history${v ? `?asOf=${encodeURIComponent(new Date(v).toISOString())}` : ''}`);
  };

  return (
    <>
      <p class="crumbs"><a href="/console/">Queue</a> › <a href={`/console/claims/${id}`}>Claim</a> › History</p>
      <PageHeading title="History">History and audit</PageHeading>
      <Loading state={claim}>{(c) => <p class="claim-text">{c.text} <StatusBadge status={c.status} /></p>}</Loading>

      <section aria-labelledby="asof-h" class="card">
        <h2 id="asof-h">The claim as it stood at…</h2>
        <form onSubmit={pick} class="row" key={asOf}>
          <label for="asOf">Date and time</label>
          <input id="asOf" name="asOf" type="datetime-local" step={1} defaultValue={asOf ? toLocalInput(asOf) : ''} required />
          <button type="submit">Show</button>
          {asOf && <a href={`/console/claims/${id}/history`}>Back to now</a>}
        </form>
        {asOf && (
          <Loading state={past}>
            {(c) => c && <AsOfView claim={c} at={asOf} />}
          </Loading>
        )}
      </section>

      <section aria-labelledby="tl-h">
        <h2 id="tl-h">Timeline</h2>
        <Loading state={history}>
          {(page) => (
            <ol class="timeline" data-testid="timeline">
              {page.data.map((e) => <TimelineEvent key={e.seq} e={e} claimId={id} />)}
            </ol>
          )}
        </Loading>
      </section>
    </>
  );
}

function TimelineEvent({ e, claimId }: { e: AuditEvent; claimId: string }) {
  const changes = Object.entries(e.changes as Record<string, { from: unknown; to: unknown }>);
  return (
    <li>
      <p class="event-head">
        <strong>{e.action.replace('.', ' ').replace('_', ' ')}</strong> by {e.actor.name} · <When at={e.at} />{' '}
        <a href={`/console/claims/${claimId}/history?asOf=${encodeURIComponent(e.at)}`} class="small">view as of then<span class="visually-hidden"> ({e.at})</span></a>
      </p>
      {e.reason && <p class="reason">Reason: {e.reason}</p>}
      {changes.length > 0 && (
        <table class="changes">
          <caption class="visually-hidden">Changes in event {e.seq}</caption>
          <thead><tr><th scope="col">Field</th><th scope="col">From</th><th scope="col">To</th></tr></thead>
          <tbody>
            {changes.map(([field, c]) => (
              <tr key={field}><th scope="row">{field}</th><td>{show(c.from)}</td><td>{show(c.to)}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="muted small">#{e.seq} · hash <code class="hash">{e.hash.slice(0, 16)}…</code></p>
    </li>
  );
}

function AsOfView({ claim, at }: { claim: Claim; at: string }) {
  return (
    <div class="as-of" data-testid="as-of">
      <p>As of <When at={at} />:</p>
      <blockquote class="claim-text">{claim.text}</blockquote>
      <p><StatusBadge status={claim.status} /> {claim.statusRationale && <>— {claim.statusRationale}</>}</p>
      <p>{claim.evidence.length} active evidence{claim.evidence.length === 1 ? '' : 's'}{claim.evidence.length ? ':' : '.'}</p>
      <ul class="plain">
        {claim.evidence.map((e) => <li key={e.id}><span class={`stance-label stance-${e.stance}`}>{e.stance}</span> {e.quote ?? e.source.title}</li>)}
      </ul>
    </div>
  );
}
