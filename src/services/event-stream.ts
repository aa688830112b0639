// The live event stream's source: the audit log, read by seq, and a wake-up after each commit that appended
// events: this instance's own (the afterCommit hook) and, on PostgreSQL, those of the other instances on
// the database (LISTEN/NOTIFY, while any stream follows). Readers always read from the database after the
// last seq they sent, so a wake-up that comes while a page is being sent, twice, or for nothing, can cause
// neither a gap nor a duplicate.
import type { AuditRow, Storage } from '../repositories/types.js';

export function createEventStream(storage: Storage) {
  const listeners = new Set<() => void>();
  const wakeAll = () => {
    for (const l of listeners) l();
  };
  let unwatch: (() => void) | undefined;
  /** Streams to end when the app closes. */
  const open = new Set<{ end(): void }>();
  storage.addTransactionHooks({
    afterCommit: wakeAll,
  });
  return {
    /** Calls `fn` after every commit that appended audit events; returns the unsubscribe function. */
    subscribe(fn: () => void): () => void {
      listeners.add(fn);
      unwatch ??= storage.watchOtherCommits?.(wakeAll);
      return () => {
        listeners.delete(fn);
        if (listeners.size === 0) {
          unwatch?.();
          unwatch = undefined;
        }
      };
    },
    async head(): Promise<number> {
      return (await storage.read.audit.head())?.seq ?? 0;
    },
    /** Up to `limit` + 1 events after `seq`, oldest first. */
    after(seq: number, limit: number): Promise<AuditRow[]> {
      return storage.read.audit.list({ afterSeq: seq, limit });
    },
    /** Tracks an open stream so that closing the app can end it (and not wait for the client to hang up). */
    track(stream: { end(): void }): () => void {
      open.add(stream);
      return () => open.delete(stream);
    },
    endAll(): void {
      for (const s of open) s.end();
      open.clear();
    },
  };
}

export type EventStream = ReturnType<typeof createEventStream>;
