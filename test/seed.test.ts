// The seed data: loaded through the services, idempotent, and spread across the workflow.
import t from 'tap';
import { isEmpty, loadSeed } from '../src/services/seed.js';
import { build, counts } from './helper.js';

t.test('loadSeed', async (t) => {
  const ctx = await build(t);
  t.ok(await isEmpty(ctx.app.services), 'a fresh database is empty');
  const first = await loadSeed(ctx.app.services);
  t.ok(first.sourcesCreated >= 2 && first.claimsCreated >= 6 && first.evidenceCreated > 0, `created ${JSON.stringify(first)}`);
  t.notOk(await isEmpty(ctx.app.services));
  const after = await counts(ctx);
  t.same(await loadSeed(ctx.app.services), { sourcesCreated: 0, claimsCreated: 0, evidenceCreated: 0 }, 'the second load creates nothing');
  t.same(await counts(ctx), after, 'no duplicates and no new history');

  const list = await ctx.app.inject({ method: 'GET', url: '/v1/claims?limit=100', headers: ctx.auth('reader') });
  const claims = list.json().data as Array<{ id: string; text: string; status: string; statusRationale: string | null; quantities: unknown[] }>;
  t.equal(claims.length, after.claims);
  t.equal(new Set(claims.map((c) => c.text)).size, claims.length, 'every claim text once');

  t.test('the 11,000 BTC claim, with its quantities', async (t) => {
    const btc = claims.find((c) => /11,000 bitcoins/.test(c.text) && /2017/.test(c.text));
    t.ok(btc, 'exists');
    t.match(btc!.quantities, [{ value: 11000, unit: 'BTC', qualifier: 'more_than' }, { value: 2017, unit: 'year' }]);
    const read = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${btc!.id}`, headers: ctx.auth('reader') })).json();
    const stances = read.evidence.map((e: { stance: string }) => e.stance);
    t.ok(stances.includes('supports') && stances.includes('contradicts'), 'the NSA figure supports it, the KDB report contradicts the mining part');
  });

  t.test('statuses are spread across the workflow, every verdict with a rationale', async (t) => {
    const statuses = new Set(claims.map((c) => c.status));
    t.ok(statuses.has('unverified'), 'some unverified');
    t.ok(statuses.has('in_review'), 'some in review');
    t.ok(['verified', 'misleading', 'false', 'unverifiable'].some((s) => statuses.has(s)), 'some verdicts');
    for (const c of claims.filter((c) => !['unverified', 'in_review'].includes(c.status))) t.ok(c.statusRationale && c.statusRationale.length > 20, `${c.status}: ${c.text.slice(0, 40)}… has a rationale`);
  });

  t.test('every seeded quote was found in its snapshot', async (t) => {
    let quoted = 0;
    for (const c of claims) {
      const evidence = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${c.id}/evidence?includeRetracted=true`, headers: ctx.auth('reader') })).json().data;
      for (const e of evidence) {
        if (!e.quote) continue;
        quoted++;
        t.ok(e.quoteSelector, `${e.id} has a selector`);
        t.ok(e.quoteSelector && e.quoteSelector.end > e.quoteSelector.start, 'a non-empty range');
      }
    }
    t.ok(quoted > 0, `${quoted} quoted evidence checked`);
  });

  t.test('seeded sources carry their snapshots', async (t) => {
    const sources = (await ctx.app.inject({ method: 'GET', url: '/v1/sources?limit=100', headers: ctx.auth('reader') })).json().data;
    t.equal(sources.length, after.sources);
    const withContent = sources.filter((s: { contentSha256: string | null }) => s.contentSha256);
    t.ok(withContent.length >= 2, 'both articles are stored as snapshots');
    const one = (await ctx.app.inject({ method: 'GET', url: `/v1/sources/${withContent[0].id}`, headers: ctx.auth('reader') })).json();
    t.ok(one.content.length > 1000, 'the full article text');
    t.ok(one.claims.length > 0, 'and it is evidence for seeded claims');
  });
});
