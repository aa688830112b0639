// The audit log (auditor and admin): events, "verify the chain" with its result and head hash, and
// downloads of a signed checkpoint and the NDJSON export.
import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { api, ApiError, call, can, type Schemas } from '../api';
import { ErrorMessage, Loading, PageHeading, toApiError, useLoad, useMe, When } from '../ui';

export function AuditLog() {
  const me = useMe();
  if (!can.audit(me.role)) {
    return (
      <>
        <PageHeading title="Audit log">Audit log</PageHeading>
        <p role="alert" class="error">The audit log is for auditors and admins; your role is {me.role}.</p>
      </>
    );
  }
  return <AuditLogView />;
}

function AuditLogView() {
  const { query } = useLocation();
  const cursor = query.cursor || undefined;
  const [verifying, setVerifying] = useState(false);
  const [result, setResult] = useState<Schemas['AuditVerification'] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const events = useLoad(() => call(api.GET('/v1/audit/events', { params: { query: { cursor, limit: 50 } } })), [cursor]);
  const verify = async () => {
    setVerifying(true);
    setError(null);
    setResult(null);
    try {
      setResult(await call(api.GET('/v1/audit/verify')));
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setVerifying(false);
    }
  };
  return (
    <>
      <PageHeading title="Audit log">Audit log</PageHeading>
      <section aria-labelledby="verify-h" class="card">
        <h2 id="verify-h">Integrity</h2>
        <div class="row">
          <button type="button" onClick={verify} disabled={verifying}>{verifying ? 'Verifying…' : 'Verify the chain'}</button>
          <a class="button secondary" href="/v1/audit/checkpoint" download="claimledger-checkpoint.json">Download signed checkpoint</a>
          <a class="button secondary" href="/v1/audit/export" download="claimledger-audit.ndjson">Download NDJSON export</a>
        </div>
        <div aria-live="polite" data-testid="verify-result">
          {result?.ok === true && (
            <p class="ok">✔ The chain is intact: {result.eventsChecked} events checked. Head #{result.headSeq}, hash <code class="hash">{result.headHash}</code></p>
          )}
          {result?.ok === false && (
            <p class="error">✘ The chain is broken at event #{result.firstBadSeq} ({result.problem}): {result.detail}</p>
          )}
        </div>
        <ErrorMessage error={error} onRetry={verify} />
      </section>
      <section aria-labelledby="events-h">
        <h2 id="events-h">Events</h2>
        <Loading state={events}>
          {(page) => (
            <>
              <div class="table-wrap" tabIndex={0} role="region" aria-label="Audit events">
                <table class="events">
                  <thead><tr><th scope="col">#</th><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Record</th><th scope="col">Reason</th></tr></thead>
                  <tbody>
                    {page.data.map((e) => (
                      <tr key={e.seq}>
                        <td>{e.seq}</td>
                        <td><When at={e.at} /></td>
                        <td>{e.actor.name}</td>
                        <td>{e.action}</td>
                        <td>{e.claimId ? <a href={`/console/claims/${e.claimId}/history`}>{e.entity.type} {e.entity.id.slice(0, 12)}…</a> : `${e.entity.type} ${e.entity.id.slice(0, 12)}…`}</td>
                        <td>{e.reason ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <nav aria-label="Pages" class="pager">
                {cursor && <a href="/console/audit">First page</a>}
                {page.nextCursor && <a rel="next" href={`/console/audit?cursor=${encodeURIComponent(page.nextCursor)}`}>Next page</a>}
              </nav>
            </>
          )}
        </Loading>
      </section>
    </>
  );
}
