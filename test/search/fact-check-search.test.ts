// GET /v1/claims:search — Google Fact Check Tools claims:search shape over ClaimLedger's matching.
import t from 'tap';
import { buildWithClaims, claimWithEvidence, SYSTEM } from '../search-helper.js';

interface FcClaim {
  text: string; claimant?: string; claimDate?: string; id: string; status: string;
  claimReview: Array<{ publisher: { name: string; site: string }; url: string; title: string; reviewDate: string; textualRating: string; languageCode: string }>;
  match: { score: number; matchedTerms: string[]; matchedQuantities: Array<{ raw: string }> };
}

t.test('GET /v1/claims:search', async (t) => {
  const ctx = await buildWithClaims(t);
  const search = (query: string, role: 'reader' | 'auditor' = 'reader') => ctx.app.inject({ method: 'GET', url: `/v1/claims:search?${query}`, headers: ctx.auth(role) });

  t.test('Google shape: claims with one claimReview each, verdicts only by default', async (t) => {
    const res = await search('query=sony%20pictures%20interview');
    t.equal(res.statusCode, 200);
    const body = res.json() as { claims: FcClaim[]; nextPageToken?: string };
    t.notOk('nextPageToken' in body, 'no token on the last page');
    const [first] = body.claims;
    t.equal(first!.id, ctx.ids.get('lazarus-sony-2014'));
    t.equal(first!.claimant, 'Swati Goyal, FX Empire');
    t.same(first!.claimReview, [{
      publisher: { name: 'ClaimLedger', site: '127.0.0.1:3000' },
      url: (await ctx.app.services.publications.find(first!.id))!.url,
      title: first!.claimReview[0]!.title,
      reviewDate: first!.claimReview[0]!.reviewDate,
      textualRating: 'True',
      languageCode: 'en',
    }]);
    t.match(first!.claimReview[0]!.title, /^Fact check: North Korea's Lazarus/);
    t.match(first!.claimReview[0]!.url, /^http:\/\/127\.0\.0\.1:3000\/fact-checks\/north-korea/, 'a published verdict links to its public page');
    t.ok(body.claims.every((c) => c.claimReview.length === 1), 'every claim has a review');
    t.ok(first!.match.matchedTerms.includes('sony'));
  });

  t.test('"has this been checked?": the in-review 11,000 BTC claim only with includeUnreviewed', async (t) => {
    const checked = (await search('query=11k%20bitcoin%202017')).json() as { claims: FcClaim[] };
    t.notOk(checked.claims.some((c) => c.id === ctx.ids.get('nk-11000-btc-2017')));
    const all = (await search('query=11k%20bitcoin%202017&includeUnreviewed=true')).json() as { claims: FcClaim[] };
    t.equal(all.claims[0]!.id, ctx.ids.get('nk-11000-btc-2017'));
    t.same(all.claims[0]!.claimReview, []);
    t.equal(all.claims[0]!.status, 'in_review');
    t.equal(all.claims[0]!.claimDate, '2018-03-01T00:00:00Z', 'claimDate as an RFC 3339 instant');
    t.same(all.claims[0]!.match.matchedQuantities.map((q) => q.raw), ['more than 11,000 bitcoins', '2017']);
  });

  t.test('textual ratings for every verdict', async (t) => {
    const { claimId } = await claimWithEvidence(ctx, {
      text: 'Zebrafish mining of Dogecoin in Narnia ended in failure.', content: 'Zebrafish mining of Dogecoin in Narnia was a success.',
      quote: 'Zebrafish mining of Dogecoin in Narnia was a success.', stance: 'contradicts', verdict: 'false',
    });
    const [hit] = ((await search('query=zebrafish%20dogecoin%20narnia')).json() as { claims: FcClaim[] }).claims;
    t.equal(hit!.id, claimId);
    t.equal(hit!.claimReview[0]!.textualRating, 'False');
    t.equal(hit!.claimReview[0]!.url, `http://127.0.0.1:3000/v1/claims/${claimId}/claim-review`, 'not published yet: the API ClaimReview');
    const { view } = await ctx.app.services.publications.publish(SYSTEM.id, claimId, {});
    const published = ((await search('query=zebrafish%20dogecoin%20narnia')).json() as { claims: FcClaim[] }).claims[0]!;
    t.equal(published.claimReview[0]!.url, view.url, 'published: the public page');
    t.match(view.url, /\/fact-checks\/zebrafish-mining-of-dogecoin/);
    await ctx.app.services.publications.unpublish(SYSTEM.id, claimId, 'Published by mistake.');
    t.equal(((await search('query=zebrafish%20dogecoin%20narnia')).json() as { claims: FcClaim[] }).claims[0]!.claimReview[0]!.url, `http://127.0.0.1:3000/v1/claims/${claimId}/claim-review`, 'withdrawn: no page to link to');
    const ratings = async (q: string) => ((await search(`query=${encodeURIComponent(q)}`)).json() as { claims: FcClaim[] }).claims[0]!.claimReview[0]!.textualRating;
    t.equal(await ratings('laundered without leaving any trace'), 'Misleading');
    t.equal(await ratings('best way foreign currency'), 'Unverifiable');
  });

  t.test('pageSize and pageToken page through the ranking', async (t) => {
    const all = ((await search('query=north%20korea&includeUnreviewed=true&pageSize=100')).json() as { claims: FcClaim[] }).claims.map((c) => c.id);
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const body = (await search(`query=north%20korea&includeUnreviewed=true&pageSize=4${token ? `&pageToken=${token}` : ''}`)).json() as { claims: FcClaim[]; nextPageToken?: string };
      t.ok(body.claims.length <= 4);
      seen.push(...body.claims.map((c) => c.id));
      token = body.nextPageToken;
    } while (token);
    t.same(seen, all);
  });

  t.test('languageCode compares the language, not the region', async (t) => {
    const en = ((await search('query=sony&languageCode=en-US')).json() as { claims: FcClaim[] }).claims;
    t.ok(en.length > 0);
    t.same(((await search('query=sony&languageCode=fr')).json() as { claims: FcClaim[] }).claims, []);
  });

  t.test('maxAgeDays: claim date or review date, whichever is newer', async (t) => {
    // Seeded verdicts were reviewed just now, so they are 0 days old.
    t.ok(((await search('query=sony&maxAgeDays=1')).json() as { claims: FcClaim[] }).claims.length > 0);
    // The in-review 11,000 BTC claim was made on 2018-03-01 and has no review date.
    t.same(((await search('query=11k%20bitcoin&includeUnreviewed=true&maxAgeDays=30')).json() as { claims: FcClaim[] }).claims.filter((c) => c.id === ctx.ids.get('nk-11000-btc-2017')), []);
  });

  t.test('validation errors', async (t) => {
    for (const q of ['', 'query=', 'languageCode=en', 'reviewPublisherSiteFilter=', 'query=a&offset=-1', 'query=a&offset=x', 'query=a&offset=10001', `query=${'x'.repeat(501)}`, 'query=a&pageSize=0', 'query=a&pageSize=101', 'query=a&maxAgeDays=0', 'query=a&languageCode=english!', 'query=a&includeUnreviewed=maybe']) {
      const res = await search(q);
      t.equal(res.statusCode, 400, q);
      t.equal(res.json().code, 'VALIDATION_FAILED');
    }
    const missing = (await search('languageCode=en')).json() as { errors: Array<{ path: string; message: string }> };
    t.same(missing.errors, [{ path: 'querystring.query', message: 'query is required unless reviewPublisherSiteFilter is given' }]);
    const token = ((await search('query=north%20korea&includeUnreviewed=true&pageSize=1')).json() as { nextPageToken: string }).nextPageToken;
    const bad = await search(`query=bitcoin&pageToken=${token}`);
    t.equal(bad.statusCode, 400);
    t.same(bad.json().errors, [{ path: 'querystring.pageToken', message: 'Invalid page token' }]);
  });

  t.test('reviewPublisherSiteFilter: this newsroom\'s site, a subdomain filter, another site', async (t) => {
    const own = ((await search('query=sony&reviewPublisherSiteFilter=127.0.0.1:3000')).json() as { claims: FcClaim[] }).claims;
    t.ok(own.length > 0);
    t.ok(own.every((c) => c.claimReview.every((r) => r.publisher.site === '127.0.0.1:3000')));
    for (const filter of ['127.0.0.1', 'http://127.0.0.1:3000/', 'WWW.127.0.0.1']) {
      t.same(((await search(`query=sony&reviewPublisherSiteFilter=${encodeURIComponent(filter)}`)).json() as { claims: FcClaim[] }).claims.map((c) => c.id), own.map((c) => c.id), filter);
    }
    t.same(((await search('query=sony&reviewPublisherSiteFilter=nytimes.com')).json() as { claims: FcClaim[] }).claims, [], 'nobody else reviewed it');
    t.same(((await search('query=sony&reviewPublisherSiteFilter=0.0.1')).json() as { claims: FcClaim[] }).claims.length, own.length, 'a parent domain keeps subdomains');
    t.same(((await search('query=sony&reviewPublisherSiteFilter=27.0.0.1')).json() as { claims: FcClaim[] }).claims, [], 'a suffix that is not a label is no match');
  });

  t.test('query is optional with reviewPublisherSiteFilter: reviewed claims newest first, paged', async (t) => {
    const res = await search('reviewPublisherSiteFilter=127.0.0.1:3000&pageSize=100');
    t.equal(res.statusCode, 200);
    const all = (res.json() as { claims: FcClaim[] }).claims;
    t.ok(all.length >= 3);
    t.ok(all.every((c) => c.claimReview.length === 1 && c.status !== 'in_review' && c.status !== 'unverified'), 'reviewed claims only');
    t.equal(all[0]!.match.score, 0);
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const body = (await search(`reviewPublisherSiteFilter=127.0.0.1:3000&pageSize=2${token ? `&pageToken=${token}` : ''}`)).json() as { claims: FcClaim[]; nextPageToken?: string };
      seen.push(...body.claims.map((c) => c.id));
      token = body.nextPageToken;
    } while (token);
    t.same(seen, all.map((c) => c.id));
    const otherToken = ((await search('query=north%20korea&pageSize=1')).json() as { nextPageToken: string }).nextPageToken;
    t.equal((await search(`reviewPublisherSiteFilter=127.0.0.1:3000&pageToken=${otherToken}`)).statusCode, 400, 'a token of a query does not page a listing');
  });

  t.test('offset skips results, and is ignored when a pageToken is given', async (t) => {
    const all = ((await search('query=north%20korea&includeUnreviewed=true&pageSize=100')).json() as { claims: FcClaim[] }).claims.map((c) => c.id);
    t.ok(all.length > 4);
    const page = (await search('query=north%20korea&includeUnreviewed=true&pageSize=2&offset=2')).json() as { claims: FcClaim[]; nextPageToken?: string };
    t.same(page.claims.map((c) => c.id), all.slice(2, 4));
    const next = (await search(`query=north%20korea&includeUnreviewed=true&pageSize=2&offset=2&pageToken=${page.nextPageToken}`)).json() as { claims: FcClaim[] };
    t.same(next.claims.map((c) => c.id), all.slice(4, 6), 'the token continues; offset is not applied again');
    t.same(((await search(`query=north%20korea&includeUnreviewed=true&offset=${all.length}`)).json() as { claims: FcClaim[] }).claims, [], 'past the end');
    const listed = ((await search('reviewPublisherSiteFilter=127.0.0.1:3000&pageSize=100')).json() as { claims: FcClaim[] }).claims.map((c) => c.id);
    t.same(((await search('reviewPublisherSiteFilter=127.0.0.1:3000&offset=1&pageSize=100')).json() as { claims: FcClaim[] }).claims.map((c) => c.id), listed.slice(1));
  });

  t.test('unsupported parameters are a 400 that names each one, never ignored', async (t) => {
    for (const [q, names] of [
      ['query=sony&fields=claims.text', ['fields']],
      ['query=sony&key=AIza123', ['key']],
      ['query=sony&prettyPrint=false&alt=json', ['prettyPrint', 'alt']],
      ['query=sony&limit=5', ['limit']],
      ['query=sony&q=sony', ['q']],
      ['reviewPublisherSiteFilter=x.org&Query=sony', ['Query']],
    ] as const) {
      const res = await search(q);
      t.equal(res.statusCode, 400, q);
      const body = res.json() as { code: string; detail: string; errors: Array<{ path: string; message: string }> };
      t.equal(body.code, 'VALIDATION_FAILED');
      t.same(body.errors.map((e) => e.path), names.map((n) => `querystring.${n}`), q);
      for (const n of names) t.match(body.detail, n);
    }
    const key = (await search('query=sony&key=AIza123')).json() as { errors: Array<{ message: string }> };
    t.match(key.errors[0]!.message, /Authorization: Bearer/);
    const fields = (await search('query=sony&fields=claims.text')).json() as { errors: Array<{ message: string }> };
    t.match(fields.errors[0]!.message, /Partial responses are not supported/);
  });

  t.test('"claims:search" is its own route, not /claims/:id', async (t) => {
    const res = await search('query=youbit&includeUnreviewed=true');
    t.equal(res.statusCode, 200);
    t.ok(Array.isArray(res.json().claims));
    const one = await ctx.app.inject({ method: 'GET', url: `/v1/claims/${ctx.ids.get('youbit-hack-april-2017')}`, headers: ctx.auth('reader') });
    t.equal(one.statusCode, 200, 'GET /v1/claims/{id} still works');
    const other = await ctx.app.inject({ method: 'GET', url: '/v1/claims:find?query=x', headers: ctx.auth('reader') });
    t.equal(other.statusCode, 404, 'another verb after the colon is no route');
  });

  t.test('every role may search; a key is needed', async (t) => {
    for (const role of ['reader', 'checker', 'reviewer', 'auditor', 'admin'] as const) {
      t.equal((await ctx.app.inject({ method: 'GET', url: '/v1/claims:search?query=sony', headers: ctx.auth(role) })).statusCode, 200, role);
    }
    t.equal((await ctx.app.inject({ method: 'GET', url: '/v1/claims:search?query=sony' })).statusCode, 401);
  });
});
