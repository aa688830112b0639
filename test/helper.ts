// Test helper: a fresh app on an in-memory database per test, closed on teardown, with one key per role.
// With TEST_BACKEND=pg each app gets its own PostgreSQL database instead (test/pg.ts), dropped on teardown.
import type { Test } from 'tap';
import { buildApp, type App } from '../src/app.js';
import { runCli } from '../src/cli.js';
import { testConfig, type Config } from '../src/config.js';
import { createSearchIndex } from '../src/repositories/sqlite/search-index.js';
import { openSqliteStorage } from '../src/repositories/sqlite/storage.js';
import { createServices } from '../src/services/index.js';
import { ROLES, type Role } from '../src/domain/types.js';
import { SYSTEM_ACTOR_ID } from '../src/services/api-keys.js';
import { createTestDatabase, TEST_BACKEND } from './pg.js';

export interface TestContext {
  app: App;
  /** A bearer token per role. */
  keys: Record<Role, string>;
  /** Closes the app (and hands its database back) before the test ends; the teardown then does nothing. */
  close(): Promise<void>;
  /** Headers with the key of the given role (admin by default), plus any extra ones. */
  auth(role?: Role, extra?: Record<string, string>): Record<string, string>;
}

export async function build(t: Test, overrides: Partial<Config> = {}): Promise<TestContext> {
  // A test that names its own SQLite file keeps it; every other app runs on the backend under test.
  const pg = TEST_BACKEND === 'pg' && overrides.dbPath === undefined && overrides.databaseUrl === undefined ? await createTestDatabase() : undefined;
  const app = await buildApp(testConfig({ ...(pg ? { databaseUrl: pg.url, databasePoolSize: 4 } : {}), ...overrides }), { logger: false });
  await app.ready();
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= (async () => {
    await app.close();
    await pg?.drop();
  })());
  t.teardown(close);
  const keys = Object.fromEntries(
    await Promise.all(ROLES.map(async (role) => [role, (await app.services.apiKeys.create(SYSTEM_ACTOR_ID, { name: `${role} key`, role })).token])),
  ) as Record<Role, string>;
  return {
    app,
    keys,
    close,
    auth: (role = 'admin', extra = {}) => ({ authorization: `Bearer ${keys[role]}`, ...extra }),
  };
}

/** The full text of the first seed article, handy as a source snapshot. */
export const SNAPSHOT = `Last March, the NSA claimed that North Korea had harvested more than 11,000 bitcoins in 2017 through mining and numerous thefts.
KDB claims in its report that North Korea’s efforts of mining Bitcoin between May and June 2017 were futile.`;

/** Creates a source with SNAPSHOT as content and a claim, returning their ids. */
export async function claimWithSource(ctx: TestContext, text = 'North Korea harvested more than 11,000 bitcoins in 2017.') {
  const src = await ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('checker'), payload: { title: 'Test article', kind: 'news', url: `https://example.com/${Math.random().toString(36).slice(2)}`, content: SNAPSHOT } });
  const clm = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text, claimant: 'NSA', tags: ['north-korea'] } });
  return { sourceId: src.json().id as string, claimId: clm.json().id as string };
}

/** Asserts that a response is an RFC 9457 problem with the given status and code, and returns its body. */
export function assertProblem(t: Test, res: { statusCode: number; headers: Record<string, unknown>; json(): any }, status: number, code?: string) {
  t.equal(res.statusCode, status, `status ${status}`);
  t.match(String(res.headers['content-type']), /^application\/problem\+json/, 'problem+json');
  const body = res.json();
  t.match(body, { type: String, title: String, status, detail: String, instance: String, code: String }, 'problem members');
  if (code) t.equal(body.code, code, `code ${code}`);
  return body;
}

