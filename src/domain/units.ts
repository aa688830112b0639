// Vocabulary for the quantity parser in ./quantities.ts. Pure data: the parser builds its patterns from it.
//
// To add a unit, append one entry to UNITS:
//   { unit: 'JPY', kind: 'currency', synonyms: ['jpy', '¥', 'yen'], leading: ['jpy', '¥'] }
// - `unit` is the canonical name reported in Quantity.unit.
// - `synonyms` are matched case-insensitively AFTER the number ("5 bitcoins", "40%"). Multi-word synonyms
//   ("per cent") match any run of whitespace. Write them lower-case.
// - `leading` (optional) lists the synonyms that may also stand BEFORE the number ("$5", "USD 5 million").
//   Keep words such as "bitcoin" out of it: "Bitcoin 2017" is a name, not 2017 BTC.
// Nothing else needs to change. The same goes for MAGNITUDES, NUMBER_WORDS, QUALIFIERS and MONTHS.

import type { QuantityQualifier } from './quantities.js';

export type UnitKind = 'currency' | 'count' | 'percent' | 'year' | 'duration';

export interface UnitDef {
  readonly unit: string;
  readonly kind: UnitKind;
  readonly synonyms: readonly string[];
  readonly leading?: readonly string[];
}

export const UNITS: ReadonlyArray<UnitDef> = [
  { unit: 'BTC', kind: 'currency', synonyms: ['btc', 'xbt', 'bitcoin', 'bitcoins', '₿'], leading: ['₿'] },
  { unit: 'ETH', kind: 'currency', synonyms: ['eth', 'ether', 'ethereum'] },
  { unit: 'XMR', kind: 'currency', synonyms: ['xmr', 'monero'] },
  { unit: 'USD', kind: 'currency', synonyms: ['usd', 'us$', '$', 'dollar', 'dollars', 'us dollars'], leading: ['usd', 'us$', '$'] },
  { unit: 'EUR', kind: 'currency', synonyms: ['eur', '€', 'euro', 'euros'], leading: ['eur', '€'] },
  { unit: 'KRW', kind: 'currency', synonyms: ['krw', '₩', 'won'], leading: ['krw', '₩'] },
  { unit: 'GBP', kind: 'currency', synonyms: ['gbp', '£', 'pounds sterling'], leading: ['gbp', '£'] },
  // "percentage points" is deliberately absent: a change of 5 points is not 5 percent.
  { unit: 'percent', kind: 'percent', synonyms: ['%', 'percent', 'per cent', 'per-cent', 'pct'] },
  { unit: 'people', kind: 'count', synonyms: ['people', 'persons', 'person'] },
  // Durations. 'years' (a span) is distinct from 'year' (a calendar year) below.
  { unit: 'days', kind: 'duration', synonyms: ['day', 'days'] },
  { unit: 'weeks', kind: 'duration', synonyms: ['week', 'weeks'] },
  { unit: 'months', kind: 'duration', synonyms: ['month', 'months'] },
  { unit: 'years', kind: 'duration', synonyms: ['year', 'years'] },
  // Calendar year: never written as a word, inferred from a bare 1900-2099 integer ("in 2017").
  { unit: 'year', kind: 'year', synonyms: [] },
];

/**
 * Scale words. `words` may be separated from the number by spaces ("5 million", "5 bn");
 * `suffixes` must touch the digits ("11k", "$5m") because a lone "m" or "k" in prose means something else.
 */
export const MAGNITUDES: ReadonlyArray<{ value: number; words: readonly string[]; suffixes: readonly string[] }> = [
  { value: 1e3, words: ['thousand'], suffixes: ['k'] },
  { value: 1e6, words: ['million', 'mn', 'mln'], suffixes: ['m'] },
  { value: 1e9, words: ['billion', 'bn', 'bln'], suffixes: ['b'] },
  { value: 1e12, words: ['trillion', 'tn'], suffixes: [] },
];

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

/** Number words that multiply what precedes them ("two hundred", "three dozen") instead of adding. */
export const MULTIPLYING_WORDS: ReadonlySet<string> = new Set(['hundred', 'dozen']);

/** Phrase written before a number → qualifier. Matched case-insensitively; longer phrases win. */
export const QUALIFIERS: Readonly<Record<string, QuantityQualifier>> = {
  'more than': 'more_than', over: 'more_than', above: 'more_than', 'in excess of': 'more_than', exceeding: 'more_than',
  'less than': 'less_than', under: 'less_than', below: 'less_than', 'fewer than': 'less_than',
  'at least': 'at_least', 'no less than': 'at_least', 'no fewer than': 'at_least',
  'at most': 'at_most', 'no more than': 'at_most',
  'up to': 'up_to',
  about: 'about', around: 'about', approximately: 'about', 'approx.': 'about', roughly: 'about', some: 'about',
  circa: 'about', '~': 'about', 'an estimated': 'about',
  nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', 'just under': 'nearly',
  exactly: 'exactly', precisely: 'exactly',
};

/** Month names: a small number next to one is a day of the month ("Oct. 1"), not a quantity. */
export const MONTHS: readonly string[] = [
  'january', 'jan', 'february', 'feb', 'march', 'mar', 'april', 'apr', 'may', 'june', 'jun', 'july', 'jul',
  'august', 'aug', 'september', 'sept', 'sep', 'october', 'oct', 'november', 'nov', 'december', 'dec',
];
