// Hears the commits of the other instances on one PostgreSQL database: every unit of work that appended
// audit events sends NOTIFY on COMMITS_CHANNEL (storage.ts), and this LISTENs on a dedicated connection (a
// pooled one would be handed to queries and lose its LISTEN). The connection is opened when the first
// watcher comes (an instance with no live stream holds none) and kept until the storage closes.
//
// A notification is only a wake-up: watchers read the database for what is new. So nothing is lost when
// notifications are: a dropped connection is reopened (after 0.5 s, doubling up to 10 s), and once it
// listens again every watcher is woken, for whatever was committed while it was not listening.
import pg from 'pg';

export const COMMITS_CHANNEL = 'claimledger_commits';
const APPLICATION_NAME = 'claimledger commit listener';
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 10_000;

export function createCommitListener(url: string, instanceId: string) {
  const watchers = new Set<() => void>();
  let client: pg.Client | undefined;
  let retryMs = FIRST_RETRY_MS;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;

  const wakeAll = () => {
    for (const w of watchers) w();
  };

  async function connect(): Promise<void> {
    retry = undefined;
    if (closed || client) return;
    // Keep-alive: a connection cut without a FIN (a failover, a dropped NAT entry) is noticed and reopened.
    const c = new pg.Client({
      connectionString: url, application_name: APPLICATION_NAME, connectionTimeoutMillis: 10_000, keepAlive: true, keepAliveInitialDelayMillis: 10_000,
    });
    client = c;
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      if (client === c) client = undefined;
      c.end().catch(() => {});
      if (!closed) {
        retry = setTimeout(() => void connect(), retryMs).unref();
        retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
      }
    };
    c.on('error', onLost);
    c.on('end', onLost);
    c.on('notification', (n) => {
      if (n.channel === COMMITS_CHANNEL && n.payload !== instanceId) wakeAll();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${COMMITS_CHANNEL}`);
    } catch {
      onLost();
      return;
    }
    if (closed) {
      await c.end().catch(() => {});
      return;
    }
    retryMs = FIRST_RETRY_MS;
    // Commits made before LISTEN took effect (the first time, or while the connection was down) sent
    // their notifications to no one.
    wakeAll();
  }

  return {
    watch(fn: () => void): () => void {
      watchers.add(fn);
      if (!client && !retry && !closed) void connect();
      return () => {
        watchers.delete(fn);
      };
    },
    async close(): Promise<void> {
      closed = true;
      clearTimeout(retry);
      watchers.clear();
      const c = client;
      client = undefined;
      await c?.end().catch(() => {});
    },
  };
}
