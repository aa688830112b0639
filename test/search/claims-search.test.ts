// GET /v1/claims?q= : relevance order, match details, relevance cursors, filters and validation.
import t from 'tap';
import { buildWithClaims } from '../search-helper.js';

interface Item { id: string; text: string; language: string; status: string; match?: { score: number; snippet: string; matchedTerms: string[]; matchedQuantities: Array<{ raw: string; unit: string; queryRaw: string }>; corrections: Array<{ from: string; to: string[] }> } }

t.test('GET /v1/claims?q=', async (t) => {
  const ctx = await buildWithClaims(t);
  const get = (query: string, role: 'reader' | 'checker' = 'reader') => ctx.app.inject({ method: 'GET', url: `/v1/claims?${query}`, headers: ctx.auth(role) });
  const btc = ctx.ids.get('nk-11000-btc-2017')!;

  t.test('finds the 11,000 BTC claim from "11k bitcoin 2017", with why', async (t) => {
    const res = await get(`q=${encodeURIComponent('11k bitcoin 2017')}`);
    t.equal(res.statusCode, 200);
    const [first] = res.json().data as Item[];
    t.equal(first!.id, btc);
    t.ok(first!.match!.score > 0, 'positive score');
    t.same(first!.match!.matchedQuantities.map((q) => [q.raw, q.unit, q.queryRaw]), [['more than 11,000 bitcoins', 'BTC', '11k bitcoin'], ['2017', 'year', '2017']]);
    t.match(first!.match!.snippet, /<mark>more than 11,000 bitcoins<\/mark> in <mark>2017<\/mark>/);
  });

  t.test('scores never increase down the list', async (t) => {
    const data = (await get('q=north%20korea%20hackers%20bitcoin&limit=50')).json().data as Item[];
    t.ok(data.length > 5);
    for (let i = 1; i < data.length; i++) t.ok(data[i]!.match!.score <= data[i - 1]!.match!.score, `rank ${i}`);
  });

  t.test('without q: no match field, newest first as before', async (t) => {
    const data = (await get('limit=3')).json().data as Item[];
    t.equal(data.length, 3);
    t.notOk('match' in data[0]!);
  });

  t.test('the relevance cursor walks the whole ranking without repeats', async (t) => {
    const all = (await get('q=korea%20exchange%20hack&limit=100')).json().data as Item[];
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(`q=korea%20exchange%20hack&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      t.equal(res.statusCode, 200);
      const body = res.json() as { data: Item[]; nextCursor: string | null };
      seen.push(...body.data.map((c) => c.id));
      cursor = body.nextCursor;
    } while (cursor);
    t.same(seen, all.map((c) => c.id), 'pages concatenate to the single-page ranking');
    t.equal(new Set(seen).size, seen.length, 'no repeats');
  });

  t.test('a cursor belongs to its query', async (t) => {
    const cursor = (await get('q=korea&limit=1')).json().nextCursor as string;
    t.ok(cursor);
    const other = await get(`q=bitcoin&limit=1&cursor=${cursor}`);
    t.equal(other.statusCode, 400);
    t.equal(other.json().code, 'VALIDATION_FAILED');
    t.equal(other.json().errors[0].path, 'cursor');
    const plain = await get(`limit=1&cursor=${cursor}`);
    t.equal(plain.statusCode, 400, 'a search cursor is not a list cursor');
    const listCursor = (await get('limit=1')).json().nextCursor as string;
    t.equal((await get(`q=korea&cursor=${listCursor}`)).statusCode, 400, 'a list cursor is not a search cursor');
    t.equal((await get('q=korea&cursor=s1.garbage')).statusCode, 400);
  });

  t.test('filters still apply: status, tag, language', async (t) => {
    const verified = (await get('q=north%20korea&status=verified&limit=100')).json().data as Item[];
    t.ok(verified.length > 0);
    t.ok(verified.every((c) => c.status === 'verified'));
    const tagged = (await get('q=north%20korea&tag=lazarus&limit=100')).json().data as Item[];
    t.ok(tagged.length > 0);
    t.ok(tagged.every((c) => ['lazarus-sony-2014', 'lazarus-applejeus-exchange-attack'].some((k) => ctx.ids.get(k) === c.id)));

    const de = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text: 'Nordkorea erbeutete 2017 mehr als 11.000 Bitcoins.', language: 'de-DE' } });
    t.equal(de.statusCode, 201);
    const german = (await get('q=nordkorea%20bitcoins&language=de')).json().data as Item[];
    t.same(german.map((c) => c.id), [de.json().id], '"de" finds "de-DE" and nothing in English');
    const english = (await get('q=nordkorea%20bitcoins&language=en')).json().data as Item[];
    t.notOk(english.some((c) => c.id === de.json().id));
  });

  t.test('typos in rare words are corrected and reported', async (t) => {
    const [first] = (await get('q=Youbti%20April')).json().data as Item[];
    t.equal(first!.id, ctx.ids.get('youbit-hack-april-2017'));
    t.same(first!.match!.corrections, [{ from: 'youbti', to: ['youbit'] }]);
    t.ok(first!.match!.matchedTerms.includes('youbit'));
  });

  t.test('snippets are HTML-escaped around the marks', async (t) => {
    const [first] = (await get('q=interview%20sony')).json().data as Item[];
    t.match(first!.match!.snippet, /&quot;The <mark>Interview<\/mark>&quot;/);
    t.notMatch(first!.match!.snippet, /"The/);
  });

  t.test('query syntax is never interpreted', async (t) => {
    for (const q of ['"unbalanced', 'NEAR(a b)', 'text:youbit', 'a AND OR NOT', '*', '^youbit', "l'exchange"]) {
      t.equal((await get(`q=${encodeURIComponent(q)}`)).statusCode, 200, q);
    }
  });

  t.test('nothing to match: an empty page', async (t) => {
    const res = await get('q=the%20of%20and');
    t.same(res.json(), { data: [], nextCursor: null });
  });

  t.test('validation: q length and blank', async (t) => {
    t.equal((await get(`q=${'x'.repeat(501)}`)).statusCode, 400);
    t.equal((await get('q=%20%20')).statusCode, 400);
    t.equal((await get('q=korea&language=not_a_tag')).statusCode, 400);
  });

  t.test('needs a key', async (t) => {
    t.equal((await ctx.app.inject({ method: 'GET', url: '/v1/claims?q=korea' })).statusCode, 401);
  });
});

t.test('GET /v1/claims?language= also filters without q', async (t) => {
  const ctx = await buildWithClaims(t);
  const de = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text: 'Die Börse verlor 40 Prozent.', language: 'de-AT' } });
  const list = (language: string) => ctx.app.inject({ method: 'GET', url: `/v1/claims?limit=100&language=${language}`, headers: ctx.auth('reader') });
  t.same(((await list('de')).json().data as Item[]).map((c) => c.id), [de.json().id]);
  const en = (await list('EN-us')).json().data as Item[];
  t.ok(en.length >= 30);
  t.ok(en.every((c) => c.language === 'en'));
});
