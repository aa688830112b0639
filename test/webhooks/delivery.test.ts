// Webhooks end to end: a real receiver on 127.0.0.1 verifies every request with the Standard Webhooks
// reference library; ordering, retries after 500s and timeouts, no event for a rolled-back change,
// redelivery, secret rotation with both secrets valid during the overlap, and disabling after failures.
import t from 'tap';
import { testConfig, type Config } from '../../src/config.js';
import { appendAuditEvent } from '../../src/services/audit-log.js';
import { SYSTEM_ACTOR_ID } from '../../src/services/api-keys.js';
import { build, changeStatus, claimWithSource, createClaim, sql, type TestContext } from '../helper.js';
import { startReceiver, waitFor } from './receiver.js';

/** Fast retries so the tests run in milliseconds; loopback allowed for the receiver. */
function fast(overrides: Partial<Config['webhooks']> = {}): Partial<Config> {
  return { webhooks: { ...testConfig().webhooks, allowedAddresses: ['127.0.0.1'], retryBaseMs: 20, retryMaxDelayMs: 80, retryForMs: 60_000, timeoutMs: 2_000, ...overrides } };
}

async function subscribe(ctx: TestContext, url: string, body: Record<string, unknown> = {}) {
  const res = await ctx.app.inject({ method: 'POST', url: '/v1/webhooks', headers: ctx.auth('admin'), payload: { url, eventTypes: ['claim.created', 'claim.status_changed', 'evidence.added', 'evidence.retracted'], ...body } });
  if (res.statusCode !== 201) throw new Error(`subscribe: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; secret: string };
}

async function deliveries(ctx: TestContext, id: string) {
  return (await ctx.app.inject({ url: `/v1/webhooks/${id}/deliveries?limit=100`, headers: ctx.auth('admin') })).json().data as Array<any>;
}

t.test('events arrive signed per Standard Webhooks, in order, with the secret shown once', async (t) => {
  const ctx = await build(t, fast());
  const receiver = await startReceiver(t);
  const hook = await subscribe(ctx, receiver.url);
  t.match(hook.secret, /^whsec_[A-Za-z0-9+/]{43}=$/, 'the secret is in the whsec_ form');
  receiver.trust(hook.secret);
  const [stored] = await sql<{ s: string }>(ctx, 'SELECT secret_encrypted AS s FROM webhooks WHERE id = ?', [hook.id]);
  t.notOk(stored!.s.includes(hook.secret.slice(6)), 'the secret is not stored in plain text');
  const read = await ctx.app.inject({ url: `/v1/webhooks/${hook.id}`, headers: ctx.auth('admin') });
  t.equal(read.json().secret, undefined, 'reading the subscription never shows the secret');

  const ids: string[] = [];
  for (let i = 0; i < 5; i++) ids.push((await createClaim(ctx, { text: `Ordered claim number ${i}.` })).id);
  await waitFor(t, '5 deliveries', () => receiver.received.length >= 5);
  t.same(receiver.received.map((r) => r.json.data.claimId), ids, 'delivered in the order of the changes');
  t.ok(receiver.received.every((r) => r.validFor.length === 1), 'every signature verifies with the reference library');
  t.ok(receiver.received.every((r) => r.json.type === 'claim.created' && /^msg_/.test(r.id)), 'type and webhook-id');
  t.equal(receiver.received[0]!.json.data.claim.text, 'Ordered claim number 0.', 'the payload carries the claim');
  // The receiver sees a request before the worker has read its answer and recorded the attempt.
  await waitFor(t, 'the attempts recorded', async () => (await deliveries(ctx, hook.id)).every((d) => d.state === 'delivered'));
  const log = await deliveries(ctx, hook.id);
  t.equal(log.length, 5);
  t.ok(log.every((d) => d.state === 'delivered' && d.log.at(-1).statusCode === 204 && d.log.at(-1).latencyMs >= 0), 'the delivery log shows each attempt', { log });
});

t.test('retries after 500s and timeouts, keeping the order and the webhook-id', async (t) => {
  const ctx = await build(t, fast({ timeoutMs: 1_000 }));
  const receiver = await startReceiver(t, ({ n }) => (n === 0 ? 500 : n === 1 ? 'hang' : 200));
  const hook = await subscribe(ctx, receiver.url);
  receiver.trust(hook.secret);
  const a = await createClaim(ctx, { text: 'First, retried.' });
  const b = await createClaim(ctx, { text: 'Second, waits for the first.' });
  await waitFor(t, 'both delivered', () => receiver.received.filter((r) => r.status === 200).length >= 2);
  const seen = receiver.received.map((r) => [r.json.data.claimId, r.status]);
  t.same(seen, [[a.id, 500], [a.id, 0], [a.id, 200], [b.id, 200]], 'the first is retried (500, timeout) before the second goes');
  t.equal(new Set(receiver.received.slice(0, 3).map((r) => r.id)).size, 1, 'retries carry the same webhook-id');
  await waitFor(t, 'the attempts recorded', async () => (await deliveries(ctx, hook.id)).every((d) => d.state === 'delivered'));
  const first = (await deliveries(ctx, hook.id)).find((d) => d.seq === receiver.received[0]!.json.data.seq);
  t.same(first.log.map((l: any) => l.statusCode), [500, null, 200], JSON.stringify(first.log));
  t.match(first.log[1].error, /timed out/);
});

t.test('no event for a change that rolled back', async (t) => {
  const ctx = await build(t, fast());
  const receiver = await startReceiver(t);
  const hook = await subscribe(ctx, receiver.url);
  await t.rejects(ctx.app.storage.withTransaction(async (r) => {
    await appendAuditEvent(r.audit, { actorId: SYSTEM_ACTOR_ID, action: 'claim.created', at: new Date().toISOString(), entity: { type: 'claim', id: 'clm_rolledback' }, claimId: null, changes: {} });
    throw new Error('the change fails after its audit event');
  }));
  // A nested unit that rolls back alone takes its event back out; the outer one commits.
  await ctx.app.storage.withTransaction(async () => {
    await ctx.app.storage.withTransaction(async (r) => {
      await appendAuditEvent(r.audit, { actorId: SYSTEM_ACTOR_ID, action: 'claim.created', at: new Date().toISOString(), entity: { type: 'claim', id: 'clm_nested' }, claimId: null, changes: {} });
      throw new Error('nested failure');
    }).catch(() => undefined);
  });
  const refused = await createClaim(ctx, { text: 'Refused later.' });
  t.equal((await changeStatus(ctx, refused.id, 'verified', 'No evidence.')).statusCode, 409, 'a refused change');
  const claim = await createClaim(ctx, { text: 'The one change that committed.' });
  await waitFor(t, 'the committed changes', () => receiver.received.length >= 2);
  await new Promise((resolve) => setTimeout(resolve, 100));
  t.same(receiver.received.map((r) => r.json.data.claimId), [refused.id, claim.id], 'only the committed changes were sent');
  const [rows] = await sql<{ n: number | string }>(ctx, 'SELECT count(*) AS n FROM webhook_messages WHERE webhook_id = ?', [hook.id]);
  t.equal(Number(rows!.n), 2, 'the outbox holds nothing for the rolled-back changes');
});

t.test('redelivery sends the same message again with the same webhook-id', async (t) => {
  const ctx = await build(t, fast());
  const receiver = await startReceiver(t);
  const hook = await subscribe(ctx, receiver.url);
  receiver.trust(hook.secret);
  await createClaim(ctx, { text: 'Delivered, then asked for again.' });
  await waitFor(t, 'the first delivery', () => receiver.received.length >= 1);
  const [message] = await deliveries(ctx, hook.id);
  const res = await ctx.app.inject({ method: 'POST', url: `/v1/webhooks/${hook.id}/deliveries/${message.id}/redeliver`, headers: ctx.auth('admin') });
  t.equal(res.statusCode, 202);
  t.equal(res.json().state, 'pending');
  await waitFor(t, 'the redelivery', () => receiver.received.length >= 2);
  t.equal(receiver.received[1]!.id, receiver.received[0]!.id, 'same webhook-id');
  t.equal(receiver.received[1]!.body, receiver.received[0]!.body, 'same body');
  t.same(receiver.received[1]!.validFor, [hook.secret]);
  const missing = await ctx.app.inject({ method: 'POST', url: `/v1/webhooks/${hook.id}/deliveries/msg_00000000000000000000000000/redeliver`, headers: ctx.auth('admin') });
  t.equal(missing.statusCode, 404);
  t.equal(missing.json().code, 'WEBHOOK_DELIVERY_NOT_FOUND');
});

t.test('secret rotation: both secrets verify during the overlap, only the new one after it', async (t) => {
  const ctx = await build(t, fast());
  const receiver = await startReceiver(t);
  const hook = await subscribe(ctx, receiver.url);
  receiver.trust(hook.secret);
  const rotated = await ctx.app.inject({ method: 'POST', url: `/v1/webhooks/${hook.id}/rotate-secret`, headers: ctx.auth('admin'), payload: { overlapSeconds: 3600 } });
  t.equal(rotated.statusCode, 200);
  const secret2 = rotated.json().secret as string;
  t.not(secret2, hook.secret);
  t.ok(rotated.json().previousSecretExpiresAt, 'the overlap ends at a stated time');
  receiver.trust(secret2);
  await createClaim(ctx, { text: 'Sent during the overlap.' });
  await waitFor(t, 'the overlap delivery', () => receiver.received.length >= 1);
  t.same(receiver.received[0]!.validFor, [hook.secret, secret2], 'old and new secret both verify');
  t.equal(receiver.received[0]!.signature.split(' ').length, 2, 'two v1 signatures, space-separated');

  const dropped = await ctx.app.inject({ method: 'POST', url: `/v1/webhooks/${hook.id}/rotate-secret`, headers: ctx.auth('admin'), payload: { overlapSeconds: 0 } });
  const secret3 = dropped.json().secret as string;
  receiver.trust(secret3);
  await createClaim(ctx, { text: 'Sent after a rotation without overlap.' });
  await waitFor(t, 'the delivery after rotation', () => receiver.received.length >= 2);
  t.same(receiver.received[1]!.validFor, [secret3], 'only the newest secret verifies');
});

t.test('a subscription that keeps failing is disabled with the reason shown; enabling resumes it', async (t) => {
  const ctx = await build(t, fast({ retryBaseMs: 10, retryMaxDelayMs: 40, retryForMs: 1_500 }));
  const receiver = await startReceiver(t, () => 503);
  const hook = await subscribe(ctx, receiver.url);
  await createClaim(ctx, { text: 'Never accepted.' });
  await waitFor(t, 'the subscription to be disabled', async () => (await ctx.app.inject({ url: `/v1/webhooks/${hook.id}`, headers: ctx.auth('admin') })).json().enabled === false);
  const read = (await ctx.app.inject({ url: `/v1/webhooks/${hook.id}`, headers: ctx.auth('admin') })).json();
  t.match(read.disabledReason, /failed \d+ times .*HTTP 503/, 'the reason names the failures');
  t.same(read.deliveries, { pending: 0, delivered: 0, failed: 1 });
  const tries = receiver.received.length;
  t.ok(tries >= 2, `retried (${tries} attempts) before giving up`);
  await createClaim(ctx, { text: 'Made while disabled: not queued.' });
  await new Promise((resolve) => setTimeout(resolve, 100));
  t.equal(receiver.received.length, tries, 'a disabled subscription gets nothing');
  const audit = await sql<{ actor: string }>(ctx, "SELECT actor_id AS actor FROM audit_events WHERE action = 'webhook.disabled'");
  t.same(audit, [{ actor: SYSTEM_ACTOR_ID }], 'the disabling is in the audit log');

  receiver.respondWith(() => 200);
  const enabled = await ctx.app.inject({ method: 'PATCH', url: `/v1/webhooks/${hook.id}`, headers: ctx.auth('admin'), payload: { enabled: true } });
  t.equal(enabled.json().disabledReason, null);
  const [failed] = (await deliveries(ctx, hook.id)).filter((d) => d.state === 'failed');
  await ctx.app.inject({ method: 'POST', url: `/v1/webhooks/${hook.id}/deliveries/${failed.id}/redeliver`, headers: ctx.auth('admin') });
  await waitFor(t, 'the failed message, redelivered', () => receiver.received.some((r) => r.status === 200));
});

t.test('filters: tags and statuses', async (t) => {
  const ctx = await build(t, fast());
  const receiver = await startReceiver(t);
  await subscribe(ctx, receiver.url, { eventTypes: ['claim.status_changed'], filter: { tags: ['north-korea'], statuses: ['in_review'] } });
  const { claimId } = await claimWithSource(ctx);
  const other = await createClaim(ctx, { text: 'Untagged claim.' });
  t.equal((await changeStatus(ctx, other.id, 'in_review', null, 'checker')).statusCode, 200);
  t.equal((await changeStatus(ctx, claimId, 'in_review', null, 'checker')).statusCode, 200);
  await waitFor(t, 'the matching event', () => receiver.received.length >= 1);
  await new Promise((resolve) => setTimeout(resolve, 100));
  t.same(receiver.received.map((r) => [r.json.type, r.json.data.claimId, r.json.data.changes.status.to]), [['claim.status_changed', claimId, 'in_review']]);
});
