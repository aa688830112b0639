// The newsroom loop end to end: a request arrives from a tipline, a checker links it, a verdict is set and
// published, and the subscription of the request's channel receives request.answered — verified with the Standard
// Webhooks reference library by a real receiver on 127.0.0.1 — with the URL where the answer is read.
import t from 'tap';
import { testConfig, type Config } from '../../src/config.js';
import { addEvidence, build, changeStatus, claimWithSource } from '../helper.js';
import { startReceiver, waitFor } from './receiver.js';

const fast: Partial<Config> = { webhooks: { ...testConfig().webhooks, allowedAddresses: ['127.0.0.1'], retryBaseMs: 20, retryMaxDelayMs: 80, retryForMs: 60_000, timeoutMs: 2_000 } };

t.test('a request arrives, a verdict is published, and the channel\'s webhook fires with the answer\'s URL', async (t) => {
  const ctx = await build(t, fast);
  const tipline = await startReceiver(t);
  const cms = await startReceiver(t);
  const subscribe = async (url: string, channels: string[]) => {
    const res = await ctx.app.inject({ method: 'POST', url: '/v1/webhooks', headers: ctx.auth('admin'), payload: { url, eventTypes: ['request.answered', 'verdict.published'], filter: { channels } } });
    t.equal(res.statusCode, 201, res.body);
    return res.json() as { id: string; secret: string };
  };
  tipline.trust((await subscribe(tipline.url, ['whatsapp-tipline'])).secret);
  cms.trust((await subscribe(cms.url, ['cms'])).secret);

  const { claimId, sourceId } = await claimWithSource(ctx);
  const asked = await ctx.app.inject({ method: 'POST', url: '/v1/requests', headers: ctx.auth('reader'), payload: { text: 'Is it true North Korea got 11k bitcoin in 2017?', channel: 'whatsapp-tipline', requesterRef: 'u-42' } });
  t.equal(asked.statusCode, 201, asked.body);
  const requestId = asked.json().id as string;
  t.equal((await ctx.app.inject({ method: 'POST', url: `/v1/requests/${requestId}/link`, headers: ctx.auth('checker'), payload: { claimId } })).statusCode, 200);

  t.equal((await addEvidence(ctx, claimId, { sourceId, stance: 'supports', quote: 'harvested more than 11,000 bitcoins in 2017' })).statusCode, 201);
  t.equal((await changeStatus(ctx, claimId, 'in_review', null, 'checker')).statusCode, 200);
  t.equal(tipline.received.length, 0, 'nothing is sent before the verdict');
  t.equal((await changeStatus(ctx, claimId, 'verified', 'The NSA figure is quoted verbatim.')).statusCode, 200);
  await new Promise((resolve) => setTimeout(resolve, 200));
  t.equal(tipline.received.length, 0, 'nothing is sent for a verdict that is not published');
  const published = await ctx.app.inject({ method: 'POST', url: `/v1/claims/${claimId}/publication`, headers: ctx.auth('reviewer'), payload: {} });
  t.equal(published.statusCode, 201, published.body);
  const page = published.json().url as string;

  await waitFor(t, 'request.answered delivered', () => tipline.received.some((r) => r.json.type === 'request.answered'));
  const hit = tipline.received.find((r) => r.json.type === 'request.answered');
  t.equal(hit!.validFor.length, 1, 'the signature verifies with the reference library');
  t.equal(hit!.json.type, 'request.answered');
  t.match(hit!.json.data, {
    action: 'request.answered',
    entity: { type: 'request', id: requestId },
    claimId,
    changes: { status: { to: 'answered' }, channel: { to: 'whatsapp-tipline' }, answer: { to: { claimId, status: 'verified', label: 'True', url: page } } },
    claim: { id: claimId, status: 'verified', factCheckUrl: page },
  });
  t.notMatch(hit!.body, /u-42/, 'the requester reference never leaves the service');
  // Give the worker a moment: the other channel's subscription gets nothing.
  await new Promise((resolve) => setTimeout(resolve, 300));
  t.equal(cms.received.length, 0, 'only the subscription of the request\'s channel is told');
  t.equal(tipline.received.filter((r) => r.json.type === 'request.answered').length, 1, 'answered once');
  // verdict.published is a channel-less event: a channel filter keeps it away (filters narrow, never widen).
  t.equal(tipline.received.filter((r) => r.json.type === 'verdict.published').length, 0);
});

t.test('verdict.published, .updated and .unpublished reach a subscription with the public page\'s URL', async (t) => {
  const ctx = await build(t, fast);
  const desk = await startReceiver(t);
  const res = await ctx.app.inject({ method: 'POST', url: '/v1/webhooks', headers: ctx.auth('admin'), payload: { url: desk.url, eventTypes: ['verdict.published', 'verdict.updated', 'verdict.unpublished'] } });
  t.equal(res.statusCode, 201, res.body);
  desk.trust(res.json().secret);
  const { claimId, sourceId } = await claimWithSource(ctx);
  t.equal((await addEvidence(ctx, claimId, { sourceId, stance: 'supports', quote: 'harvested more than 11,000 bitcoins in 2017' })).statusCode, 201);
  t.equal((await changeStatus(ctx, claimId, 'in_review', null, 'checker')).statusCode, 200);
  t.equal((await changeStatus(ctx, claimId, 'verified', 'The NSA figure is quoted verbatim.')).statusCode, 200);
  const published = await ctx.app.inject({ method: 'POST', url: `/v1/claims/${claimId}/publication`, headers: ctx.auth('reviewer'), payload: {} });
  const page = published.json().url as string;
  t.equal((await changeStatus(ctx, claimId, 'in_review', 'A correction is coming.')).statusCode, 200);
  t.equal((await changeStatus(ctx, claimId, 'misleading', 'Part of the figure was mining, not theft.')).statusCode, 200);
  t.equal((await ctx.app.inject({ method: 'POST', url: `/v1/claims/${claimId}/publication`, headers: ctx.auth('reviewer'), payload: {} })).statusCode, 200);
  t.equal((await ctx.app.inject({ method: 'DELETE', url: `/v1/claims/${claimId}/publication`, headers: ctx.auth('reviewer'), payload: { reason: 'Legal review.' } })).statusCode, 200);

  await waitFor(t, 'three verdict events delivered', () => desk.received.length >= 3);
  t.same(desk.received.map((r) => r.json.type), ['verdict.published', 'verdict.updated', 'verdict.unpublished'], 'in order');
  t.ok(desk.received.every((r) => r.validFor.length === 1), 'each signature verifies');
  t.match(desk.received[0]!.json.data, { claimId, claim: { factCheckUrl: page } });
  t.match(desk.received[1]!.json.data, { changes: { verdict: { from: 'verified', to: 'misleading' } }, claim: { factCheckUrl: page } });
  t.match(desk.received[2]!.json.data, { reason: 'Legal review.', claim: { factCheckUrl: null } });
});
