// Turns a free-text search into groups of FTS5 terms: one group per meaningful word and one per quantity.
// Pure; src/services/search.ts runs the groups against the index.
//
// A query's numbers are read by the same parser as claims' numbers (./quantities.ts), so "11k bitcoin",
// "more than 11,000 BTC" and "eleven thousand bitcoins" all become the index token q_btc_11000 that the
// search-index migration stores for the claim. A number without a unit ("11,000") becomes q_any_11000,
// which every quantity of that value carries whatever its unit.
import { parseQuantities, type Quantity } from './quantities.js';

/** Words that carry no meaning for matching; dropping them keeps OR queries cheap and rankings clean. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an and are as at be been being but by can could did do does for from had has have he her his how i if in into is it its
   itself just me more most my no nor not now of off on once only or other our out over own same she should so some such than
   that the their them then there these they this those through to too under until up very was we were what when where which
   while who whom why will with would you your about after again against all am any because before below between both during
   each few further here than s t also ever`.split(/\s+/),
);

/** At most this many groups per query: longer inputs (e.g. a whole claim for "similar") keep the first ones. */
export const MAX_GROUPS = 24;

export interface QueryGroup {
  kind: 'word' | 'quantity';
  /** What the user wrote: the word, or the raw text of the quantity. */
  label: string;
  /** FTS5 terms, any of which satisfies the group (a word and its typo corrections; one quantity token). */
  terms: string[];
  /** For quantity groups. */
  quantity?: Quantity;
}

export interface ParsedQuery {
  groups: QueryGroup[];
  quantities: Quantity[];
}

/**
 * Value part of a quantity token, written exactly as SQLite's CAST(value AS TEXT) writes it in the migration
 * (integers plainly, other numbers as "%!.15g"), then made token-safe: "-" → "m", "." → "p", "+" dropped.
 */
export function quantityValueText(value: number): string {
  let text: string;
  if (Number.isInteger(value) && Math.abs(value) < 2 ** 63) {
    text = BigInt(value).toString();
  } else {
    // %!.15g: 15 significant digits, trailing zeros removed but at least one decimal; exponent form
    // when the exponent is < -4 or >= 15, with a sign and at least two digits.
    const [mantissa, expText] = value.toExponential(14).split('e') as [string, string];
    const exp = Number(expText);
    const digits = mantissa.replace('-', '').replace('.', '').replace(/0+$/, '') || '0';
    const sign = value < 0 ? '-' : '';
    if (exp < -4 || exp >= 15) {
      const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : `${digits}.0`;
      text = `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
    } else if (exp < 0) {
      text = `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    } else {
      const int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
      const frac = digits.slice(exp + 1);
      text = `${sign}${int}.${frac || '0'}`;
    }
  }
  return text.replaceAll('-', 'm').replaceAll('.', 'p').replaceAll('+', '');
}

/** The index token for a quantity: q_<unit>_<value>, or q_any_<value> for a number without a unit. */
export function quantityToken(q: Pick<Quantity, 'unit' | 'value'>): string {
  return `q_${(q.unit ?? 'any').toLowerCase()}_${quantityValueText(q.value)}`;
}

/** Lower-case words of a text as the index splits them (letters, digits, "_"), minus stop words. */
export function queryWords(text: string): string[] {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{M}_]+/u)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w) && !w.startsWith('q_'));
  return [...new Set(words)];
}

/** Splits a query into quantity groups and word groups, quantities first. */
export function parseQuery(input: string, options: { quantities: boolean } = { quantities: true }): ParsedQuery {
  const quantities = options.quantities ? parseQuantities(input) : [];
  // The words of a quantity ("11,000", "bitcoins") are matched through its token, not again as words.
  let rest = input;
  for (const q of quantities) rest = rest.replace(q.raw, ' ');
  const groups: QueryGroup[] = [];
  const tokens = new Set<string>();
  for (const q of quantities) {
    const token = quantityToken(q);
    if (tokens.has(token)) continue;
    tokens.add(token);
    groups.push({ kind: 'quantity', label: q.raw, terms: [token], quantity: q });
  }
  for (const w of queryWords(rest)) groups.push({ kind: 'word', label: w, terms: [w] });
  return { groups: groups.slice(0, MAX_GROUPS), quantities };
}

/** An FTS5 string literal: every term is quoted, so user input can never be read as query syntax. */
export const ftsString = (term: string): string => `"${term.replaceAll('"', '""')}"`;

/** FTS5 expression for one group: its terms OR-ed. */
export function groupExpression(g: Pick<QueryGroup, 'terms'>): string {
  return g.terms.length === 1 ? ftsString(g.terms[0]!) : `(${g.terms.map(ftsString).join(' OR ')})`;
}

export function anyOf(groups: ReadonlyArray<Pick<QueryGroup, 'terms'>>): string {
  return groups.map(groupExpression).join(' OR ');
}

export function allOf(groups: ReadonlyArray<Pick<QueryGroup, 'terms'>>): string {
  return groups.map(groupExpression).join(' AND ');
}
