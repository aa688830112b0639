import t from 'tap';
import { findQuote, normaliseText } from '../../src/domain/quote-match.js';

const ARTICLE =
  'North Korea is hosting a Blockchain Conference\n\n' +
  'North Korea is planning to hold a conference on crypto currencies and blockchain technology in Pyongyang in October 2018. ' +
  'The meeting is expecting to bring together experts from around the world.\n\n' +
  'North Korea\u2019s Global Blockchain Conference will run for two days starting Oct. 1, according to Radio Free Asia (RFA).';

t.test('normaliseText', async (t) => {
  t.equal(normaliseText('\u2018a\u2019 \u201Ab\u201B'), "'a' 'b'", 'single typographic quotes → apostrophe');
  t.equal(normaliseText('\u201Ca\u201D \u201Eb\u201F \u00ABc\u00BB 5\u2033 5\u2032'), '"a" "b" "c" 5" 5\'', 'double quotes, guillemets, primes');
  t.equal(normaliseText('a\u2013b\u2014c'), 'a-b-c', 'en and em dash → hyphen');
  t.equal(normaliseText('wait\u2026'), 'wait...', 'ellipsis → three dots');
  t.equal(normaliseText('  a \u00A0\t b\r\n\n c  '), 'a b c', 'whitespace runs (NBSP, tabs, newlines) collapse and trim');
  t.equal(normaliseText('\uFB01ne \uFF21'), 'fine A', 'NFKC folds ligatures and full-width forms');
  t.equal(normaliseText('e\u0301'), '\u00E9', 'NFKC composes combining marks');
  t.equal(normaliseText('North Korea'), 'North Korea', 'case is kept');
  t.equal(normaliseText(''), '');
  t.equal(normaliseText(' \n\u00A0 '), '');
});

t.test('exact match', async (t) => {
  const quote = 'The meeting is expecting to bring together experts from around the world.';
  const m = findQuote(ARTICLE, quote);
  t.ok(m, 'found');
  t.equal(m!.exact, quote);
  t.equal(m!.start, ARTICLE.indexOf(quote));
  t.equal(m!.end, ARTICLE.indexOf(quote) + quote.length);
  t.equal(ARTICLE.slice(m!.start, m!.end), m!.exact);
});

t.test('straight apostrophe in the quote matches the curly one in the article', async (t) => {
  const m = findQuote(ARTICLE, "North Korea's Global Blockchain Conference");
  t.ok(m, 'found');
  t.equal(m!.exact, 'North Korea\u2019s Global Blockchain Conference', 'exact keeps the original typography');
  t.equal(ARTICLE.slice(m!.start, m!.end), m!.exact);

  const reverse = findQuote('He said "It\'s a test" - really... twice.', '\u201CIt\u2019s a test\u201D \u2014 really\u2026');
  t.ok(reverse, 'curly quotes, dash and ellipsis typed against plain-ASCII content also match');
  t.equal(reverse!.exact, '"It\'s a test" - really...');
});

t.test('whitespace and newlines collapse across a paragraph break', async (t) => {
  const quote = 'from around the world. North Korea\u2019s Global Blockchain';
  const m = findQuote(ARTICLE, quote);
  t.ok(m, 'found across "\\n\\n"');
  t.equal(m!.exact, 'from around the world.\n\nNorth Korea\u2019s Global Blockchain');
  t.equal(ARTICLE.slice(m!.start, m!.end), m!.exact);

  const spaced = findQuote(ARTICLE, '  planning\tto   hold\n a conference  ');
  t.ok(spaced, 'extra whitespace in the quote is ignored');
  t.equal(spaced!.exact, 'planning to hold a conference');

  const nbsp = findQuote('one\u00A0two \u00A0 three', 'one two three');
  t.equal(nbsp?.exact, 'one\u00A0two \u00A0 three', 'NBSP runs map back to the original characters');
});

t.test('offsets, prefix and suffix', async (t) => {
  const m = findQuote(ARTICLE, 'Radio Free Asia');
  t.ok(m);
  const start = ARTICLE.indexOf('Radio Free Asia');
  t.equal(m!.start, start);
  t.equal(m!.end, start + 'Radio Free Asia'.length);
  t.equal(m!.prefix, ARTICLE.slice(start - 32, start), 'prefix is the 32 original characters before');
  t.equal(m!.prefix.length, 32);
  t.equal(m!.suffix, ' (RFA).', 'suffix is cut at the end of the content');
  t.equal(m!.prefix + m!.exact + m!.suffix, ARTICLE.slice(start - 32), 'prefix + exact + suffix is contiguous original text');

  const first = findQuote(ARTICLE, 'North Korea');
  t.same(first, { exact: 'North Korea', prefix: '', suffix: ' is hosting a Blockchain Confere', start: 0, end: 11 }, 'first occurrence wins; prefix empty at start');

  const long = 'x'.repeat(50) + 'TARGET' + 'y'.repeat(50);
  const lm = findQuote(long, 'TARGET');
  t.same(lm, { exact: 'TARGET', prefix: 'x'.repeat(32), suffix: 'y'.repeat(32), start: 50, end: 56 });

  const ell = findQuote('a\u2026b', '..');
  t.equal(ell?.exact, '\u2026', 'a match inside an expanded character widens to the whole original character');

  const emoji = findQuote('\u{1F600} caf\u00E9 \u{1F600}', 'cafe\u0301');
  t.same(emoji, { exact: 'caf\u00E9', prefix: '\u{1F600} ', suffix: ' \u{1F600}', start: 3, end: 7 }, 'UTF-16 offsets past an astral character');
});

t.test('not found → null', async (t) => {
  t.equal(findQuote(ARTICLE, 'North Korea is hosting a blockchain conference'), null, 'case differs');
  t.equal(findQuote(ARTICLE, 'Pyongyang in November 2018'), null);
  t.equal(findQuote('', 'anything'), null, 'empty content');
});

t.test('empty quote → null', async (t) => {
  t.equal(findQuote(ARTICLE, ''), null);
  t.equal(findQuote(ARTICLE, ' \n\t\u00A0 '), null, 'whitespace-only normalises to empty');
});
