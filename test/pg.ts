// PostgreSQL for tests (TEST_BACKEND=pg): one database per app, made from a migrated template so that a
// test pays for a CREATE DATABASE, not for the migrations, and reused (emptied) rather than dropped, see
// below. Several test files run at once, each with its own databases.
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
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

/**
 * The environment of a `claimledger serve` process on a test database. With DATABASE_URL set, a missing
 * signing key is not generated (instances must share one), so a fresh one is written to a temporary
 * directory of its own: not the test's t.testdir(), which is the same path in the SQLite pass that runs
 * the same file at the same time (npm test), and which that pass fills and deletes.
 */
export function serverEnvFor(db: TestDatabase): Record<string, string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimledger-pg-test-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const keyFile = path.join(dir, 'audit-signing-key.pem');
  writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
  return { DATABASE_URL: db.url, DATABASE_POOL_SIZE: '4', AUDIT_SIGNING_KEY: keyFile };
}

export interface TestDatabase {
  url: string;
  name: string;
  /** Hands the database back: emptied, and reused by this process's next test (or a later process's). */
  drop: () => Promise<void>;
}

// Making a database costs a copy of the template, and dropping one far more: DROP DATABASE makes the
// server checkpoint, which took 10 s at the end of a test file while the SQLite pass and other files kept the
// server busy. So test databases are never dropped while their schema is current. A process keeps the ones
// it made: an app's database, once the app is closed, is emptied (every table, the sequences, the
// vocabularies) and given to the next app of the same file. When the process ends they stay, and the next
// test process adopts them (renaming one to its own process id claims it: only one process can) instead
// of making new ones. Their names carry the migrations' hash, so those of an older schema are dropped.
const free: TestDatabase[] = [];
const PREFIX = 'claimledger_test_';
const OURS = new RegExp(`^${PREFIX}${migrationsHash}_(\\d+)_`);

interface PublicNames {
  tables: string[];
  sequences: string[];
  views: string[];
}
// The same for every database made from one template: read once per process.
let names: Promise<PublicNames> | undefined;

// What a test may have added to or changed in a database's schema (a function and trigger standing in for a
// full disk, a disabled trigger): tables, columns, indexes, sequences, functions and triggers of the public
// schema. A database whose fingerprint is not the template's is dropped rather than reused.
const FINGERPRINT = `SELECT md5(coalesce(string_agg(x, ',' ORDER BY x), '')) AS f FROM (
    SELECT 'r:' || relname || ':' || relkind::text FROM pg_class WHERE relnamespace = 'public'::regnamespace
    UNION ALL SELECT 'a:' || attrelid::regclass || '.' || attname || ':' || atttypid FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
      WHERE c.relnamespace = 'public'::regnamespace AND a.attnum > 0 AND NOT a.attisdropped
    UNION ALL SELECT 'p:' || p.oid::regprocedure FROM pg_proc p WHERE pronamespace = 'public'::regnamespace
    UNION ALL SELECT 't:' || tgname || ':' || tgenabled::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal
  ) s(x)`;
let templateFingerprint: Promise<string> | undefined;

async function fingerprintOf(client: pg.Client): Promise<string> {
  return (await client.query<{ f: string }>(FINGERPRINT)).rows[0]!.f;
}

/** Empties a database as migrations left it, faster than a new copy of the template; throws if a test changed its schema. */
async function empty(url: string): Promise<void> {
  templateFingerprint ??= (async () => {
    await ensureTemplate();
    const client = new pg.Client({ connectionString: urlFor(TEMPLATE) });
    await client.connect();
    try {
      return await fingerprintOf(client);
    } finally {
      await client.end();
    }
  })().catch((err: unknown) => {
    templateFingerprint = undefined; // not remembered: the next database tries again
    throw err;
  });
  const expected = await templateFingerprint;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if ((await fingerprintOf(client)) !== expected) throw new Error('the schema is not the template\'s: not reusable');
    names ??= (async () => ({
      tables: (await client.query<{ t: string }>("SELECT quote_ident(tablename) AS t FROM pg_tables WHERE schemaname = 'public'")).rows.map((r) => r.t),
      sequences: (await client.query<{ s: string }>("SELECT quote_ident(sequencename) AS s FROM pg_sequences WHERE schemaname = 'public'")).rows.map((r) => r.s),
      views: (await client.query<{ v: string }>("SELECT quote_ident(matviewname) AS v FROM pg_matviews WHERE schemaname = 'public'")).rows.map((r) => r.v),
    }))();
    const { tables, sequences, views } = await names;
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

async function dropAll(list: Iterable<string>): Promise<void> {
  const all = [...list];
  if (all.length) await withAdmin(async (admin) => { for (const name of all) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); });
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The process id in a test database's name (NaN if the name has none). */
const pidOf = (name: string): number => Number(/^claimledger_test_(?:[0-9a-f]{12}_)?(\d+)_/.exec(name)?.[1]);

let cleaned: Promise<void> | undefined;
/** Drops the test databases of an older schema (or an older naming) whose process is gone. */
function dropStale(): Promise<void> {
  cleaned ??= withAdmin(async (admin) => {
    const rows = (await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${PREFIX}%`])).rows;
    const stale = rows.map((r) => r.datname).filter((name) => !OURS.test(name) && !alive(pidOf(name)));
    for (const name of stale) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
  });
  return cleaned;
}

const newName = () => `${PREFIX}${migrationsHash}_${process.pid}_${randomBytes(6).toString('hex')}`;

/** Claims a current-schema database left by a process that is gone, or undefined if there is none. */
async function adopt(): Promise<string | undefined> {
  return withAdmin(async (admin) => {
    const rows = (await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${PREFIX}${migrationsHash}_%`])).rows;
    for (const { datname } of rows) {
      const pid = pidOf(datname);
      if (!OURS.test(datname) || pid === process.pid || alive(pid)) continue;
      const name = newName();
      try {
        // Atomic: of processes adopting at once, one renames it; the others find it gone (or still open).
        await admin.query(`ALTER DATABASE ${datname} RENAME TO ${name}`);
      } catch {
        continue;
      }
      try {
        // Its last process may have died mid-test: it is emptied before use.
        await empty(urlFor(name));
        return name;
      } catch {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      }
    }
    return undefined;
  });
}

/** A migrated, empty database: one this process emptied for reuse, one a finished process left, or a fresh copy of the template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const reused = free.pop();
  if (reused) return reused;
  await ensureTemplate();
  await dropStale();
  let name = await adopt();
  if (!name) {
    name = newName();
    const made = name;
    await withAdmin(async (admin) => {
      // Copying a template needs it free of other sessions: retry while another file is copying it too.
      for (let attempt = 0; ; attempt++) {
        try {
          await admin.query(`CREATE DATABASE ${made} TEMPLATE ${TEMPLATE}`);
          return;
        } catch (err) {
          if (attempt >= 50 || !/being accessed by other users/.test((err as Error).message)) throw err;
          await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
        }
      }
    });
  }
  const db: TestDatabase = {
    url: urlFor(name),
    name,
    async drop() {
      try {
        await empty(db.url);
      } catch {
        // Not reusable (a test broke it or changed its schema): drop it now.
        await dropAll([db.name]);
        return;
      }
      free.push(db);
    },
  };
  return db;
}
