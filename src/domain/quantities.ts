// Finds quantities ("more than 11,000 bitcoins", "around $ 5 million", "40%", "in 2017") in free text so
// that numbers in a claim can be compared with numbers in its sources. Pure and dependency-free; all
// vocabulary lives in ./units.ts.
//
// One regular expression, generated from the tables, finds each candidate:
//   [qualifier] [leading unit] number [scale] [trailing unit]
// and a few small rules then clean up what a regex cannot judge alone: ranges, years, dates, prose.

import { MAGNITUDES, MONTHS, MULTIPLYING_WORDS, NUMBER_WORDS, QUALIFIERS, UNITS } from './units.js';

export type QuantityQualifier =
  | 'more_than' | 'less_than' | 'at_least' | 'at_most' | 'about' | 'nearly' | 'exactly' | 'up_to';

export interface Quantity {
  raw: string;
  value: number;
  unit: string | null;
  qualifier: QuantityQualifier | null;
}

/** Lower-case, single-spaced lookup key, so "Per  Cent" and "per cent" are the same synonym. */
const key = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

const UNIT_BY_SYNONYM = new Map<string, string>(
  UNITS.flatMap((u) => [...u.synonyms, ...(u.leading ?? [])].map((s) => [key(s), u.unit] as const)),
);
const SCALE_BY_WORD = new Map<string, number>(
  MAGNITUDES.flatMap((m) => [...m.words, ...m.suffixes].map((w) => [w, m.value] as const)),
);

/** Canonical unit for a synonym ("bitcoins" → "BTC", "%" → "percent"), or null when unknown. */
export function normaliseUnit(word: string): string | null {
  return UNIT_BY_SYNONYM.get(key(word)) ?? null;
}

// ---- pattern ---------------------------------------------------------------------------------------

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex alternation of phrases, longest first (so "bitcoins" beats "bitcoin"); spaces match any whitespace. */
function alt(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p).replace(/ +/g, '\\s+'))
    .join('|');
}

// A qualifier word needs whitespace after it ("over 5", not "over5"); a symbol does not ("~5").
const QUALIFIER = Object.keys(QUALIFIERS)
  .sort((a, b) => b.length - a.length)
  .map((q) => alt([q]) + (/\p{L}$/u.test(q) ? '\\s+' : '\\s*'))
  .join('|');
const DIGITS = '[-−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
// A spelled-out number starts with a number word ("eleven thousand"), never a bare scale word ("MN").
const NUMBER_WORD = `(?:${alt(Object.keys(NUMBER_WORDS))})(?!\\p{L})`;
const ANY_WORD = `(?:${alt([...Object.keys(NUMBER_WORDS), ...MAGNITUDES.flatMap((m) => m.words)])})(?!\\p{L})`;

const PATTERN = new RegExp(
  // Not glued to a word or number: no "B2B", no "COVID-19", no "3" of "13".
  '(?<![\\p{L}\\p{N}_])(?<!\\p{L}[-–])' +
    `(?<qual>${QUALIFIER})?` +
    `(?:(?<lead>${alt(UNITS.flatMap((u) => u.leading ?? []))})\\s*)?` +
    `(?:(?<digits>${DIGITS})(?<suffix>${alt(MAGNITUDES.flatMap((m) => m.suffixes))})?` +
    `|(?<words>(?<!\\p{L})${NUMBER_WORD}(?:[\\s-]+${ANY_WORD})*))` +
    `(?:\\s*(?<scale>${alt(MAGNITUDES.flatMap((m) => m.words))}))?` +
    `(?:\\s*(?<unit>${alt(UNITS.flatMap((u) => u.synonyms))}))?` +
    '(?![\\p{L}\\p{N}_])',
  'giu',
);

const MONTH_BEFORE = new RegExp(`(?<!\\p{L})(?:${alt(MONTHS)})\\.?\\s*$`, 'iu');
const MONTH_AFTER = new RegExp(`^\\s*(?:of\\s+)?(?:${alt(MONTHS)})(?!\\p{L})`, 'iu');

// ---- interpretation --------------------------------------------------------------------------------

