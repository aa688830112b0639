// Small shared pieces: data loading with retry, error messages, dates, highlighted snippets.
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type Me } from './api';

export const Session = createContext<{ me: Me; signOut: () => void }>(null as never);
export const useMe = () => useContext(Session).me;

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/** Runs `load` when `deps` change; keeps the last data while reloading; never throws into the render. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error: ApiError | null; loading: boolean }>({ error: null, loading: true });
  const [tick, setTick] = useState(0);
  const current = useRef(0);
  useEffect(() => {
    const run = ++current.current;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => run === current.current && setState({ data, error: null, loading: false }),
      (err: unknown) => run === current.current && setState((s) => ({ ...s, error: toApiError(err), loading: false })),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError(err instanceof Error ? err.message : String(err), null, null);
}

/** A problem's sentence, with a retry when the connection was lost (or a server error). */
export function ErrorMessage({ error, onRetry }: { error: ApiError | null; onRetry?: () => void }) {
  if (!error) return null;
  const retry = onRetry && (error.offline || (error.status ?? 0) >= 500);
  return (
    <div class="error" role="alert">
      <p>{error.message}</p>
      {error.problem?.rule && <p class="rule">Rule: <code>{error.problem.rule}</code></p>}
      {retry && <button type="button" onClick={onRetry}>Retry</button>}
    </div>
  );
}

/** The page's loading/error/data states in one place. */
export function Loading<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (state.error && state.data === undefined) return <ErrorMessage error={state.error} onRetry={state.reload} />;
  if (state.data === undefined) return <p class="muted" aria-live="polite">Loading…</p>;
  return (
    <>
      {state.error && <ErrorMessage error={state.error} onRetry={state.reload} />}
      {children(state.data)}
    </>
  );
}

export function When({ at }: { at: string | null | undefined }) {
  if (!at) return <span class="muted">—</span>;
  const d = new Date(at);
  return <time dateTime={at} title={at}>{d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</time>;
}

/** The API's search snippet is HTML-escaped text with <mark> around matches: render it as text + <mark>, never as HTML. */
export function Snippet({ html }: { html: string }) {
  const text = document.createElement('textarea');
  const parts = html.split(/(<mark>|<\/mark>)/);
  let marked = false;
  const out: ComponentChildren[] = [];
  parts.forEach((p, i) => {
    if (p === '<mark>') marked = true;
    else if (p === '</mark>') marked = false;
    else if (p) {
      text.innerHTML = p; // decodes &amp; etc. from a textarea: no element is ever created
      out.push(marked ? <mark key={i}>{text.value}</mark> : text.value);
    }
  });
  return <>{out}</>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span class={`badge status-${status}`}>{status.replace('_', ' ')}</span>;
}

/** Sets the document title and moves focus to the page heading, so screen readers hear each navigation. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · ClaimLedger`;
  }, [title]);
}

/** The first page of a visit keeps the browser's own focus order (skip link first); later pages move focus. */
let firstPage = true;

export function PageHeading({ children, title }: { children: ComponentChildren; title: string }) {
  usePageTitle(title);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus({ preventScroll: true });
  }, [title]);
  return <h1 tabIndex={-1} ref={ref}>{children}</h1>;
}

/** What the live stream says about a change (GET /v1/events/stream); auditors and admins get more fields. */
export interface LiveEvent {
  seq: number;
  action: string;
  entity: { type: string; id: string };
  claimId: string | null;
}

/**
 * Calls `onChange` (at most once per `settleMs`, with the events that arrived) when a change is committed,
 * from the server's live event stream. EventSource sends the session cookie and reconnects by itself,
 * resuming after the last event id it saw, so nothing is missed across a dropped connection.
 */
export function useLiveEvents(onChange: (events: LiveEvent[]) => void, settleMs = 300) {
  const handler = useRef(onChange);
  handler.current = onChange;
  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    const source = new EventSource('/v1/events/stream');
    let batch: LiveEvent[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    source.onmessage = (m: MessageEvent<string>) => {
      try {
        batch.push(JSON.parse(m.data) as LiveEvent);
      } catch {
        return;
      }
      // A burst of changes (a verdict and its evidence) refreshes the screen once.
      timer ??= setTimeout(() => {
        const events = batch;
        batch = [];
        timer = undefined;
        handler.current(events);
      }, settleMs);
    };
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [settleMs]);
}
