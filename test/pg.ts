// PostgreSQL for tests (TEST_BACKEND=pg): one database per app, made from a migrated template so that a
// test pays for a CREATE DATABASE, not for the migrations. Several test files run at once, each with its
// own databases; all of them are dropped on teardown.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { migratePg, pgMigrationsFolder } from '../src/repositories/pg/storage.js';

export const TEST_BACKEND = process.env.TEST_BACKEND === 'pg' ? 'pg' : 'sqlite';

/** The server's maintenance database; test databases are made beside it. */
export const PG_ADMIN_URL = process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A test database's URL. Commits do not wait for the disk (synchronous_commit=off): a test database
 * never has to survive a crash, and the shared test machine's disk is slow under load. */
const urlFor = (name: string): string => {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${name}`;
  u.searchParams.set('options', '-c synchronous_commit=off');
  return u.toString();
};

async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  // A bounded wait: an unreachable server (a firewall that drops packets) must not hang npm test.
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Whether a PostgreSQL server answers at PG_TEST_URL. */
export async function pgReachable(): Promise<boolean> {
  try {
    await withAdmin((c) => c.query('SELECT 1'));
    return true;
  } catch {
    return false;
  }
}

// The template's name carries a hash of the migrations, so a changed schema gets a new template.
const journal = readFileSync(path.join(pgMigrationsFolder, 'meta/_journal.json'), 'utf8');
const migrationsHash = createHash('sha256').update(journal).update(
  JSON.parse(journal).entries.map((e: { tag: string }) => readFileSync(path.join(pgMigrationsFolder, `${e.tag}.sql`), 'utf8')).join('\n'),
).digest('hex').slice(0, 12);
const TEMPLATE = `claimledger_tpl_${migrationsHash}`;
let template: Promise<void> | undefined;

function ensureTemplate(): Promise<void> {
  template ??= withAdmin(async (admin) => {
    // Test files start in parallel: one of them builds the template, the others wait for it.
    await admin.query('SELECT pg_advisory_lock(7001)');
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
      if (exists.rowCount) return;
      const building = `${TEMPLATE}_build`;
      await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${building}`);
      const client = new pg.Client({ connectionString: urlFor(building) });
      await client.connect();
      try {
        await migratePg(client);
      } finally {
        await client.end();
      }
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${TEMPLATE}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(7001)');
    }
  });
  return template;
}

export interface TestDatabase {
  url: string;
  name: string;
  /** Hands the database back: emptied, and reused by this process's next test (dropped when it exits). */
  drop: () => Promise<void>;
}

// Making and dropping a database costs about a second of the server's time (the copy of the template, and
// the checkpoint-like work of DROP DATABASE), a test file builds dozens of apps, and the PostgreSQL pass
// runs beside the SQLite one on the same cores. So a process keeps the databases it made: an app's
// database, once the app is closed, is emptied (every table, the sequences, the vocabularies) and given
// to the next app of the same file, and all of them are dropped when the process exits. Their names carry
// the process id, so those of a process that died without dropping them are dropped by the next file.
const free: TestDatabase[] = [];
const made = new Set<string>();
const PREFIX = 'claimledger_test_';

/** Empties a database as migrations left it, faster than a new copy of the template. */
async function empty(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (await client.query<{ t: string }>("SELECT quote_ident(tablename) AS t FROM pg_tables WHERE schemaname = 'public'")).rows.map((r) => r.t);
    const sequences = (await client.query<{ s: string }>("SELECT quote_ident(sequencename) AS s FROM pg_sequences WHERE schemaname = 'public'")).rows.map((r) => r.s);
    const views = (await client.query<{ v: string }>("SELECT quote_ident(matviewname) AS v FROM pg_matviews WHERE schemaname = 'public'")).rows.map((r) => r.v);
    // In replica mode no trigger fires: neither the audit log's refusal of DELETE nor the foreign keys, so
    // the tables are emptied in any order. (The test server's user is a superuser, as test/pg.ts assumes.)
    await client.query([
      'BEGIN',
      'SET LOCAL session_replication_role = replica',
      ...tables.map((t) => `DELETE FROM ${t}`),
      ...sequences.map((q) => `ALTER SEQUENCE ${q} RESTART`),
      'COMMIT',
      ...views.map((v) => `REFRESH MATERIALIZED VIEW ${v}`),
    ].join(';\n'));
  } finally {
    await client.end();
  }
}

async function dropAll(names: Iterable<string>): Promise<void> {
  const list = [...names];
  if (list.length) await withAdmin(async (admin) => { for (const name of list) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); });
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

let cleaned: Promise<void> | undefined;
/** Drops the test databases of processes that are gone (killed, or ended before their exit hook ran). */
function dropOrphans(): Promise<void> {
  cleaned ??= withAdmin(async (admin) => {
    const rows = (await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${PREFIX}%`])).rows;
    const orphans = rows.map((r) => r.datname).filter((name) => {
      const pid = Number(/^claimledger_test_(\d+)_/.exec(name)?.[1]);
      return Number.isInteger(pid) && pid > 0 && !alive(pid);
    });
    for (const name of orphans) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
  });
  return cleaned;
}

let exitHook = false;

/** A migrated, empty database: a fresh copy of the template, or one this process emptied for reuse. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const reused = free.pop();
  if (reused) return reused;
  await ensureTemplate();
  await dropOrphans();
  if (!exitHook) {
    exitHook = true;
    // 'beforeExit' runs once the event loop is empty (after the last test); the drop keeps it busy, so
    // the hook removes itself first.
    process.once('beforeExit', () => {
      void dropAll(made).catch(() => {});
    });
  }
  const name = `${PREFIX}${process.pid}_${randomBytes(6).toString('hex')}`;
  await withAdmin(async (admin) => {
    // Copying a template needs it free of other sessions: retry while another file is copying it too.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
        return;
      } catch (err) {
        if (attempt >= 50 || !/being accessed by other users/.test((err as Error).message)) throw err;
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
      }
    }
  });
  made.add(name);
  const db: TestDatabase = {
    url: urlFor(name),
    name,
    async drop() {
      try {
        await empty(db.url);
      } catch {
        // Not reusable (a test broke it): drop it now.
        made.delete(name);
        await dropAll([name]);
        return;
      }
      free.push(db);
    },
  };
  return db;
}
