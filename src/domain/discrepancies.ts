// Numeric discrepancies between a claim and its evidence quotes: the quote states a figure in a unit the
// claim also uses, but none of the quote's figures in that unit equals one of the claim's. Pure.
//
// A flag for the reviewer, never a verdict: "37%" against "40%" may be a different measure, a rounding, or
// the error the check is about. Units are compared after normalisation (BTC = bitcoins, USD = $), so
// "$5 million" and "5,000,000 dollars" agree. When a quote has several figures in a unit and one of them
// agrees with the claim, the others are taken to be about something else and are not flagged.
import { parseQuantities, type Quantity } from './quantities.js';

export interface Discrepancy {
  evidenceId: string;
  unit: string;
  claimValue: number;
  quoteValue: number;
  claimRaw: string;
  quoteRaw: string;
}

type Q = Pick<Quantity, 'raw' | 'value' | 'unit'>;

/** Equal up to floating-point noise (the parser multiplies by scales: 2.3 × 1e9). */
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The figures of a quote, remembered: every claim read compares each evidence quote again, and a quote
 * never changes, so it is parsed once per process (bounded: the oldest entries go first).
 */
const QUOTE_QUANTITIES = new Map<string, readonly Quantity[]>();
const QUOTE_CACHE_SIZE = 10_000;
function quoteQuantities(quote: string): readonly Quantity[] {
  let quantities = QUOTE_QUANTITIES.get(quote);
  if (!quantities) {
    quantities = Object.freeze(parseQuantities(quote));
    if (QUOTE_QUANTITIES.size >= QUOTE_CACHE_SIZE) QUOTE_QUANTITIES.delete(QUOTE_QUANTITIES.keys().next().value!);
    QUOTE_QUANTITIES.set(quote, quantities);
  }
  return quantities;
}

export function quoteDiscrepancies(claimQuantities: readonly Q[], evidenceId: string, quote: string | null): Discrepancy[] {
  if (!quote) return [];
  const quoted = quoteQuantities(quote);
  const out: Discrepancy[] = [];
  const units = new Set(quoted.map((q) => q.unit).filter((u): u is string => u !== null));
  for (const unit of units) {
    const inClaim = claimQuantities.filter((q) => q.unit === unit);
    const inQuote = quoted.filter((q) => q.unit === unit);
    if (inClaim.length === 0) continue;
    if (inQuote.some((q) => inClaim.some((c) => same(c.value, q.value)))) continue;
    for (const q of inQuote) {
      // Compare with the claim's closest figure in the unit: the one the quote most likely restates.
      const nearest = inClaim.reduce((best, c) => (Math.abs(c.value - q.value) < Math.abs(best.value - q.value) ? c : best));
      out.push({ evidenceId, unit, claimValue: nearest.value, quoteValue: q.value, claimRaw: nearest.raw, quoteRaw: q.raw });
    }
  }
  return out;
}

/** Every discrepancy of a claim's evidence, in evidence order. */
export function claimDiscrepancies(claimQuantities: readonly Q[], evidence: ReadonlyArray<{ id: string; quote: string | null }>): Discrepancy[] {
  return evidence.flatMap((e) => quoteDiscrepancies(claimQuantities, e.id, e.quote));
}
