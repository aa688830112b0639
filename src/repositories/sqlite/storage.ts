// The SQLite storage: one writer connection that runs the units of work one at a time, and a read-only
// connection (WAL lets it read committed data while a write is open) for everything else.
import { AsyncLocalStorage } from 'node:async_hooks';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openMigratedDatabase, type Db } from '../../db/database.js';
import type { VerifyReport } from '../../services/audit-verify.js';
import type { AuditRow, Repositories, Storage, TransactionHooks } from '../types.js';
import { WriteLock } from '../write-lock.js';
import { sqliteApiKeys } from './api-keys.js';
import type { AuditVerifyJob, AuditVerifyResult } from './audit-verify-worker.js';
import { scanAuditRows, sqliteAudit } from './audit.js';
import { sqliteClaims } from './claims.js';
import { sqliteEvidence } from './evidence.js';
import { sqliteExternalReviews } from './external-reviews.js';
import { sqliteIdempotency } from './idempotency.js';
import { sqliteRequests } from './requests.js';
import { sqlitePublications } from './publications.js';
import { sqliteSessions } from './sessions.js';
import { sqliteSources } from './sources.js';
import { sqliteWebhooks } from './webhooks.js';

export interface SqliteStorage extends Storage {
  readonly backend: 'sqlite';
  /** The drizzle handle over the writer connection (migrations, tests and tools). */
  readonly db: Db;
  readonly writer: Database.Database;
  /** The read-only connection; the writer itself for an in-memory database. */
  readonly reader: Database.Database;
  /** `target` (the search index over `reader`) with its reads joining the reader's per-turn snapshot. */
  joinReadSnapshot<T extends object>(target: T): T;
}

function repositories(db: Database.Database): Repositories {
  return {
    claims: sqliteClaims(db),
    evidence: sqliteEvidence(db),
    sources: sqliteSources(db),
    apiKeys: sqliteApiKeys(db),
    audit: sqliteAudit(db),
    idempotency: sqliteIdempotency(db),
    sessions: sqliteSessions(db),
    webhooks: sqliteWebhooks(db),
    requests: sqliteRequests(db),
    publications: sqlitePublications(db),
    externalReviews: sqliteExternalReviews(db),
  };
}

// The worker's module beside this one: .ts when run from source (tsx, tests), .js when built.
const VERIFY_WORKER = new URL(`./audit-verify-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * Starts the verify worker. Built, it is the .js module itself. From source (tests, tsx) the worker needs the
 * TypeScript loader too, and on Node 20 neither the main thread's loader hooks nor an inherited
 * `--import tsx` reach a worker's entry module: a two-line shim registers tsx in the worker, then loads it.
 */
function startVerifyWorker(job: AuditVerifyJob): Worker {
  if (!VERIFY_WORKER.pathname.endsWith('.ts')) return new Worker(VERIFY_WORKER, { workerData: job });
  const shim = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(VERIFY_WORKER.href)}));`;
  return new Worker(shim, { eval: true, execArgv: [], workerData: job });
}

