// POST /v1/claims duplicate warnings, and numeric discrepancies between claims and evidence quotes.
import t from 'tap';
import { claimDiscrepancies, quoteDiscrepancies } from '../../src/domain/discrepancies.js';
import { parseQuantities } from '../../src/domain/quantities.js';
import { build } from '../helper.js';
import { loadSeed } from '../../src/services/seed.js';
import { claimWithEvidence } from '../search-helper.js';

t.test('POST /v1/claims lists likely duplicates and still creates the claim', async (t) => {
  const ctx = await build(t);
  await loadSeed(ctx.app.services);
  const post = (text: string) => ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text } });

  const dup = await post('North Korea stole over 11,000 bitcoins in 2017 through mining and theft.');
  t.equal(dup.statusCode, 201);
  const [first, ...rest] = dup.json().likelyDuplicates as Array<{ id: string; text: string; status: string; score: number }>;
  t.match(first, { text: /harvested more than 11,000 bitcoins/, status: 'in_review' });
  t.ok(first!.score >= 0.5 && first!.score <= 1, `score ${first!.score}`);
  t.ok(rest.every((d) => d.score <= first!.score));
  t.equal((await ctx.app.inject({ method: 'GET', url: `/v1/claims/${dup.json().id}`, headers: ctx.auth('reader') })).statusCode, 200, 'created all the same');

  const fresh = await post('The moon is made of green cheese.');
  t.equal(fresh.statusCode, 201);
  t.same(fresh.json().likelyDuplicates, []);

  const other = await post('North Korea mined 11 bitcoins in 2019.');
  t.notOk((other.json().likelyDuplicates as Array<{ text: string }>).some((d) => /11,000/.test(d.text)), 'a different figure is not a duplicate');
});

t.test('quoteDiscrepancies (pure)', async (t) => {
  const claim = parseQuantities('Hackers stole 40% of the assets of Youbit, worth about $5 million, in April 2017.');
  t.same(quoteDiscrepancies(claim, 'evd_1', 'Some said 37 per cent of the assets were stolen.'), [
    { evidenceId: 'evd_1', unit: 'percent', claimValue: 40, quoteValue: 37, claimRaw: '40%', quoteRaw: '37 per cent' },
  ]);
  t.same(quoteDiscrepancies(claim, 'evd_1', 'around $ 5 million, 40% of Youbit assets were stolen in 2017'), [], 'same figures in other words');
  t.same(quoteDiscrepancies(claim, 'evd_1', '5,000,000 dollars and also $2 million for another exchange'), [], 'one agreeing figure in the unit is enough');
  t.same(quoteDiscrepancies(claim, 'evd_1', 'It happened in 2018.').map((d) => [d.unit, d.claimValue, d.quoteValue]), [['year', 2017, 2018]]);
  t.same(quoteDiscrepancies(claim, 'evd_1', '11,000 bitcoins and 300 people'), [], 'units the claim does not use are ignored');
  t.same(quoteDiscrepancies(claim, 'evd_1', null), []);
  t.same(
    quoteDiscrepancies(parseQuantities('between 3 and 5 million dollars'), 'e', 'a loss of $4.9 million').map((d) => d.claimValue),
    [5_000_000],
    'compared with the closest of the claim figures',
  );
  t.same(claimDiscrepancies(claim, [{ id: 'a', quote: '37%' }, { id: 'b', quote: null }, { id: 'c', quote: '$6 million' }]).map((d) => d.evidenceId), ['a', 'c']);
});

t.test('discrepancies on GET /v1/claims/{id} and the evidence routes', async (t) => {
  const ctx = await build(t);
  const content = 'The exchange said 37 per cent of its assets, about $5 million, were taken.';
  const { claimId, evidenceId } = await claimWithEvidence(ctx, {
    text: 'Hackers stole 40% of the exchange assets, worth $5 million.', content, quote: content, stance: 'supports',
  });
  const expected = [{ evidenceId, unit: 'percent', claimValue: 40, quoteValue: 37, claimRaw: '40%', quoteRaw: '37 per cent' }];

  const claim = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}`, headers: ctx.auth('reader') })).json();
  t.same(claim.discrepancies, expected);
  t.same(claim.evidence[0].discrepancies, expected);
  t.equal(claim.status, 'unverified', 'a flag, not a verdict');

  const list = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}/evidence`, headers: ctx.auth('reader') })).json();
  t.same(list.data[0].discrepancies, expected);

  const added = await ctx.app.inject({
    method: 'POST', url: `/v1/claims/${claimId}/evidence`, headers: ctx.auth('checker'),
    payload: { sourceId: (await claimWithEvidence(ctx, { text: 'x', content: 'Exactly 40% was stolen.', quote: 'Exactly 40% was stolen.', stance: 'context' })).sourceId, stance: 'supports', quote: 'Exactly 40% was stolen.' },
  });
  t.equal(added.statusCode, 201);
  t.same(added.json().discrepancies, [], 'an agreeing quote has none');
});
