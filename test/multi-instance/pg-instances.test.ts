// Several real `claimledger serve` processes on ONE PostgreSQL database (the PostgreSQL pass only):
//   - 50 racing status changes with the same If-Match, spread over the instances: exactly one wins, 412 for the rest;
//   - a burst of concurrent writes on every instance leaves one valid chain with no gap in seq;
//   - an idempotent retry sent to another instance replays the first response;
//   - a live event stream on one instance sees, within moments, events committed through another (also
//     after its LISTEN connection was cut);
//   - SIGKILL of one instance mid-burst loses no acknowledged write.
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import t from 'tap';
import { createTestDatabase, TEST_BACKEND } from '../pg.js';
import { request, startServerProcess, type ServerProcess } from '../server-process.js';

const INSTANCES = 3;

if (TEST_BACKEND !== 'pg') {
  t.plan(0, 'PostgreSQL only: this file runs in the PostgreSQL pass of npm test (TEST_BACKEND=pg)');
} else {
  t.test(`${INSTANCES} instances on one PostgreSQL database`, async (t) => {
    const db = await createTestDatabase();
    t.teardown(() => db.drop());
    const keyFile = path.join(t.testdir(), 'audit-signing-key.pem');
    fs.writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const env = {
      DATABASE_URL: db.url,
      DATABASE_POOL_SIZE: '4',
      // One signing key for every instance, as the README says to run them.
      AUDIT_SIGNING_KEY: keyFile,
      RATE_LIMIT_MAX: '0',
      RATE_LIMIT_ANONYMOUS_MAX: '0',
      MAX_EVENT_LOOP_DELAY_MS: '0',
      LOG_LEVEL: 'info',
    };
    // The first instance migrates and creates the admin key; the others start on the migrated database.
    const servers: ServerProcess[] = [await startServerProcess(env, 60_000)];
    for (let i = 1; i < INSTANCES; i++) servers.push(await startServerProcess(env, 60_000));
    t.teardown(() => { for (const s of servers) s.child.kill('SIGKILL'); });
    const auth = { authorization: `Bearer ${servers[0]!.adminKey}` };
    t.ok(servers[0]!.adminKey, 'the first instance created the admin key');
    t.notOk(servers.slice(1).some((s) => s.adminKey), 'the others found it');
    const port = (i: number) => servers[i % servers.length]!.port;
    const createClaim = (i: number, text: string, headers: Record<string, string> = {}) =>
      request(port(i), 'POST', '/v1/claims', { headers: { ...auth, ...headers }, body: { text, claimant: 'multi-instance test' } });

    await t.test('50 racing status changes with the same If-Match: one wins, 49 get 412', async (t) => {
      const created = await createClaim(0, 'A claim that fifty reviewers race to take into review.');
      t.equal(created.status, 201);
      const id = JSON.parse(created.body).id as string;
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) =>
        request(port(i), 'POST', `/v1/claims/${id}/status`, { headers: { ...auth, 'if-match': '"1"' }, body: { status: 'in_review' } })));
      const statuses = results.map((r) => r.status);
      t.equal(statuses.filter((s) => s === 200).length, 1, 'exactly one 200');
      t.equal(statuses.filter((s) => s === 412).length, 49, '49 × 412');
      const claim = JSON.parse((await request(port(1), 'GET', `/v1/claims/${id}`, { headers: auth })).body);
      t.match(claim, { status: 'in_review', version: 2 }, 'one change, one version step');
    });

    await t.test('a write burst on every instance leaves one chain without gaps', async (t) => {
      const WRITERS = 6;
      const EACH = 8;
      const burst = await Promise.all(Array.from({ length: WRITERS * INSTANCES }, async (_, w) => {
        const out: number[] = [];
        for (let i = 0; i < EACH; i++) out.push((await createClaim(w, `Burst claim ${w}-${i} on instance ${w % INSTANCES}.`)).status);
        return out;
      }));
      t.ok(burst.flat().every((s) => s === 201), `${WRITERS * INSTANCES * EACH} writes acknowledged`);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const { rows: [stats] } = await client.query<{ n: number; lo: number; hi: number; distinct_prev: number }>(
        'SELECT count(*)::int AS n, min(seq) AS lo, max(seq) AS hi, count(DISTINCT prev_hash)::int AS distinct_prev FROM audit_events');
      await client.end();
      t.equal(stats!.lo, 1, 'seq starts at 1');
      t.equal(stats!.hi, stats!.n, 'no gap in seq');
      t.equal(stats!.distinct_prev, stats!.n, 'no two events share a predecessor: no fork');
      for (let i = 0; i < INSTANCES; i++) {
        const verify = JSON.parse((await request(port(i), 'GET', '/v1/audit/verify', { headers: auth })).body);
        t.match(verify, { ok: true }, `instance ${i} verifies the chain`);
      }
    });

    await t.test('an idempotent retry sent to another instance replays the first answer', async (t) => {
      const key = { 'idempotency-key': 'multi-instance-retry-1' };
      const first = await createClaim(0, 'A claim posted once and retried elsewhere.', key);
      const retry = await createClaim(1, 'A claim posted once and retried elsewhere.', key);
      t.equal(first.status, 201);
      t.equal(retry.status, 201, 'the retry gets the first status');
      t.equal(retry.body, first.body, 'and the same body');
      t.equal(retry.headers.location, first.headers.location, 'and the same Location');
      const list = JSON.parse((await request(port(2), 'GET', '/v1/claims?claimant=multi-instance%20test&limit=100', { headers: auth })).body);
      t.equal(list.data.filter((c: { text: string }) => c.text === 'A claim posted once and retried elsewhere.').length, 1, 'one claim');
    });

    await t.test('a live stream on one instance sees events committed through another', async (t) => {
      // An SSE client on instance 0; the events are written through instance 1, which tells instance 0
      // nothing directly: only PostgreSQL's NOTIFY reaches it.
      const seen: string[] = [];
      let buffered = '';
      const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
        const req = http.get({ host: '127.0.0.1', port: port(0), path: '/v1/events/stream', headers: auth }, resolve);
        req.on('error', reject);
      });
      t.teardown(() => res.destroy());
      t.equal(res.statusCode, 200);
      res.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8');
        const messages = buffered.split('\n\n');
        buffered = messages.pop()!;
        for (const m of messages) {
          const data = /^data: (.*)$/m.exec(m)?.[1];
          if (data) seen.push(JSON.parse(data).entity.id);
        }
      });
      // The stream is open once its first line (retry:) came; give the listener its LISTEN.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const arrives = async (what: string, id: string) => {
        const deadline = Date.now() + 2_000;
        while (Date.now() < deadline && !seen.includes(id)) await new Promise((resolve) => setTimeout(resolve, 20));
        t.ok(seen.includes(id), `${what} arrives on instance 0 within 2 s`);
      };
      const first = await createClaim(1, 'A claim written through instance 1 while instance 0 streams.');
      t.equal(first.status, 201);
      await arrives('an event committed through instance 1', JSON.parse(first.body).id);

      // Cut instance 0's listening connection (as a failover would): it listens again and catches up.
      const admin = new pg.Client({ connectionString: db.url });
      await admin.connect();
      const cut = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'claimledger commit listener' AND pid <> pg_backend_pid()");
      await admin.end();
      t.ok(cut.rowCount! >= 1, 'a listener connection was cut');
      const second = await createClaim(2, 'A claim written through instance 2 just after the cut.');
      t.equal(second.status, 201);
      await arrives('an event committed while the listener was down', JSON.parse(second.body).id);
    });

    await t.test('SIGKILL of one instance mid-burst loses no acknowledged write', async (t) => {
      const acknowledged: string[] = [];
      let stop = false;
      const victim = servers[INSTANCES - 1]!;
      const writers = Array.from({ length: 4 * INSTANCES }, async (_, w) => {
        for (let i = 0; !stop && i < 200; i++) {
          try {
            const res = await createClaim(w, `Kill burst ${w}-${i}.`);
            if (res.status === 201) acknowledged.push(JSON.parse(res.body).id);
          } catch {
            if (w % INSTANCES === INSTANCES - 1) return; // the killed instance's writers stop
          }
        }
      });
      await new Promise((r) => setTimeout(r, 1500));
      victim.child.kill('SIGKILL');
      t.ok(await victim.exited, 'the instance died');
      await new Promise((r) => setTimeout(r, 1000));
      stop = true;
      await Promise.all(writers);
      t.ok(acknowledged.length > 0, `${acknowledged.length} writes acknowledged around the kill`);
      let missing = 0;
      for (const id of acknowledged) if ((await request(port(0), 'GET', `/v1/claims/${id}`, { headers: auth })).status !== 200) missing++;
      t.equal(missing, 0, 'every acknowledged write is there');
      t.match(JSON.parse((await request(port(1), 'GET', '/v1/audit/verify', { headers: auth })).body), { ok: true }, 'the chain verifies');
    });
  });
}