/** Runs one chain verification in a worker thread on its own read-only connection to `job.dbPath`. */
function verifyInWorker(job: AuditVerifyJob): Promise<VerifyReport> {
  return new Promise((resolve, reject) => {
    const worker = startVerifyWorker(job);
    let settled = false;
    worker.once('message', (result: AuditVerifyResult) => {
      settled = true;
      if ('report' in result) resolve(result.report);
      else reject(new Error(`audit verification failed: ${result.error}`));
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the audit verification worker exited with code ${code}`));
    });
  });
}

/**
 * One read transaction on the read-only connection per turn of the event loop, instead of one per
 * statement. In WAL mode every transaction start and end takes and drops a read-mark lock on the -shm file
 * and checks the WAL's size: three system calls, about 8 µs here, which were most of the cost of a small
 * indexed query. A request's statements all run in the turn in which its bytes arrived (better-sqlite3 is
 * synchronous), so the snapshot, begun at the first read after the poll returned, already holds every
 * commit that happened before the request was sent. It ends with the turn (setImmediate) and at once after
 * this process commits a write, so a request always reads its own writes.
 */
function readSnapshot(reader: Database.Database): { ensure: () => void; end: () => void; dataVersion: () => number } {
  const begin = reader.prepare('BEGIN');
  const commit = reader.prepare('COMMIT');
  // Changes whenever another connection (this process's writer or another process) has committed.
  const dataVersionStmt = reader.prepare<[], number>('PRAGMA data_version').pluck();
  let open = false;
  let version = 0;
  const end = () => {
    if (!open) return;
    if (reader.open && reader.inTransaction) {
      try {
        commit.run();
      } catch (err) {
        // A statement still being iterated (an export's audit scan) keeps the transaction: try next turn.
        if (!(err instanceof TypeError) || !String(err.message).includes('busy')) throw err;
        setImmediate(end);
        return;
      }
    }
    open = false;
  };
  const ensure = () => {
    if (open) return;
    begin.run();
    // The snapshot's first statement: it starts the read transaction, so the version is the snapshot's.
    version = dataVersionStmt.get()!;
    open = true;
    setImmediate(end);
  };
  return {
    ensure,
    end,
    dataVersion() {
      ensure();
      return version;
    },
  };
}

/**
 * The object with each of its methods, and each method of the objects it holds (a repository set, the
 * search index and its engines), first joining the turn's read snapshot.
 */
function joiningSnapshot<T extends object>(target: T, ensure: () => void): T {
  for (const holder of [target, ...Object.values(target)] as Record<string, unknown>[]) {
    if (typeof holder !== 'object' || holder === null) continue;
    for (const [name, method] of Object.entries(holder)) {
      if (typeof method !== 'function') continue;
      holder[name] = function (this: unknown, ...args: unknown[]) {
        ensure();
        return (method as (...a: unknown[]) => unknown).apply(this, args);
      };
    }
  }
  return target;
}

/** Units of work committed together (see withTransaction): at most this many, begun within this long. */
const GROUP_MAX_UNITS = 64;
const GROUP_MAX_MS = 10;
/** How long a unit of work waits for another process (a CLI) to let go of the database's write lock. */
const WRITE_LOCK_TIMEOUT_MS = 5000;

interface Group {
  startedAt: number;
  /** The units done and waiting for the COMMIT, each settled by it: no argument once committed. */
  members: Array<(err?: unknown) => void>;
  flushScheduled: boolean;
}

interface UnitOfWork {
  depth: number;
  /** Audit rows this unit has appended so far (a nested unit that rolls back takes its own back out). */
  appended: AuditRow[];
}

export interface SqliteStorageOptions {
  /** Receives the text of every statement either connection runs (tests count queries with it). */
  trace?: (sql: string) => void;
}

export function openSqliteStorage(dbPath: string, options: SqliteStorageOptions = {}): SqliteStorage {
  const { trace } = options;
  const db = openMigratedDatabase(dbPath, trace);
  const writer = db.$client;
  // A write to a table with triggers (claims, evidence: the search index) runs in a statement journal,
  // which this build of SQLite keeps in a temporary file by default: strace showed ~16 pwrite() calls per
  // claim inserted. The writer's statements are small, so their journals live in memory. (Set after the
  // migrations, whose index builds may sort more than memory should hold.)
  writer.pragma('temp_store = MEMORY');
  // An in-memory database exists only on its own connection.
  const reader = dbPath === ':memory:' ? writer : new Database(dbPath, { readonly: true, ...(trace ? { verbose: (sql: unknown) => trace(String(sql)) } : {}) });
  if (reader !== writer) reader.pragma('busy_timeout = 5000');

  const current = new AsyncLocalStorage<UnitOfWork>();
  const writeRepos = repositories(writer);
  // Every audit row appended inside a unit of work is noted, for the transaction hooks (the webhook outbox
  // and the live event stream), whichever service appended it.
  const insertAudit = writeRepos.audit.insert.bind(writeRepos.audit);
  writeRepos.audit.insert = async (row) => {
    await insertAudit(row);
    current.getStore()?.appended.push(row);
  };
  const snapshot = reader === writer ? undefined : readSnapshot(reader);
  const readRepos = snapshot ? joiningSnapshot(repositories(reader), snapshot.ensure) : writeRepos;
  const hooks: TransactionHooks[] = [];
  const lock = new WriteLock();
  const ping = writer.prepare('SELECT 1');
  const readerPing = reader.prepare('SELECT 1');

  // Group commit. With synchronous=FULL every COMMIT waits for an fsync of the WAL, during which the event
  // loop stands still (better-sqlite3 is synchronous): a third of the time of POST /v1/claims under load.
  // So a unit of work that ends does not commit at once: the transaction stays open until the end of the
  // event loop's turn (setImmediate), and the units of the requests read in the same turn join it; then one
  // COMMIT, one fsync, makes them all durable. Each unit still runs alone on the writer, in arrival order,
  // as a savepoint, and is answered only after the COMMIT; a unit that fails rolls back to its savepoint
  // and leaves the others be. A group is bounded in units and in time, so no answer is held back long.
  let group: Group | null = null;

  // IMMEDIATE takes the write lock now, so a CLI writing the same file makes us wait at the start instead
  // of failing half-way. The wait is asynchronous: SQLite's own busy handler would sleep on the event loop
  // for up to busy_timeout, freezing every read meanwhile, and in one process holding two connections to a
  // file (tests do) it would never see the other connection's group commit at the end of the turn.
  writer.pragma('busy_timeout = 0');
  async function beginGroup(): Promise<Group> {
    const deadline = performance.now() + WRITE_LOCK_TIMEOUT_MS;
    for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
      try {
        writer.exec('BEGIN IMMEDIATE');
        break;
      } catch (err) {
        if ((err as { code?: string }).code !== 'SQLITE_BUSY' || performance.now() + pause > deadline) throw err;
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
    group = { startedAt: performance.now(), members: [], flushScheduled: false };
    return group;
  }

  function abandonGroup(g: Group, err: unknown): void {
    if (group === g) group = null;
    // Settled with an error in every case (even a thrown undefined): these units were not committed.
    const reason = err ?? new Error('The transaction was rolled back before it could commit.');
    for (const settle of g.members.splice(0)) settle(reason);
  }

  /** Ends the group's transaction (the caller holds the writer): commits what its units did. */
  function commitGroup(g: Group): void {
    group = null;
    if (g.members.length === 0) {
      if (writer.inTransaction) writer.exec('ROLLBACK');
      return;
    }
    try {
      writer.exec('COMMIT');
    } catch (err) {
      if (writer.inTransaction) writer.exec('ROLLBACK');
      abandonGroup(g, err);
      return;
    }
    // The reader's snapshot predates this commit: end it, so that what follows reads the change.
    snapshot?.end();
    for (const settle of g.members.splice(0)) settle();
  }

  /** At the end of the turn: commit, unless a unit is running in the group (its own end decides). */
  function flush(g: Group): void {
    g.flushScheduled = false;
    if (group !== g || !lock.tryAcquire()) return;
    commitGroup(g);
    lock.release();
  }

  /** After a unit (the caller holds the writer): hand the open transaction on, or end it. */
  function endTurn(g: Group): void {
    if (group === g) {
      // A group with nothing to commit (its only unit failed) ends at once, leaving the writer outside any
      // transaction as before.
      if (g.members.length > 0 && g.members.length < GROUP_MAX_UNITS && performance.now() - g.startedAt < GROUP_MAX_MS) {
        if (!lock.contended && !g.flushScheduled) {
          g.flushScheduled = true;
          setImmediate(() => flush(g));
        }
      } else {
        commitGroup(g);
      }
    }
    lock.release();
  }

  async function nested<T>(unit: UnitOfWork, fn: (repos: Repositories) => Promise<T>): Promise<T> {
    const name = `uow_${++unit.depth}`;
    const mark = unit.appended.length;
    writer.exec(`SAVEPOINT ${name}`);
    try {
      const result = await fn(writeRepos);
      writer.exec(`RELEASE ${name}`);
      return result;
    } catch (err) {
      if (writer.inTransaction) writer.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
      unit.appended.length = mark;
      throw err;
    } finally {
      unit.depth--;
    }
  }

  return {
    backend: 'sqlite',
    db,
    writer,
    reader,
    // In memory there is one connection, which does not see its own commits in data_version: no mark.
    changeMark: () => snapshot?.dataVersion(),
    joinReadSnapshot: (target) => (snapshot ? joiningSnapshot(target, snapshot.ensure) : target),
    addTransactionHooks(h) {
      hooks.push(h);
    },
    get read() {
      return current.getStore() ? writeRepos : readRepos;
    },
    async withTransaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T> {
      const outer = current.getStore();
      if (outer) return nested(outer, fn);
      const wait = lock.acquire();
      if (wait) await wait;
      let joined: Group;
      try {
        joined = group ?? (await beginGroup());
      } catch (err) {
        lock.release();
        throw err;
      }
      // Each unit is a savepoint of the group's transaction: one that fails takes back only its own work.
      writer.exec('SAVEPOINT unit_of_work');
      const unit: UnitOfWork = { depth: 0, appended: [] };
      let result: T;
      try {
        result = await current.run(unit, async () => {
          const value = await fn(writeRepos);
          // Inside the transaction: what the hooks write (the outbox) commits or rolls back with the change.
          if (unit.appended.length) for (const h of hooks) await h.beforeCommit?.(writeRepos, unit.appended);
          return value;
        });
        writer.exec('RELEASE unit_of_work');
      } catch (err) {
        if (writer.inTransaction) writer.exec('ROLLBACK TO unit_of_work; RELEASE unit_of_work');
        else abandonGroup(joined, err); // SQLite ended the whole transaction: the units before this one are gone too
        endTurn(joined);
        throw err;
      }
      const committed = new Promise<void>((resolve, reject) => joined.members.push((err) => (err === undefined ? resolve() : reject(err))));
      endTurn(joined);
      // Answered only once the group's COMMIT is durable: nothing acknowledged is lost.
      await committed;
      if (unit.appended.length) for (const h of hooks) h.afterCommit?.(unit.appended);
      return result;
    },
    async *scanAudit(): AsyncGenerator<AuditRow> {
      yield* scanAuditRows(reader);
    },
    // An in-memory database exists only on this connection, so it is verified on the event loop instead.
    ...(dbPath === ':memory:'
      ? {}
      : { verifyAudit: ({ untilSeq, checkpoints = [] }) => verifyInWorker({ dbPath: path.resolve(dbPath), untilSeq, checkpoints }) }),
    async ping() {
      ping.get();
      if (readerPing !== ping) readerPing.get();
    },
    async close() {
      // Units waiting for the end of the turn are committed, not dropped with the connection.
      if (group && lock.tryAcquire()) {
        commitGroup(group);
        lock.release();
      }
      snapshot?.end();
      if (reader !== writer && reader.open) reader.close();
      if (writer.open) writer.close();
    },
  };
}
