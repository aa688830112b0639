// Receivers on private, loopback or link-local addresses are refused unless WEBHOOK_ALLOWED_ADDRESSES names
// them: literal addresses and names alike, checked on the resolved address, at creation and at every delivery.
import t from 'tap';
import { testConfig, type Config } from '../../src/config.js';
import { addressGuard } from '../../src/services/webhooks/address-guard.js';
import { build, createClaim, sql } from '../helper.js';
import { startReceiver, waitFor } from './receiver.js';

const withAllowed = (allowedAddresses: string[]): Partial<Config> => ({ webhooks: { ...testConfig().webhooks, allowedAddresses, retryBaseMs: 50 } });

t.test('creation refuses loopback, private and link-local receivers without the allow-list', async (t) => {
  const ctx = await build(t);
  const receiver = await startReceiver(t);
  for (const url of [receiver.url, `http://localhost:${receiver.port}/hook`, 'http://[::1]/hook', 'http://169.254.169.254/latest/meta-data', 'http://10.1.2.3/', 'http://192.168.0.10/', 'http://[::ffff:127.0.0.1]/', 'http://0.0.0.0/']) {
    const res = await ctx.app.inject({ method: 'POST', url: '/v1/webhooks', headers: ctx.auth('admin'), payload: { url, eventTypes: ['claim.created'] } });
    t.equal(res.statusCode, 422, `${url} refused`);
    t.equal(res.json().code, 'WEBHOOK_URL_REFUSED');
  }
  for (const url of ['ftp://example.org/', 'https://user:pw@example.org/']) {
    t.equal((await ctx.app.inject({ method: 'POST', url: '/v1/webhooks', headers: ctx.auth('admin'), payload: { url, eventTypes: ['claim.created'] } })).statusCode, 422, `${url} refused`);
  }
  t.equal(Number((await sql<{ n: number | string }>(ctx, 'SELECT count(*) AS n FROM webhooks'))[0]!.n), 0, 'nothing was created');
});

t.test('the allow-list lets 127.0.0.1 through, and nothing else', async (t) => {
  const ctx = await build(t, withAllowed(['127.0.0.1']));
  const receiver = await startReceiver(t);
  const ok = await ctx.app.inject({ method: 'POST', url: '/v1/webhooks', headers: ctx.auth('admin'), payload: { url: receiver.url, eventTypes: ['claim.created'] } });
  t.equal(ok.statusCode, 201);
  const other = await ctx.app.inject({ method: 'POST', url: '/v1/webhooks', headers: ctx.auth('admin'), payload: { url: 'http://127.0.0.2/', eventTypes: ['claim.created'] } });
  t.equal(other.statusCode, 422, '127.0.0.2 is not on the list');
});

t.test('a name that resolves to loopback at delivery time (DNS rebinding) is refused on the resolved address', async (t) => {
  const ctx = await build(t, withAllowed([]));
  const receiver = await startReceiver(t);
  // Made while the name pointed elsewhere (a public literal here), then the name points at loopback.
  const res = await ctx.app.inject({ method: 'POST', url: '/v1/webhooks', headers: ctx.auth('admin'), payload: { url: 'http://203.0.114.1/hook', eventTypes: ['claim.created'] } });
  t.equal(res.statusCode, 201);
  await sql(ctx, 'UPDATE webhooks SET url = ? WHERE id = ?', [`http://localhost:${receiver.port}/hook`, res.json().id]);
  await createClaim(ctx, { text: 'Must not reach loopback.' });
  let log: any[] = [];
  await waitFor(t, 'the refused attempt', async () => {
    log = (await ctx.app.inject({ url: `/v1/webhooks/${res.json().id}/deliveries`, headers: ctx.auth('admin') })).json().data[0]?.log ?? [];
    return log.length > 0;
  });
  t.match(log[0].error, /localhost resolves to (127\.0\.0\.1|::1)/, 'refused on the resolved address');
  t.equal(log[0].statusCode, null);
  t.equal(receiver.received.length, 0, 'the receiver got nothing');
});

t.test('the guard: ranges, mapped addresses, CIDR allow-lists', async (t) => {
  const guard = addressGuard(['10.5.0.0/16', '::1']);
  for (const a of ['127.0.0.1', '127.9.9.9', '10.0.0.1', '172.16.3.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::']) t.notOk(guard.allows(a), `${a} refused`);
  for (const a of ['10.5.3.4', '::1', '93.184.215.14', '2606:4700::1111']) t.ok(guard.allows(a), `${a} allowed`);
  await t.rejects(addressGuard([]).check('localhost'), /localhost resolves to/, 'a name is judged by what it resolves to');
  await t.resolves(addressGuard(['127.0.0.0/8', '::1']).check('localhost'), 'unless the allow-list names it');
});
