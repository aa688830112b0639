// The bounded ranking for common words (more than CAP documents), and GET /v1/sources?q=.
import t from 'tap';
import { CAP } from '../../src/repositories/sqlite/search-engine.js';
import { loadSeed } from '../../src/services/seed.js';
import { build } from '../helper.js';
import { SYSTEM } from '../search-helper.js';

t.test('common words: bonus groups, and newest-first when every group is common', async (t) => {
  const ctx = await build(t);
  const { services } = ctx.app;
  await loadSeed(services);
  const now = new Date().toISOString();
  // Straight through the repository (no audit events, no duplicate check): only the index matters here.
  await services.storage.withTransaction(async (r) => {
    for (let i = 0; i < CAP + 200; i++) {
      await r.claims.insert({
        id: `clm_${String(i).padStart(26, '0')}`, text: `Zeppelin sighting number ${i} over the airfield`, claimant: null, claimantType: null, claimDate: null, language: 'en',
        tags: [], firstAppearanceSourceId: null, firstAppearanceUrl: null, appearances: [], status: 'unverified', statusRationale: null, verdictLabel: null,
        reviewedBy: null, reviewedAt: null,
        quantities: [], version: 1, createdAt: now, createdBy: SYSTEM.id, updatedAt: now, requestCount: 0, requesterCount: 0,
      });
    }
  });
  const both = await services.claims.create(SYSTEM.id, { text: 'A zeppelin carried Youbit servers' });

  const ranking = await services.search.claimIndex.rank([
    { kind: 'word', label: 'zeppelin', terms: ['zeppelin'] },
    { kind: 'word', label: 'youbit', terms: ['youbit'] },
  ]);
  t.same(ranking.groups.map((g) => [g.label, g.role]), [['zeppelin', 'bonus'], ['youbit', 'selective']]);
  t.equal(ranking.groups[0]!.docs, CAP + 1, 'counts stop at CAP + 1');
  t.equal(ranking.mode, 'relevance');
  t.equal(ranking.candidates.length, 2, 'only the two documents holding the selective group are candidates');

  const hits = (await services.search.claims({ q: 'zeppelin youbit', limit: 5 })).items;
  t.equal(hits[0]!.row.id, both.id, 'holding the common word too ranks first');
  t.ok(hits[0]!.match.matchedTerms.includes('zeppelin'));

  const common = await services.search.claims({ q: 'zeppelin airfield', limit: 7 });
  t.equal(common.mode, 'newest');
  t.same(common.items.map((i) => i.row.text), Array.from({ length: 7 }, (_, k) => `Zeppelin sighting number ${CAP + 199 - k} over the airfield`));
  const next = await services.search.claims({ q: 'zeppelin airfield', limit: 7, cursor: common.nextCursor! });
  t.equal(next.items[0]!.row.text, `Zeppelin sighting number ${CAP + 192} over the airfield`, 'the cursor continues newest-first');
});

t.test('GET /v1/sources?q=', async (t) => {
  const ctx = await build(t);
  await loadSeed(ctx.app.services);
  const get = (query: string) => ctx.app.inject({ method: 'GET', url: `/v1/sources?${query}`, headers: ctx.auth('reader') });

  const res = await get('q=futile%20mining');
  t.equal(res.statusCode, 200);
  const [first] = res.json().data as Array<{ title: string; content?: string; match: { snippet: string; matchedTerms: string[]; score: number } }>;
  t.equal(first!.title, 'North Korea - Cryptocurrencies');
  t.notOk('content' in first!, 'lists leave the snapshot out');
  t.match(first!.match.snippet, /<mark>futile<\/mark>/);
  t.ok(first!.match.matchedTerms.includes('futile'));

  const byPublisher = (await get('q=FX%20Empire')).json().data as Array<{ publisher: string }>;
  t.equal(byPublisher[0]!.publisher, 'FX Empire');
  t.same((await get('q=futile&kind=official')).json().data, [], 'kind still filters');
  t.equal((await get('q=Yuobit')).json().data[0].match.corrections[0].to[0], 'youbit', 'typos corrected');

  const page1 = (await get('q=north%20korea&limit=1')).json() as { data: Array<{ id: string }>; nextCursor: string };
  t.ok(page1.nextCursor);
  const page2 = (await get(`q=north%20korea&limit=1&cursor=${page1.nextCursor}`)).json() as { data: Array<{ id: string }>; nextCursor: string | null };
  t.equal(page2.data.length, 1);
  t.not(page2.data[0]!.id, page1.data[0]!.id);
  t.equal(page2.nextCursor, null);

  t.equal((await get(`q=korea&cursor=${page1.nextCursor}`)).statusCode, 400, 'cursor tied to its query');
  t.equal((await get(`q=${'y'.repeat(501)}`)).statusCode, 400);
  t.equal((await ctx.app.inject({ method: 'GET', url: '/v1/sources?q=korea' })).statusCode, 401);
});
