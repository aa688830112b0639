// Pure parts of matching: query parsing into groups, quantity tokens, typo correction, similarity.
import t from 'tap';
import { parseQuery, quantityToken, quantityValueText, queryWords } from '../../src/domain/search-query.js';
import { similarity } from '../../src/domain/similarity.js';
import { maxEdits, stemDistance, Vocabulary } from '../../src/domain/typos.js';

t.test('parseQuery: numbers as quantity tokens, words without stop words', async (t) => {
  const tokens = (q: string) => parseQuery(q).groups.map((g) => g.terms[0]);
  t.same(tokens('11k bitcoin 2017'), ['q_btc_11000', 'q_year_2017']);
  t.same(tokens('more than 11000 BTC stolen in 2017'), ['q_btc_11000', 'q_year_2017', 'stolen']);
  t.same(tokens('eleven thousand bitcoins'), ['q_btc_11000']);
  t.same(tokens('40 percent of Youbit'), ['q_percent_40', 'youbit']);
  t.same(tokens('$5m, 5 million dollars or USD 5,000,000'), ['q_usd_5000000'], 'one group per distinct figure');
  t.same(tokens('11,000 north korea'), ['q_any_11000', 'north', 'korea'], 'a bare number matches any unit');
  t.same(tokens('the of and'), []);
  t.same(queryWords('Pyŏngyang’s "blockchain" q_btc_1 x'), ['pyŏngyang', 'blockchain'], 'q_ tokens cannot be injected');
});

t.test('quantity value text follows SQLite', async (t) => {
  t.equal(quantityValueText(11000), '11000');
  t.equal(quantityValueText(40.5), '40p5');
  t.equal(quantityValueText(-3.5), 'm3p5');
  t.equal(quantityValueText(1e21), '1p0e21');
  t.equal(quantityValueText(0.00001), '1p0em05');
  t.equal(quantityToken({ unit: 'percent', value: 40 }), 'q_percent_40');
});

t.test('typo correction against stems', async (t) => {
  t.equal(maxEdits('sony'), 0);
  t.equal(maxEdits('youbti'), 1);
  t.equal(maxEdits('cryptocurrancy'), 2);
  t.equal(stemDistance('youbti', 'youbit', 1), 1, 'transposition');
  t.equal(stemDistance('bitcoim', 'bitcoin', 1), 1);
  t.equal(stemDistance('cryptocurrancy', 'cryptocurr', 2), 0.5, 'a suffix past the stem costs half an edit');
  t.equal(stemDistance('harvestd', 'harvest', 2), 0.5);
  t.equal(stemDistance('zebra', 'youbit', 1), 2, 'beyond the bound: max + 1');
  const vocab = new Vocabulary(['youbit', 'yourself', 'bitcoin', 'hack', 'interview', 'intern'], [2, 50, 9, 12, 1, 3]);
  t.same(vocab.correct('youbti').map((c) => c.term), ['youbit']);
  t.same(vocab.correct('interveiw').map((c) => c.term), ['interview']);
  t.same(vocab.correct('hakc'), [], 'short words are not guessed');
  t.same(vocab.correct('zzzzzzzz'), []);
});

t.test('similarity', async (t) => {
  const a = 'North Korea harvested more than 11,000 bitcoins in 2017 through mining and thefts.';
  t.equal(similarity(a, a), 1);
  t.ok(similarity(a, 'North Korea stole over 11,000 BTC in 2017 through mining and theft.') >= 0.5);
  t.ok(similarity(a, 'North Korea mined 11 bitcoins in 2017.') < 0.5);
  t.equal(similarity(a, 'Unicorns sing.'), 0);
  t.equal(similarity('', ''), 0);
});
