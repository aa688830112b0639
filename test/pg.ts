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

/** A new, migrated, empty database: its URL, and drop() for teardown. */
export async function createTestDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  await ensureTemplate();
  const name = `claimledger_test_${randomBytes(6).toString('hex')}`;
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
  return {
    url: urlFor(name),
    name,
    drop: () => withAdmin(async (admin) => { await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); }),
  };
}
