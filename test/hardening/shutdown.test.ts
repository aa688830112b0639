// Slow and stalled clients: a stalled body or header is cut off by its timeout with a 408 problem, and
// SIGTERM during 50 keep-alive requests loses none of them: each is answered (201, or 503 with Connection:
// close before any work), the process closes the database and exits 0 in bounded time. With TEST_BACKEND=pg
// the server runs on a PostgreSQL test database.
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import t from 'tap';
import { build, counts } from '../helper.js';
import { createTestDatabase, serverEnvFor, TEST_BACKEND } from '../pg.js';
import { request, startServerProcess, type HttpResult } from '../server-process.js';

/** Opens a raw connection, writes `data`, and resolves with what the server sends before closing it. */
function stall(port: number, data: string): { done: Promise<{ text: string; ms: number }>; socket: net.Socket } {
  const started = Date.now();
  const socket = net.connect(port, '127.0.0.1', () => socket.write(data));
  const chunks: Buffer[] = [];
  socket.on('data', (c) => chunks.push(c));
  const done = new Promise<{ text: string; ms: number }>((resolve) => {
    socket.on('close', () => resolve({ text: Buffer.concat(chunks).toString('utf8'), ms: Date.now() - started }));
    socket.on('error', () => {});
  });
  return { done, socket };
}

t.test('a stalled body or header is cut off by its timeout with a 408 problem', async (t) => {
  const ctx = await build(t, { timeouts: { headersMs: 400, requestMs: 800, idleMs: 60_000, keepAliveMs: 5_000, shutdownMs: 10_000 } });
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  const port = (ctx.app.server.address() as net.AddressInfo).port;

  const body = stall(port, `POST /v1/claims HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${ctx.keys.checker}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"text":`);
  const headers = stall(port, 'GET /v1/claims HTTP/1.1\r\nHost: x\r\nX-Slow: ');
  const [b, h] = await Promise.all([body.done, headers.done]);
  for (const [what, r, limit] of [['body', b, 800], ['headers', h, 400]] as const) {
    t.match(r.text, /^HTTP\/1\.1 408 /, `stalled ${what}: 408`);
    t.match(r.text, /Content-Type: application\/problem\+json/);
    t.match(r.text, /"code":"REQUEST_TIMEOUT"/);
    t.ok(r.ms >= limit - 50 && r.ms < limit + 2500, `stalled ${what}: cut off after ${r.ms} ms (limit ${limit} ms)`);
  }
  t.equal((await counts(ctx)).claims, 0, 'nothing was stored');
  const fine = await request(port, 'GET', '/health');
  t.equal(fine.status, 200, 'the server still answers');
});

