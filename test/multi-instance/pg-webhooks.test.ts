// Webhook delivery with several real `claimledger serve` processes on ONE PostgreSQL database (the
// PostgreSQL pass only). Every instance runs its delivery worker on the shared queue:
//   - a message leased by an instance that is then killed mid-delivery is sent again by another instance,
//     once the lease (WEBHOOK_LEASE_MS) has run out and not before;
//   - events written through three instances at once reach a receiver that answers 2xx exactly once each.
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { createTestDatabase, TEST_BACKEND } from '../pg.js';
import { request, startServerProcess, type ServerProcess } from '../server-process.js';
import { startReceiver, waitFor } from '../webhooks/receiver.js';

const LEASE_MS = 3_000;
const EVENTS = 45;

if (TEST_BACKEND !== 'pg') {
  t.plan(0, 'PostgreSQL only: this file runs in the PostgreSQL pass of npm test (TEST_BACKEND=pg)');
} else {
  t.test('webhook delivery with several instances on one PostgreSQL database', async (t) => {
    const db = await createTestDatabase();
    t.teardown(() => db.drop());
    const keyFile = path.join(t.testdir(), 'audit-signing-key.pem');
    fs.writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const env = {
      DATABASE_URL: db.url,
      DATABASE_POOL_SIZE: '4',
      AUDIT_SIGNING_KEY: keyFile,
      RATE_LIMIT_MAX: '0',
      RATE_LIMIT_ANONYMOUS_MAX: '0',
      MAX_EVENT_LOOP_DELAY_MS: '0',
      WEBHOOK_ALLOWED_ADDRESSES: '127.0.0.1',
      WEBHOOK_TIMEOUT_MS: '2000',
      WEBHOOK_LEASE_MS: String(LEASE_MS),
      WEBHOOK_RETRY_BASE_MS: '50',
      WEBHOOK_RETRY_MAX_DELAY_MS: '200',
    };
    const servers: ServerProcess[] = [];
    t.teardown(() => { for (const s of servers) s.child.kill('SIGKILL'); });
    const start = async (extra: Record<string, string> = {}) => {
      const s = await startServerProcess({ ...env, ...extra }, 60_000);
      servers.push(s);
      return s;
    };
    const receiver = await startReceiver(t);
    // The first instance holds its message longer than the second takes to start (its own deadline and lease,
    // as an instance on its own settings may): the message must still be in flight when it is killed.
    const FIRST_LEASE_MS = 12_000;
    const first = await start({ WEBHOOK_TIMEOUT_MS: '10000', WEBHOOK_LEASE_MS: String(FIRST_LEASE_MS) });
    const auth = { authorization: `Bearer ${first.adminKey}` };
    const created = await request(first.port, 'POST', '/v1/webhooks', { headers: auth, body: { url: receiver.url, eventTypes: ['claim.created'] } });
    t.equal(created.status, 201, 'subscribed', { body: created.body.slice(0, 300) });
    const webhookId = JSON.parse(created.body).id as string;
    const createClaim = (port: number, text: string) => request(port, 'POST', '/v1/claims', { headers: auth, body: { text } });
    const deliveries = async (port: number) => JSON.parse((await request(port, 'GET', `/v1/webhooks/${webhookId}/deliveries`, { headers: auth })).body).data;

    await t.test('a lease left by a killed instance is taken by another once it runs out', async (t) => {
      // Only the first instance runs yet, so it is the one that takes the message; the receiver holds it.
      receiver.respondWith(() => 'hang');
      t.equal((await createClaim(first.port, 'A claim whose webhook is in flight when its instance dies.')).status, 201);
      await waitFor(t, 'the first instance to send the message', () => receiver.received.length === 1);
      const leasedAt = Date.now();
      const messageId = receiver.received[0]!.id;
      // A second instance is running before the first dies: it sees the message leased and leaves it alone.
      const second = await start();
      t.match(await deliveries(second.port), [{ id: messageId, state: 'pending', attempts: 0 }], 'still in flight on the first instance');
      first.child.kill('SIGKILL');
      await first.exited;
      t.equal(receiver.received.length, 1, 'sent once before the kill');
      receiver.releaseHanging();
      receiver.respondWith(() => 204);
      await waitFor(t, 'the second instance to send the message again', () => receiver.received.length === 2, FIRST_LEASE_MS + 15_000);
      const elapsed = Date.now() - leasedAt;
      t.equal(receiver.received[1]!.id, messageId, 'the same webhook-id (receivers dedupe on it)');
      // The lease began when the first instance took the message, a moment before the receiver saw it.
      t.ok(elapsed >= FIRST_LEASE_MS - 500, `not sent again before the lease ran out (${elapsed} ms after the first send)`);
      await waitFor(t, 'the delivery to be recorded', async () => (await deliveries(second.port))[0]?.state === 'delivered');
      t.match(await deliveries(second.port), [{ id: messageId, state: 'delivered', attempts: 1 }], 'recorded once, by the second instance');
    });

    await t.test(`${EVENTS} events written through 3 instances: each delivered exactly once`, async (t) => {
      const before = receiver.received.length;
      servers.push(await start());
      servers.push(await start());
      const alive = servers.slice(-3);
      t.equal(alive.length, 3);
      const results = await Promise.all(Array.from({ length: EVENTS }, (_, i) => createClaim(alive[i % 3]!.port, `Multi-instance webhook claim ${i}.`)));
      t.ok(results.every((r) => r.status === 201), `${EVENTS} claims created`);
      await waitFor(t, `${EVENTS} deliveries`, () => receiver.received.length - before >= EVENTS, 30_000);
      // Long enough for a second send of any message to show: a lease run out, with every worker polling.
      await new Promise((resolve) => setTimeout(resolve, LEASE_MS + 1_000));
      const ids = receiver.received.slice(before).filter((r) => String(r.json.data.claim?.text).startsWith('Multi-instance')).map((r) => r.id);
      t.equal(receiver.received.length - before, EVENTS, 'no other request');
      t.equal(ids.length, EVENTS, 'as many requests as events');
      t.equal(new Set(ids).size, EVENTS, 'each webhook-id once');
      const texts = new Set(receiver.received.slice(before).map((r) => r.json.data.claim.text as string));
      t.equal(texts.size, EVENTS, 'one request per event');
      const webhook = JSON.parse((await request(alive[2]!.port, 'GET', `/v1/webhooks/${webhookId}`, { headers: auth })).body);
      t.match(webhook.deliveries, { pending: 0, failed: 0, delivered: EVENTS + 1 }, 'every message recorded as delivered');
    });
  });
}
