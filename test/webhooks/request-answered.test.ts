// The newsroom loop end to end: a request arrives from a tipline, a checker links it, a verdict lands, and
// the subscription of the request's channel receives request.answered — verified with the Standard
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
    const res = await ctx.app.inject({ method: 'POST', url: '/v1/webhooks', headers: ctx.auth('admin'), payload: { url, eventTypes: ['request.answered'], filter: { channels } } });
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

  await waitFor(t, 'request.answered delivered', () => tipline.received.length >= 1);
  const [hit] = tipline.received;
  t.equal(hit!.validFor.length, 1, 'the signature verifies with the reference library');
  t.equal(hit!.json.type, 'request.answered');
  t.match(hit!.json.data, {
    action: 'request.answered',
    entity: { type: 'request', id: requestId },
    claimId,
    changes: { status: { to: 'answered' }, channel: { to: 'whatsapp-tipline' }, answer: { to: { claimId, status: 'verified', url: `http://127.0.0.1:3000/v1/claims/${claimId}` } } },
    claim: { id: claimId, status: 'verified' },
  });
  t.notMatch(hit!.body, /u-42/, 'the requester reference never leaves the service');
  // Give the worker a moment: the other channel's subscription gets nothing.
  await new Promise((resolve) => setTimeout(resolve, 300));
  t.equal(cms.received.length, 0, 'only the subscription of the request\'s channel is told');
  t.equal(tipline.received.length, 1, 'answered once');
});
