// Crash safety of the outbox: a real server is killed with SIGKILL while webhook messages are still queued
// or in flight. After each restart every event is delivered, none is lost, and an event sent twice (the
// receiver answered, the server died before recording it) carries the same webhook-id both times.
// On PostgreSQL (TEST_BACKEND=pg) the message in flight at a kill is leased: the next server sends it once
// the lease (short here) has run out.
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import t from 'tap';
import { createTestDatabase, serverEnvFor, TEST_BACKEND } from '../pg.js';
import { request, startServerProcess, type ServerProcess } from '../server-process.js';
import { startReceiver, waitFor } from './receiver.js';

const ROUNDS = 3;
const WRITES_PER_ROUND = 15;

t.test(`${ROUNDS} SIGKILLs with webhook messages in the outbox lose none`, async (t) => {
  const pgDb = TEST_BACKEND === 'pg' ? await createTestDatabase() : undefined;
  // Not t.testdir() on PostgreSQL: the SQLite pass runs this file at the same time, in that directory.
  const dbPath = pgDb ? '' : path.join(t.testdir(), 'crash.db');
  if (pgDb) t.teardown(() => pgDb.drop());
  const database = pgDb
    ? { ...serverEnvFor(pgDb), WEBHOOK_TIMEOUT_MS: '1000', WEBHOOK_LEASE_MS: '1500' }
    : { DB_PATH: dbPath };
  const pendingMessages = async (): Promise<number> => {
    const query = "SELECT count(*)::int AS n FROM webhook_messages WHERE state = 'pending'";
    if (pgDb) {
      const client = new pg.Client({ connectionString: pgDb.url });
      await client.connect();
      try {
        return (await client.query<{ n: number }>(query)).rows[0]!.n;
      } finally {
        await client.end();
      }
    }
    const db = new Database(dbPath, { readonly: true });
    try {
      return (db.prepare(query.replace('::int', '')).get() as { n: number }).n;
    } finally {
      db.close();
    }
  };
  // The overload guard is off: on a loaded CI machine a freshly started server would otherwise answer 503.
  const env = { ...database, WEBHOOK_ALLOWED_ADDRESSES: '127.0.0.1', WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_RETRY_MAX_DELAY_MS: '200', MAX_EVENT_LOOP_DELAY_MS: '0' };
  // While a round writes, the receiver takes requests and never answers: messages pile up in the outbox and
  // one per round is in flight (received, not recorded) when the server dies.
  let waitMs = 150;
  const receiver = await startReceiver(t);
  let server: ServerProcess = await startServerProcess(env);
  t.teardown(() => server.child.kill('SIGKILL'));
  const admin = { authorization: `Bearer ${server.adminKey}` };
  const created = await request(server.port, 'POST', '/v1/webhooks', { headers: admin, body: { url: receiver.url, eventTypes: ['claim.created'] } });
  t.equal(created.status, 201, 'subscribed', { body: created.body.slice(0, 200) });
  const { secret } = JSON.parse(created.body) as { secret: string };
  receiver.trust(secret);

  const acknowledged: string[] = [];
  let pendingAtKill = 0;
  for (let round = 0; round < ROUNDS; round++) {
    receiver.respondWith(() => 'hang');
    receiver.releaseHanging();
    for (let i = 0; i < WRITES_PER_ROUND; i++) {
      const res = await request(server.port, 'POST', '/v1/claims', { headers: admin, body: { text: `Crash round ${round}, claim ${i}.` } });
      if (res.status !== 201) t.fail(`write answered ${res.status}`, { body: res.body.slice(0, 200) });
      acknowledged.push(JSON.parse(res.body).id);
    }
    // Let a request or two reach the receiver (which never answers them), then kill.
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    server.child.kill('SIGKILL');
    await server.exited;
    const pending = await pendingMessages();
    pendingAtKill += pending;
    t.ok(pending > 0, `round ${round}: ${pending} messages still in the outbox at the kill`);
    receiver.respondWith(() => 200);
    receiver.releaseHanging();
    server = await startServerProcess(env);
    waitMs += 100;
  }

  const receivedClaims = () => new Set(receiver.received.filter((r) => r.status === 200).map((r) => r.json.data.claimId as string));
  await waitFor(t, 'every acknowledged event, delivered', () => acknowledged.every((id) => receivedClaims().has(id)), 60_000);
  const missing = acknowledged.filter((id) => !receivedClaims().has(id));
  t.same(missing, [], `all ${acknowledged.length} events delivered after ${ROUNDS} kills (${pendingAtKill} were queued at the kills)`);

  const idsByClaim = new Map<string, Set<string>>();
  for (const r of receiver.received) {
    const ids = idsByClaim.get(r.json.data.claimId) ?? new Set();
    ids.add(r.id);
    idsByClaim.set(r.json.data.claimId, ids);
  }
  const duplicates = [...idsByClaim.keys()].filter((c) => receiver.received.filter((r) => r.json.data.claimId === c).length > 1);
  t.ok([...idsByClaim.values()].every((ids) => ids.size === 1), `an event sent more than once (${duplicates.length} were) always carries the same webhook-id`);
  t.ok(receiver.received.every((r) => r.validFor.length === 1), 'every request verifies with the reference library');
  const firstSeen = [...new Map(receiver.received.map((r) => [r.json.data.seq as number, true])).keys()];
  t.same(firstSeen, [...firstSeen].sort((a, b) => a - b), 'events were first sent in the order of the changes');

  server.child.kill('SIGTERM');
  t.equal((await server.exited).code, 0, 'the last server stops cleanly');
});
