// How alike two claim texts are, from 0 (nothing shared) to 1 (same words and numbers). Pure.
// Used to decide which search hits are likely duplicates of a new claim: bm25 scores depend on the
// corpus and the query, so they cannot be compared with a fixed threshold; this can.
import { parseQuantities } from './quantities.js';
import { quantityToken, queryWords } from './search-query.js';

/** A light English suffix fold ("bitcoins" ~ "bitcoin", "hacked" ~ "hacking"), enough for overlap. */
function fold(word: string): string {
  const w = word.normalize('NFD').replace(/\p{M}/gu, '');
  for (const [suffix, replacement] of [['ies', 'y'], ['ing', ''], ['ed', ''], ['es', ''], ['s', '']] as const) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length) + replacement;
  }
  return w;
}

/** The features compared: folded content words and quantity tokens ("q_btc_11000"). */
export function features(text: string): Set<string> {
  const quantities = parseQuantities(text);
  let rest = text;
  for (const q of quantities) rest = rest.replace(q.raw, ' ');
  return new Set([...queryWords(rest).map(fold), ...quantities.map(quantityToken)]);
}

/** Units in which both feature sets state figures but share none: "11 BTC" against "11,000 BTC". */
function conflictingUnits(fa: Set<string>, fb: Set<string>): number {
  const byUnit = (fs: Set<string>) => {
    const units = new Map<string, Set<string>>();
    for (const f of fs) {
      const m = /^q_([a-z]+)_(.+)$/.exec(f);
      if (m && m[1] !== 'any') units.set(m[1]!, (units.get(m[1]!) ?? new Set()).add(m[2]!));
    }
    return units;
  };
  const ua = byUnit(fa);
  const ub = byUnit(fb);
  let conflicts = 0;
  for (const [unit, values] of ua) {
    const other = ub.get(unit);
    if (other && ![...values].some((v) => other.has(v))) conflicts++;
  }
  return conflicts;
}

/** Share of the score kept per unit whose figures disagree: such claims are related, not duplicates. */
const CONFLICT_FACTOR = 0.6;

/**
 * Dice coefficient of the two feature sets; quantity tokens count double, as numbers are what claims hinge
 * on, and each unit in which the two state different figures scales the result down.
 */
export function similarity(a: string | Set<string>, b: string | Set<string>): number {
  const fa = typeof a === 'string' ? features(a) : a;
  const fb = typeof b === 'string' ? features(b) : b;
  const weight = (f: string) => (f.startsWith('q_') ? 2 : 1);
  let shared = 0;
  let total = 0;
  for (const f of fa) {
    total += weight(f);
    if (fb.has(f)) shared += weight(f);
  }
  for (const f of fb) total += weight(f);
  return total === 0 ? 0 : ((2 * shared) / total) * CONFLICT_FACTOR ** conflictingUnits(fa, fb);
}

/** A duplicate warning is raised at or above this similarity. */
export const DUPLICATE_THRESHOLD = 0.5;