/** Creates a claim through the API (as a checker by default) and returns its JSON. */
export async function createClaim(ctx: TestContext, body: Record<string, unknown> = {}, role: Role = 'checker') {
  const res = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth(role), payload: { text: 'A claim with no numbers.', ...body } });
  if (res.statusCode !== 201) throw new Error(`createClaim: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Creates a source through the API (with a unique URL unless one is given) and returns its JSON. */
export async function createSource(ctx: TestContext, body: Record<string, unknown> = {}, role: Role = 'checker') {
  const res = await ctx.app.inject({
    method: 'POST', url: '/v1/sources', headers: ctx.auth(role),
    payload: { title: 'A source', kind: 'news', url: `https://example.com/${Math.random().toString(36).slice(2)}`, ...body },
  });
  if (res.statusCode !== 201) throw new Error(`createSource: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Attaches evidence; returns the raw response. */
export function addEvidence(ctx: TestContext, claimId: string, body: Record<string, unknown>, role: Role = 'checker', extra: Record<string, string> = {}) {
  return ctx.app.inject({ method: 'POST', url: `/v1/claims/${claimId}/evidence`, headers: ctx.auth(role, extra), payload: body });
}

/** Retracts evidence; returns the raw response. */
export function retractEvidence(ctx: TestContext, claimId: string, evidenceId: string, reason = 'Wrong source', role: Role = 'checker') {
  return ctx.app.inject({ method: 'POST', url: `/v1/claims/${claimId}/evidence/${evidenceId}/retract`, headers: ctx.auth(role), payload: { reason } });
}

/** The current version of a claim, read through the API. */
export async function claimVersion(ctx: TestContext, claimId: string): Promise<number> {
  return (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}`, headers: ctx.auth('reader') })).json().version;
}

/** Changes a claim's status with the current version as If-Match (unless one is given); returns the raw response. */
export async function changeStatus(ctx: TestContext, claimId: string, status: string, rationale?: string | null, role: Role = 'reviewer', ifMatch?: string) {
  const etag = ifMatch ?? `"${await claimVersion(ctx, claimId)}"`;
  return ctx.app.inject({
    method: 'POST', url: `/v1/claims/${claimId}/status`, headers: ctx.auth(role, { 'if-match': etag }),
    payload: rationale === undefined ? { status } : { status, rationale },
  });
}

/** Row counts read straight from the database, to prove a refused request changed nothing. */
export async function counts(ctx: TestContext) {
  const tables = { claims: 'claims', sources: 'sources', evidence: 'evidence', audit: 'audit_events' } as const;
  const storage = ctx.app.storage;
  const out = { claims: 0, sources: 0, evidence: 0, audit: 0 };
  for (const [name, table] of Object.entries(tables) as Array<[keyof typeof out, string]>) {
    out[name] = storage.backend === 'postgres'
      ? (await storage.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n
      : (storage.writer.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  return out;
}

/** Runs the `claimledger` CLI in-process with the given environment, capturing its output and exit code. */
export async function cli(args: string[], env: NodeJS.ProcessEnv) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(args, env, { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line) });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** The services over a database file, as the CLI opens them; close() releases the file. */
export async function openServices(dbPath: string) {
  const storage = openSqliteStorage(dbPath);
  const services = await createServices(storage, storage.joinReadSnapshot(createSearchIndex(storage.reader)), testConfig({ dbPath }));
  return { services, close: () => storage.close() };
}

/** Runs SQL straight on the app's database, either backend (`?` placeholders; rows as the driver gives them). */
export async function sql<R = Record<string, unknown>>(ctx: Pick<TestContext, 'app'>, text: string, params: unknown[] = []): Promise<R[]> {
  const storage = ctx.app.storage;
  if (storage.backend === 'postgres') {
    let n = 0;
    return (await storage.pool.query(text.replace(/\?/g, () => `$${++n}`), params)).rows as R[];
  }
  const statement = storage.writer.prepare(text);
  if (statement.reader) return statement.all(...params) as R[];
  statement.run(...params);
  return [];
}

/** The backend the app runs on. */
export const backendOf = (ctx: Pick<TestContext, 'app'>): 'sqlite' | 'postgres' => ctx.app.storage.backend;

/** Closes the app's database under it, so that every query fails (tests of the 500 path). */
export async function closeDatabase(ctx: Pick<TestContext, 'app'>): Promise<void> {
  const storage = ctx.app.storage;
  if (storage.backend === 'postgres') await storage.pool.end();
  else storage.writer.close();
}
