// The PostgreSQL storage: a pool of connections shared by any number of ClaimLedger instances on one
// database. A unit of work is one pooled client between BEGIN and COMMIT; a nested one is a SAVEPOINT on
// the same client (found through AsyncLocalStorage, as on SQLite).
//
// Every unit of work first takes one transaction-level advisory lock (CHAIN_LOCK). That serialises the
// writers of all instances, as SQLite's single writer does within one: the audit chain's head is read and
// extended by one transaction at a time (no fork, no gap in seq), and no deadlock can form between the
// chain and the row locks a change takes. Reads never wait for it: they use the pool directly.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { AuditRow, Repositories, Storage, TransactionHooks } from '../types.js';
import { pgApiKeys } from './api-keys.js';
import { AUDIT_COLUMNS, pgAudit } from './audit.js';
import { pgClaims } from './claims.js';
import { pgEvidence } from './evidence.js';
import { pgIdempotency } from './idempotency.js';
import { WriteLock } from '../write-lock.js';
import { type Queryable } from './query.js';
import { pgSessions } from './sessions.js';
import { pgSources } from './sources.js';
import { pgExternalReviews } from './external-reviews.js';
import { pgPublications } from './publications.js';
import { pgRequests } from './requests.js';
import { pgWebhooks } from './webhooks.js';
import { createCommitListener, COMMITS_CHANNEL } from './commit-listener.js';

// src/repositories/pg and dist/repositories/pg both sit three levels below the package root.
export const pgMigrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations-pg');

/** Advisory lock keys (arbitrary constants, the same in every instance). CHAIN_LOCK is exported for
 * bench/http.ts, whose raw write ceiling must queue on the very lock the service's writers take. */
export const CHAIN_LOCK = 0x636c_6c67; // "cllg"
const MIGRATE_LOCK = 0x636c_6d67; // "clmg"

export interface PgStorage extends Storage {
  readonly backend: 'postgres';
  readonly pool: pg.Pool;
  /** The URL without its password. */
  readonly describe: string;
}

export interface PgStorageOptions {
  /** Connections in this instance's pool. */
  poolSize?: number;
  /** Apply migrations first (default true). */
  migrate?: boolean;
}

export function pgRepositories(db: Queryable): Repositories {
  return {
    claims: pgClaims(db),
    evidence: pgEvidence(db),
    sources: pgSources(db),
    apiKeys: pgApiKeys(db),
    audit: pgAudit(db),
    idempotency: pgIdempotency(db),
    sessions: pgSessions(db),
    webhooks: pgWebhooks(db),
    requests: pgRequests(db),
    publications: pgPublications(db),
    externalReviews: pgExternalReviews(db),
  };
}

interface UnitOfWork {
  client: pg.PoolClient;
  repos: Repositories;
  depth: number;
  /** Audit rows this unit has appended so far (a nested unit that rolls back takes its own back out). */
  appended: AuditRow[];
}

/** Thrown when the database named by DATABASE_URL cannot be used; the message names the variable. */
export class DatabaseUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUrlError';
  }
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable)';
  }
}

/** Applies migrations-pg/ under a session advisory lock, so instances starting together migrate once. */
export async function migratePg(client: pg.PoolClient | pg.Client): Promise<void> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATE_LOCK]);
  try {
    await migrate(drizzle({ client }), { migrationsFolder: pgMigrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATE_LOCK]);
  }
}

