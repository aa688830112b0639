// GET /v1/events/stream: Server-Sent Events over a real connection. Live delivery, resume with Last-Event-ID
// without gap or duplicate, what each role sees, and a graceful shutdown that the open stream does not hold up.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import t, { type Test } from 'tap';
import type { Role } from '../../src/domain/types.js';
import { build, createClaim, sql, type TestContext } from '../helper.js';
import { createTestDatabase, serverEnvFor, TEST_BACKEND } from '../pg.js';
import { startServerProcess } from '../server-process.js';
import { waitFor } from '../webhooks/receiver.js';

interface Frame {
  id: number;
  data: any;
}

/** Opens the stream on 127.0.0.1 and collects its frames until closed. */
function open(port: number, headers: Record<string, string>, query = '') {
  const frames: Frame[] = [];
  let buffered = '';
  let status = 0;
  let contentType = '';
  let ended = false;
  const req = http.get({ host: '127.0.0.1', port, path: `/v1/events/stream${query}`, headers }, (res) => {
    status = res.statusCode!;
    contentType = String(res.headers['content-type']);
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffered += chunk;
      let at: number;
      while ((at = buffered.indexOf('\n\n')) >= 0) {
        const block = buffered.slice(0, at);
        buffered = buffered.slice(at + 2);
        const id = /^id: (\d+)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (id && data) frames.push({ id: Number(id), data: JSON.parse(data) });
      }
    });
    res.on('end', () => (ended = true));
    res.on('close', () => (ended = true));
  });
  req.on('error', () => (ended = true));
  return {
    frames,
    get status() { return status; },
    get contentType() { return contentType; },
    get ended() { return ended; },
    close: () => req.destroy(),
  };
}

async function listening(t: Test, ctx: TestContext) {
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  return (ctx.app.server.address() as AddressInfo).port;
}

const auditSeqs = async (ctx: TestContext, after: number) =>
  (await sql<{ seq: number }>(ctx, 'SELECT seq FROM audit_events WHERE seq > ? ORDER BY seq', [after])).map((r) => r.seq);

t.test('live events, then a resume with Last-Event-ID: no gap, no duplicate', async (t) => {
  const ctx = await build(t);
  const port = await listening(t, ctx);
  const first = open(port, ctx.auth('admin'));
  await waitFor(t, 'the stream to open', () => first.status === 200);
  t.match(first.contentType, /^text\/event-stream/);
  const start = (await auditSeqs(ctx, 0)).at(-1) ?? 0;
  for (let i = 0; i < 3; i++) await createClaim(ctx, { text: `Live claim ${i}.` });
  await waitFor(t, '3 live events', () => first.frames.length >= 3);
  t.same(first.frames.map((f) => f.id), await auditSeqs(ctx, start), 'each event, live, with its seq as id');
  t.equal(first.frames[0]!.data.action, 'claim.created');
  t.ok(first.frames[0]!.data.actor?.name, 'an admin sees who made the change');
  first.close();

  // Changes made while the client is away are all sent on its return, after the last id it saw.
  const lastSeen = first.frames.at(-1)!.id;
  for (let i = 0; i < 4; i++) await createClaim(ctx, { text: `Made while disconnected ${i}.` });
  const resumed = open(port, ctx.auth('admin', { 'last-event-id': String(lastSeen) }));
  await waitFor(t, 'the missed events', () => resumed.frames.length >= 4);
  await createClaim(ctx, { text: 'Made after the return.' });
  await waitFor(t, 'the next live event', () => resumed.frames.length >= 5);
  t.same(resumed.frames.map((f) => f.id), await auditSeqs(ctx, lastSeen), 'exactly the events after Last-Event-ID: no gap, no duplicate');
  resumed.close();

  const backlog = await ctx.app.inject({ url: `/v1/events/stream?follow=false&lastEventId=${start}`, headers: ctx.auth('auditor') });
  t.equal(backlog.statusCode, 200);
  t.equal(backlog.body.match(/^id: /gm)?.length, (await auditSeqs(ctx, start)).length, 'follow=false sends the backlog and ends');
  const bad = await ctx.app.inject({ url: '/v1/events/stream?follow=false', headers: ctx.auth('admin', { 'last-event-id': 'abc' }) });
  t.equal(bad.statusCode, 400);
});

t.test("a reader's stream carries no auditor-only events, and no actor, changes or reason", async (t) => {
  const ctx = await build(t);
  await createClaim(ctx, { text: 'Everyone hears of this claim.' });
  await ctx.app.inject({ method: 'POST', url: '/v1/api-keys', headers: ctx.auth('admin'), payload: { name: 'Secret desk', role: 'reader' } });
  const events = async (role: Role) => {
    const res = await ctx.app.inject({ url: '/v1/events/stream?follow=false&lastEventId=0', headers: ctx.auth(role) });
    t.equal(res.statusCode, 200, `${role}: 200`);
    return [...res.body.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1]!));
  };
  const all = (await auditSeqs(ctx, 0)).length;
  for (const role of ['auditor', 'admin'] as const) {
    const seen = await events(role);
    t.equal(seen.length, all, `${role} sees all ${all} events`);
    t.ok(seen.some((e) => e.action === 'api_key.created' && e.changes), `${role} sees key events in full`);
  }
  for (const role of ['reader', 'checker', 'reviewer'] as const) {
    const seen = await events(role);
    t.ok(seen.length > 0, `${role} sees claim events`);
    t.same(seen.filter((e) => !['claim', 'evidence', 'source', 'request'].includes(e.entity.type)), [], `${role} sees no key, webhook or other auditor-only event`);
    t.ok(seen.every((e) => Object.keys(e).sort().join() === 'action,at,claimId,entity,seq'), `${role} gets notices: no actor, changes or reason`);
  }
});

t.test('an open stream does not hold up a graceful shutdown', async (t) => {
  // On PostgreSQL the open stream also holds the instance's LISTEN connection, which the shutdown must end too.
  const pg = TEST_BACKEND === 'pg' ? await createTestDatabase() : undefined;
  if (pg) t.teardown(() => pg.drop());
  const database = pg
    ? serverEnvFor(pg)
    : { DB_PATH: path.join(t.testdir(), 'sse.db') };
  const server = await startServerProcess({ ...database, SHUTDOWN_TIMEOUT_MS: '20000', MAX_EVENT_LOOP_DELAY_MS: '0' });
  t.teardown(() => server.child.kill('SIGKILL'));
  const stream = open(server.port, { authorization: `Bearer ${server.adminKey}` });
  await waitFor(t, 'the stream to open', () => stream.status === 200);
  server.child.kill('SIGTERM');
  const { code } = await server.exited;
  t.equal(code, 0, 'exit 0');
  t.ok(stream.ended, 'the stream was ended by the server');
  t.notOk(server.log.some((l) => /cutting connections still open/.test(l)), 'the stream was closed in the drain, not cut at its deadline');
});
