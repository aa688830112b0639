// Typo correction for search words against the index vocabulary. Pure: the vocabulary is passed in.
//
// The vocabulary holds the index's terms as FTS5 stored them, i.e. porter stems ("cryptocurr", "harvest").
// A misspelt query word is compared with a stem by an edit distance in which the word may run on past the
// end of the stem by a few letters (its suffix, which porter would have removed): "cryptocurrancy" is
// 0 edits from "cryptocurr", "bitcoim" 1 edit from "bitcoin", "Youbti" 1 transposition from "youbit".
// Candidates come from a trigram index, so a lookup touches only stems that share letters with the word.

/** Edits allowed for a word of this length: none for short words, where a "correction" is a guess. */
export function maxEdits(word: string): number {
  if (word.length < 5) return 0;
  return word.length <= 7 ? 1 : 2;
}

/** Letters a word may have past the end of the stem ("-ancy", "-ing", "-es"). */
const MAX_SUFFIX = 4;

/** What leaving a suffix over costs: less than an edit, so that among equally close stems the one the
 * whole word aligns with wins ("interveiw" → "interview", not "intern" + "veiw"). */
const SUFFIX_COST = 0.5;

/**
 * Optimal-string-alignment distance between `stem` and the best prefix of `word` (leaving at most
 * MAX_SUFFIX letters over, at SUFFIX_COST), or max + 1 when the edits exceed `max`.
 */
export function stemDistance(word: string, stem: string, max: number): number {
  const n = stem.length;
  const m = word.length;
  if (m - n > max + MAX_SUFFIX || n - m > max) return max + 1;
  // rows[i][j]: distance between stem[0..i) and word[0..j)
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = stem[i - 1] === word[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && stem[i - 1] === word[j - 2] && stem[i - 2] === word[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  let best = max + 1;
  for (let j = Math.max(0, m - MAX_SUFFIX); j <= m; j++) {
    if (prev[j]! <= max) best = Math.min(best, prev[j]! + (j < m ? SUFFIX_COST : 0));
  }
  return best;
}

const trigrams = (s: string): string[] => {
  const padded = `^${s}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
};

export interface Correction {
  term: string;
  distance: number;
  docs: number;
}

/** An in-memory vocabulary: terms, how many documents hold each, and a trigram index over them. */
export class Vocabulary {
  private readonly byTrigram = new Map<string, number[]>();

  constructor(
    private readonly terms: readonly string[],
    private readonly docs: readonly number[],
  ) {
    terms.forEach((term, id) => {
      for (const t of new Set(trigrams(term))) {
        const list = this.byTrigram.get(t);
        if (list) list.push(id);
        else this.byTrigram.set(t, [id]);
      }
    });
  }

  get size(): number {
    return this.terms.length;
  }

  /** The terms closest to `word` (within maxEdits), most frequent first; at most `limit`. */
  correct(word: string, limit = 2): Correction[] {
    const max = maxEdits(word);
    if (max === 0) return [];
    const shared = new Map<number, number>();
    for (const t of new Set(trigrams(word))) {
      for (const id of this.byTrigram.get(t) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const found: Correction[] = [];
    for (const [id, count] of shared) {
      // Each edit destroys at most three trigrams; a stem sharing too few cannot be close enough.
      if (count < 2) continue;
      const term = this.terms[id]!;
      const distance = stemDistance(word, term, max);
      if (distance < max + 1) found.push({ term, distance, docs: this.docs[id]! });
    }
    found.sort((a, b) => a.distance - b.distance || b.docs - a.docs || a.term.localeCompare(b.term));
    // Only the closest: a farther stem is a different word more often than the intended one.
    return found.filter((c) => c.distance === found[0]!.distance).slice(0, limit);
  }
}