export async function openPgStorage(url: string, options: PgStorageOptions = {}): Promise<PgStorage> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, connectionTimeoutMillis: 10_000 });
  // An idle connection that breaks (server restart) is dropped by the pool; without a listener the
  // 'error' event would end the process.
  pool.on('error', () => {});
  let first: pg.PoolClient;
  try {
    first = await pool.connect();
  } catch (err) {
    await pool.end().catch(() => {});
    throw new DatabaseUrlError(`DATABASE_URL: cannot connect to ${redactUrl(url)}: ${(err as Error).message}`);
  }
  try {
    if (options.migrate !== false) await migratePg(first);
  } finally {
    first.release();
  }

  // Names this instance in its commit notifications, so that its own listener can tell them from the others'.
  const instanceId = randomBytes(8).toString('hex');
  const listener = createCommitListener(url, instanceId);
  const readRepos = pgRepositories(pool);
  const current = new AsyncLocalStorage<UnitOfWork>();
  const lock = new WriteLock();
  const hooks: TransactionHooks[] = [];

  /** The unit's repositories, noting every audit row appended through them (for the transaction hooks). */
  function unitRepositories(client: pg.PoolClient): Repositories {
    const repos = pgRepositories(client);
    const insertAudit = repos.audit.insert.bind(repos.audit);
    repos.audit.insert = async (row) => {
      await insertAudit(row);
      current.getStore()?.appended.push(row);
    };
    return repos;
  }

  async function nested<T>(unit: UnitOfWork, fn: (repos: Repositories) => Promise<T>): Promise<T> {
    const name = `uow_${++unit.depth}`;
    const mark = unit.appended.length;
    await unit.client.query(`SAVEPOINT ${name}`);
    try {
      const result = await fn(unit.repos);
      await unit.client.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (err) {
      await unit.client.query(`ROLLBACK TO SAVEPOINT ${name}; RELEASE SAVEPOINT ${name}`).catch(() => {});
      unit.appended.length = mark;
      throw err;
    } finally {
      unit.depth--;
    }
  }

  return {
    backend: 'postgres',
    pool,
    describe: redactUrl(url),
    addTransactionHooks(h) {
      hooks.push(h);
    },
    get read() {
      return current.getStore()?.repos ?? readRepos;
    },
    async withTransaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T> {
      const unit = current.getStore();
      if (unit) return nested(unit, fn);
      // One unit of work at a time per instance (they are serialised across instances anyway): waiting
      // units hold no connection, so reads, which a unit's caller may need, always find one in the pool.
      const wait = lock.acquire();
      if (wait) await wait;
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (err) {
        lock.release();
        throw err;
      }
      let broken = false;
      try {
        // One round trip for both (the key is a constant): every unit of work pays it, on every instance.
        await client.query(`BEGIN; SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`);
        try {
          const repos = unitRepositories(client);
          const unit: UnitOfWork = { client, repos, depth: 0, appended: [] };
          const result = await current.run(unit, async () => {
            const value = await fn(repos);
            // Inside the transaction: what the hooks write commits or rolls back with the change.
            if (unit.appended.length) for (const h of hooks) await h.beforeCommit?.(repos, unit.appended);
            return value;
          });
          // NOTIFY inside the transaction is delivered when it commits, and not at all if it does not:
          // other instances' live streams wake for exactly the commits that appended events. Commits
          // already queue on CHAIN_LOCK, so NOTIFY's commit-time lock adds no waiting. (One round trip.)
          await client.query(unit.appended.length ? `NOTIFY ${COMMITS_CHANNEL}, '${instanceId}'; COMMIT` : 'COMMIT');
          if (unit.appended.length) for (const h of hooks) h.afterCommit?.(unit.appended);
          return result;
        } catch (err) {
          // A connection that cannot even roll back is not given back to the pool.
          await client.query('ROLLBACK').catch(() => { broken = true; });
          throw err;
        }
      } finally {
        client.release(broken);
        lock.release();
      }
    },
    async *scanAudit(): AsyncGenerator<AuditRow> {
      // Chunks by seq: each is one short query, so a long scan holds no snapshot or connection open.
      const q = `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT 5000`;
      let after = 0;
      for (;;) {
        const { rows } = await pool.query<AuditRow>({ name: 'cl_scan_audit', text: q, values: [after] });
        if (rows.length === 0) return;
        yield* rows;
        after = rows.at(-1)!.seq;
      }
    },
    // Other instances commit to the same database unseen: nothing here can tell cheaply that nothing did.
    changeMark: () => undefined,
    watchOtherCommits: (fn) => listener.watch(fn),
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await listener.close();
      if (!pool.ended) await pool.end();
    },
  };
}