t.test('SIGTERM during 50 keep-alive requests loses none and exits 0 in bounded time', async (t) => {
  const SHUTDOWN_MS = 4000;
  const pgDb = TEST_BACKEND === 'pg' ? await createTestDatabase() : undefined;
  if (pgDb) t.teardown(() => pgDb.drop());
  // Not t.testdir() on PostgreSQL: the SQLite pass runs this file at the same time, in that directory.
  const dbPath = pgDb ? '' : path.join(t.testdir(), 'drain.db');
  const database = pgDb ? serverEnvFor(pgDb) : { DB_PATH: dbPath };
  const server = await startServerProcess({ ...database, SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_MS), REQUEST_TIMEOUT_MS: '60000' });
  t.teardown(() => server.child.kill('SIGKILL'));
  t.ok(server.adminKey, 'the first admin key was printed');
  const auth = { authorization: `Bearer ${server.adminKey}` };

  const agent = new http.Agent({ keepAlive: true, maxSockets: 50 });
  t.teardown(() => agent.destroy());
  // Open 50 keep-alive connections first, so the writes below travel on connections the server already has.
  await Promise.all(Array.from({ length: 50 }, () => request(server.port, 'GET', '/health', { agent })));
  t.equal(Object.values(agent.freeSockets).flat().length, 50, '50 idle keep-alive connections');

  // A client that stalls mid-body must not hold the shutdown beyond its bound.
  const stalled = stall(server.port, `POST /v1/claims HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${server.adminKey}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"te`);
  await new Promise((resolve) => setTimeout(resolve, 100));

  const results: Array<Promise<HttpResult | Error>> = [];
  for (let i = 0; i < 50; i++) {
    results.push(request(server.port, 'POST', '/v1/claims', { agent, headers: auth, body: { text: `Claim number ${i} made during shutdown.`, claimant: 'drain test' } }).catch((e: Error) => e));
  }
  const signalledAt = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 5));
  server.child.kill('SIGTERM');
  // Requests sent after the signal: the server has stopped accepting, so each is refused cleanly (connection
  // refused, or 503) — never reset half-way, which would leave the client not knowing whether it was done.
  while (!server.log.some((l) => /closing: draining/.test(l))) await new Promise((resolve) => setTimeout(resolve, 10));
  const late = await Promise.all(Array.from({ length: 20 }, (_, i) =>
    request(server.port, 'POST', '/v1/claims', { agent, headers: auth, body: { text: `Late claim ${i}.`, claimant: 'drain test' } }).catch((e: NodeJS.ErrnoException) => e)));
  const lateOutcomes = late.map((r) => (r instanceof Error ? r.code ?? r.message : r.status));
  t.ok(lateOutcomes.every((o) => o === 'ECONNREFUSED' || o === 503 || o === 201), `requests after SIGTERM are refused or done, never reset: ${[...new Set(lateOutcomes)].join(', ')}`);
  for (const r of late) if (!(r instanceof Error) && r.status === 201) results.push(Promise.resolve(r));
  const settled = await Promise.all(results);
  const { code, signal } = await server.exited;
  const exitMs = Date.now() - signalledAt;

  const errors = settled.filter((r): r is Error => r instanceof Error);
  t.same(errors.map((e) => e.message), [], 'no request was reset or left unanswered');
  const answered = settled.filter((r): r is HttpResult => !(r instanceof Error));
  const created = answered.filter((r) => r.status === 201).map((r) => JSON.parse(r.body).id as string);
  const refused = answered.filter((r) => r.status === 503);
  t.equal(created.length + refused.length, settled.length, `every request is a 201 or a 503 (${created.length} created, ${refused.length} refused)`);
  t.ok(created.length > 0, 'requests in flight at SIGTERM were finished');
  for (const r of refused) {
    t.equal(r.headers['content-type'], 'application/problem+json; charset=utf-8');
    t.equal(r.headers.connection, 'close', '503 closes the connection');
    t.ok(Number(r.headers['retry-after']) > 0, '503 says when to retry');
  }
  t.equal(code, 0, `exit code 0 (signal ${signal})`);
  t.ok(exitMs < SHUTDOWN_MS + 1500, `exited ${exitMs} ms after SIGTERM, within the ${SHUTDOWN_MS} ms drain bound`);
  t.match((await stalled.done).text, /^$|^HTTP\/1\.1 (408|503)/, 'the stalled connection was cut');
  t.ok(server.log.some((l) => /closed: database closed/.test(l)), 'the database was closed before exit');

  const query = "SELECT id FROM claims WHERE claimant = 'drain test'";
  let stored: string[];
  if (pgDb) {
    const client = new pg.Client({ connectionString: pgDb.url });
    await client.connect();
    stored = (await client.query<{ id: string }>(query)).rows.map((r) => r.id).sort();
    await client.end();
  } else {
    const db = new Database(dbPath, { readonly: true });
    t.teardown(() => db.close());
    t.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    stored = (db.prepare(query).all() as Array<{ id: string }>).map((r) => r.id).sort();
  }
  t.same(stored, [...created].sort(), 'every acknowledged write is stored, and nothing refused was');
});
