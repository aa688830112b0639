import t from 'tap';
import { normaliseUnit, parseQuantities, type Quantity, type QuantityQualifier } from '../../src/domain/quantities.js';

const q = (raw: string, value: number, unit: string | null, qualifier: QuantityQualifier | null = null): Quantity =>
  ({ raw, value, unit, qualifier });

const CASES: Array<[string, Quantity[]]> = [
  // Verbatim from the source articles.
  [
    'The digital attack represented the equivalent of around $ 5 million, 40% of Youbit assets were stolen.',
    [q('around $ 5 million', 5_000_000, 'USD', 'about'), q('40%', 40, 'percent')],
  ],
  [
    'Last March, the NSA claimed that North Korea had harvested more than 11,000 bitcoins in 2017 through mining and numerous thefts.',
    [q('more than 11,000 bitcoins', 11_000, 'BTC', 'more_than'), q('2017', 2017, 'year')],
  ],
  [
    'North Korea is planning to hold a conference on crypto currencies and blockchain technology in Pyongyang in October 2018.',
    [q('2018', 2018, 'year')],
  ],
  [
    "KDB claims in its report that North Korea's efforts of mining Bitcoin between May and June 2017 were futile.",
    [q('2017', 2017, 'year')],
  ],
  ['Lazarus became popular in 2014 after hacking Sony Pictures', [q('2014', 2014, 'year')]],
  ['One example of the most obvious suspicion was on April 2017', [q('2017', 2017, 'year')]],
  // Bitcoin counts.
  ['over 11000 BTC', [q('over 11000 BTC', 11_000, 'BTC', 'more_than')]],
  ['11k bitcoin', [q('11k bitcoin', 11_000, 'BTC')]],
  ['11K BTC', [q('11K BTC', 11_000, 'BTC')]],
  ['eleven thousand bitcoins', [q('eleven thousand bitcoins', 11_000, 'BTC')]],
  ['11 thousand bitcoins', [q('11 thousand bitcoins', 11_000, 'BTC')]],
  ['2,017 BTC were moved', [q('2,017 BTC', 2017, 'BTC')]],
  ['at least 5 ETH and roughly 300 monero', [q('at least 5 ETH', 5, 'ETH', 'at_least'), q('roughly 300 monero', 300, 'XMR', 'about')]],
  // Percentages.
  ['40 percent', [q('40 percent', 40, 'percent')]],
  ['40 per cent', [q('40 per cent', 40, 'percent')]],
  ['Forty percent', [q('Forty percent', 40, 'percent')]],
  ['40.5% of users', [q('40.5%', 40.5, 'percent')]],
  ['shares fell -3.5% today', [q('-3.5%', -3.5, 'percent')]],
  ['no more than 10 pct', [q('no more than 10 pct', 10, 'percent', 'at_most')]],
  ['~40%', [q('~40%', 40, 'percent', 'about')]],
  ['just under 40 per cent', [q('just under 40 per cent', 40, 'percent', 'nearly')]],
  ['up 5 percentage points', [q('5', 5, null)]],
  // Money.
  ['$5 million', [q('$5 million', 5_000_000, 'USD')]],
  ['$5m and $5mn', [q('$5m', 5_000_000, 'USD'), q('$5mn', 5_000_000, 'USD')]],
  ['5 million dollars', [q('5 million dollars', 5_000_000, 'USD')]],
  ['USD 5 million', [q('USD 5 million', 5_000_000, 'USD')]],
  ['US$2.3bn', [q('US$2.3bn', 2_300_000_000, 'USD')]],
  ['a loss of $1.2 billion', [q('$1.2 billion', 1_200_000_000, 'USD')]],
  ['€3 million', [q('€3 million', 3_000_000, 'EUR')]],
  ['₩30 billion', [q('₩30 billion', 30_000_000_000, 'KRW')]],
  ['5,000,000 USD', [q('5,000,000 USD', 5_000_000, 'USD')]],
  ['£20m', [q('£20m', 20_000_000, 'GBP')]],
  ['up to $5m', [q('up to $5m', 5_000_000, 'USD', 'up_to')]],
  ['an estimated 2 bn won', [q('an estimated 2 bn won', 2_000_000_000, 'KRW', 'about')]],
  // Typographic spaces: no-break space, thin space, narrow no-break space.
  ['around\u00a0$\u2009 5\u202fmillion', [q('around\u00a0$\u2009 5\u202fmillion', 5_000_000, 'USD', 'about')]],
  // Qualifiers.
  ['in excess of 1,000 people', [q('in excess of 1,000 people', 1000, 'people', 'more_than')]],
  ['fewer than 50 persons', [q('fewer than 50 persons', 50, 'people', 'less_than')]],
  ['nearly 2,000 people', [q('nearly 2,000 people', 2000, 'people', 'nearly')]],
  ['EXACTLY 12 BTC', [q('EXACTLY 12 BTC', 12, 'BTC', 'exactly')]],
  ['within 30 days', [q('30 days', 30, 'days')]],
  // Years and dates.
  ['in 2017', [q('2017', 2017, 'year')]],
  ['On Oct. 1, 2018 the exchange closed', [q('2018', 2018, 'year')]],
  ['from 1 October', []],
  ['1850 coins', [q('1850', 1850, null)]],
  // Bare numbers and ranges.
  ['11,000', [q('11,000', 11_000, null)]],
  ['7 hackers', [q('7', 7, null)]],
  ['between 3 and 5 million', [q('3', 3_000_000, null), q('5 million', 5_000_000, null)]],
  ['3-5%', [q('3', 3, 'percent'), q('5%', 5, 'percent')]],
  ['in 2017 and 40%', [q('2017', 2017, 'year'), q('40%', 40, 'percent')]],
  // Things that are not quantities.
  ['COVID-19 and B2B', []],
  ['No numbers here at all.', []],
  ['', []],
];

t.test('parseQuantities', async (t) => {
  t.ok(CASES.length >= 30, 'at least 30 phrasings');
  for (const [input, expected] of CASES) t.same(parseQuantities(input), expected, JSON.stringify(input));
});

t.test('raw is the exact substring of the input, in order', async (t) => {
  const text = 'Over $ 5 million in 2017, then 40% more.';
  const found = parseQuantities(text);
  t.same(found.map((x) => x.raw), ['Over $ 5 million', '2017', '40%']);
  let from = 0;
  for (const x of found) {
    const at = text.indexOf(x.raw, from);
    t.ok(at >= from, `${x.raw} found in order`);
    from = at + x.raw.length;
  }
});

t.test('normaliseUnit', async (t) => {
  t.equal(normaliseUnit('bitcoins'), 'BTC');
  t.equal(normaliseUnit('₿'), 'BTC');
  t.equal(normaliseUnit('Ether'), 'ETH');
  t.equal(normaliseUnit('monero'), 'XMR');
  t.equal(normaliseUnit('US$'), 'USD');
  t.equal(normaliseUnit('$'), 'USD');
  t.equal(normaliseUnit('€'), 'EUR');
  t.equal(normaliseUnit('won'), 'KRW');
  t.equal(normaliseUnit('£'), 'GBP');
  t.equal(normaliseUnit('%'), 'percent');
  t.equal(normaliseUnit(' Per  Cent '), 'percent', 'case and whitespace ignored');
  t.equal(normaliseUnit('persons'), 'people');
  t.equal(normaliseUnit('percentage points'), null);
  t.equal(normaliseUnit('hackers'), null);
  t.equal(normaliseUnit(''), null);
});