interface Draft extends Quantity {
  start: number;
  end: number;
  scale: number; // 1 when no scale word was written
  spelled: boolean; // number written in words
  plain: boolean; // digits only: no sign, separator or decimals
}

/** "eleven thousand" → 11000; "two hundred five" → 205; "three dozen" → 36. */
function wordsToNumber(phrase: string): number {
  let total = 0;
  let group = 0;
  for (const word of key(phrase).split(/[\s-]+/)) {
    const scale = SCALE_BY_WORD.get(word);
    const value = NUMBER_WORDS[word] ?? 0;
    if (scale !== undefined) [total, group] = [total + (group || 1) * scale, 0];
    else if (MULTIPLYING_WORDS.has(word)) group = (group || 1) * value;
    else group += value;
  }
  return total + group;
}

/** Drops floating-point noise such as 2.3 * 1e9 = 2299999999.9999995. */
const tidy = (n: number): number => Number(n.toPrecision(15));

function toDraft(m: RegExpMatchArray): Draft {
  const g = m.groups ?? {};
  const start = m.index ?? 0;
  const scaleWord = g.suffix ?? g.scale;
  const scale = scaleWord === undefined ? 1 : (SCALE_BY_WORD.get(key(scaleWord)) ?? 1);
  const base = g.digits !== undefined ? Number(g.digits.replace(/,/g, '').replace('−', '-')) : wordsToNumber(g.words ?? '');
  const unitWord = g.lead ?? g.unit;
  return {
    raw: m[0],
    value: tidy(base * scale),
    unit: unitWord === undefined ? null : normaliseUnit(unitWord),
    qualifier: g.qual === undefined ? null : (QUALIFIERS[key(g.qual)] ?? null),
    start,
    end: start + m[0].length,
    scale,
    spelled: g.digits === undefined,
    plain: g.digits !== undefined && /^\d+$/.test(g.digits),
  };
}

/**
 * "between 3 and 5 million", "3-5%", "2 to 3 bitcoins": the scale and unit are written once, after the
 * second number, but belong to both. Only a tight dash, "to", or "and" after "between" count as ranges,
 * so "in 2017 and 40%" stays apart.
 */
function shareRangeUnits(drafts: Draft[], text: string): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const [a, b] = [drafts[i]!, drafts[i + 1]!];
    const gap = text.slice(a.end, b.start);
    const isRange = /^[-–]$|^\s*to\s+$/i.test(gap) || (/^\s+and\s+$/i.test(gap) && /between\s+$/i.test(text.slice(0, a.start)));
    if (!isRange) continue;
    if (a.scale === 1 && b.scale !== 1) [a.value, a.scale] = [tidy(a.value * b.scale), b.scale];
    if (a.unit === null && b.unit !== null) a.unit = b.unit;
  }
}

/** A number next to a month name is a day of the month: "Oct. 1", "1 October". */
function isDayOfMonth(d: Draft, text: string): boolean {
  if (!d.plain || d.unit !== null || d.qualifier !== null || d.value < 1 || d.value > 31) return false;
  return MONTH_BEFORE.test(text.slice(0, d.start)) || MONTH_AFTER.test(text.slice(d.end));
}

/** Final judgement on one candidate: null to drop it. */
function finish(d: Draft, text: string): Quantity | null {
  let unit = d.unit;
  if (unit === null && d.scale === 1) {
    // Spelled-out small numbers without a unit are prose ("One example…"), not claims.
    if (d.spelled && d.value < 1000) return null;
    if (isDayOfMonth(d, text)) return null;
    if (d.plain && d.value >= 1900 && d.value <= 2099) unit = 'year';
  }
  return { raw: d.raw, value: d.value, unit, qualifier: d.qualifier };
}

/** Every quantity in `text`, in order of appearance; `raw` is the exact matched substring. */
export function parseQuantities(text: string): Quantity[] {
  const drafts = [...text.matchAll(PATTERN)].map(toDraft);
  shareRangeUnits(drafts, text);
  return drafts.map((d) => finish(d, text)).filter((q): q is Quantity => q !== null);
}
