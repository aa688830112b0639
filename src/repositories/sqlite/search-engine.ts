// Ranks the documents of one FTS5 index (claims_fts or sources_fts) for a parsed query, in bounded time.
//
// Semantics: a document matches if it holds ANY query group (a word, its typo corrections, or a quantity
// token) and is ranked by bm25, so paraphrases that share only some words still rank.
//
// Why not simply `MATCH 'a OR b OR c' ORDER BY rank`? FTS5 scores every row that matches and, for bm25's
// idf, reads each phrase's whole doclist. With a word in 300,000 of 1,000,000 claims that is ~0.5 s.
// So each group's document count is first measured with a capped scan (LIMIT CAP + 1, ~0.1 ms), then:
//   - "selective" groups (≤ CAP documents, rarest first, within BUDGET documents in all) are OR-ed and
//     ranked by bm25: every document holding one of them is scored;
//   - the remaining, common groups cannot select documents on their own but still add to the score of the
//     selected documents that hold them (an idf-like weight), found by `(selective) AND common` queries,
//     which FTS5 answers by seeking into the common doclist, not scanning it;
//   - the sum is scaled by the share of the query's groups a document holds (coordination), so holding
//     more of the query beats repeating a little of it in a short text;
//   - when every group is common (e.g. "north korea bitcoin" in a huge corpus), the newest WINDOW documents
//     holding ALL groups are returned (or, if none, ANY group), newest first.
// The work per query is therefore bounded by BUDGET scored rows (bm25 reads one docsize row per document)
// plus WINDOW row ids, whatever the corpus size. On a small database every group is selective and this is
// bm25 over OR with coordination.
import type Database from 'better-sqlite3';
import { allOf, anyOf, groupExpression, type QueryGroup } from '../../domain/search-query.js';
import { Vocabulary } from '../../domain/typos.js';
import { byScore, type Candidate, type RankedGroup, type Ranking } from '../search.js';

export const CAP = 1000;
export const BUDGET = 1500;
export const WINDOW = 2000;
const MAX_BONUS_GROUPS = 6;
/**
 * The closest-documents query (the duplicate check on every create) has a fixed cost: each word's
 * documents are counted up to CLOSEST_CAP, and only the rarest words, holding at most CLOSEST_BUDGET
 * documents in all, select the bm25-ranked candidates. A text that is a duplicate shares most of its words
 * (similarity ≥ 0.5 means at least a third of them), so it shares some of the rarest ones too.
 */
const CLOSEST_CAP = 100;
const CLOSEST_BUDGET = 300;
const CLOSEST_GROUPS = 6;
/** Share of the score a document keeps however few groups it holds; the rest scales with their share. */
const COORD_FLOOR = 0.5;
/**
 * The typo vocabulary is a full fts5vocab scan (~2 ms for the seed, ~0.7 s for 1M claims), so it is cached
 * and rebuilt only when the index has grown and the copy is older than 500 times what the scan cost,
 * within 1 s and 10 min: small databases stay current, large ones do not rescan on every write.
 */
const vocabularyMaxAge = (buildMs: number): number => Math.min(10 * 60_000, Math.max(1000, buildMs * 500));

export interface IndexSpec {
  /** The FTS5 table, its fts5vocab table, and the map from its rowids to entity ids. */
  table: string;
  vocab: string;
  docs: string;
  /** bm25 weight of each indexed column, in column order. */
  weights: number[];
}

export { byScore };
export type { Candidate, RankedGroup, Ranking } from '../search.js';

export function createSearchEngine(sqlite: Database.Database, spec: IndexSpec) {
  const countStmt = sqlite.prepare(`SELECT count(*) AS n FROM (SELECT rowid FROM ${spec.table} WHERE ${spec.table} MATCH ? LIMIT ${CAP + 1})`);
  const sizeStmt = sqlite.prepare(`SELECT coalesce(max(doc), 0) AS n FROM ${spec.docs}`);
  const rankStmt = sqlite.prepare(`SELECT rowid AS doc, bm25(${spec.table}, ${spec.weights.join(', ')}) AS s FROM ${spec.table} WHERE ${spec.table} MATCH ?`);
  const docsStmt = sqlite.prepare(`SELECT rowid AS doc FROM ${spec.table} WHERE ${spec.table} MATCH ?`);
  const newestStmt = sqlite.prepare(`SELECT rowid AS doc FROM ${spec.table} WHERE ${spec.table} MATCH ? ORDER BY rowid DESC LIMIT ${WINDOW}`);
  const closestCountStmt = sqlite.prepare(`SELECT count(*) AS n FROM (SELECT rowid FROM ${spec.table} WHERE ${spec.table} MATCH ? LIMIT ${CLOSEST_CAP + 1})`);
  const closestStmt = sqlite.prepare(
    `SELECT rowid AS doc, bm25(${spec.table}, ${spec.weights.join(', ')}) AS s FROM ${spec.table} WHERE ${spec.table} MATCH ? ORDER BY s LIMIT ?`,
  );
  const newestLimitedStmt = sqlite.prepare(`SELECT rowid AS doc FROM ${spec.table} WHERE ${spec.table} MATCH ? ORDER BY rowid DESC LIMIT ?`);
  const vocabStmt = sqlite.prepare(`SELECT term, doc FROM ${spec.vocab} WHERE term NOT GLOB 'q_*' AND term NOT GLOB '*[0-9]*' AND length(term) >= 3`);

  let vocabulary: { value: Vocabulary; builtAt: number; maxAge: number; size: number } | null = null;

  const count = (expression: string): number => (countStmt.get(expression) as { n: number }).n;

  /** The typo vocabulary, built on first use and rebuilt when stale (see vocabularyMaxAge) and the index grew. */
  function getVocabulary(): Vocabulary {
    const size = (sizeStmt.get() as { n: number }).n;
    if (!vocabulary || (Date.now() - vocabulary.builtAt > vocabulary.maxAge && size !== vocabulary.size)) {
      const started = Date.now();
      const rows = vocabStmt.all() as Array<{ term: string; doc: number }>;
      const value = new Vocabulary(rows.map((r) => r.term), rows.map((r) => r.doc));
      vocabulary = { value, builtAt: Date.now(), maxAge: vocabularyMaxAge(Date.now() - started), size };
    }
    return vocabulary.value;
  }

  /** Inverse document frequency as bm25 computes it, for groups scored outside bm25. */
  function idf(df: number, n: number): number {
    return Math.max(1e-6, Math.log((n - df + 0.5) / (df + 0.5)));
  }

  /** With `typos: false`, words not in the index are dropped rather than corrected (no vocabulary scan). */
  function rank(input: QueryGroup[], options: { typos?: boolean } = {}): Ranking {
    const groups: RankedGroup[] = [];
    for (const g of input) {
      let docs = count(groupExpression(g));
      const corrections: string[] = [];
      if (docs === 0 && g.kind === 'word' && options.typos !== false) {
        for (const c of getVocabulary().correct(g.label)) corrections.push(c.term);
        if (corrections.length) docs = count(groupExpression({ terms: [...g.terms, ...corrections] }));
      }
      if (docs > 0) groups.push({ ...g, terms: [...g.terms, ...corrections], corrections, docs, role: 'bonus' });
    }
    const expression = anyOf(groups);
    if (groups.length === 0) return { groups, candidates: [], mode: 'relevance', expression };

    let budget = BUDGET;
    for (const g of [...groups].sort((a, b) => a.docs - b.docs)) {
      if (g.docs > CAP || g.docs > budget) break;
      g.role = 'selective';
      budget -= g.docs;
    }
    const n = Math.max((sizeStmt.get() as { n: number }).n, 1);
    const selective = groups.filter((g) => g.role === 'selective');
    const bonus = groups.filter((g) => g.role === 'bonus').slice(0, MAX_BONUS_GROUPS);

    if (selective.length === 0) {
      const weight = bonus.length * idf(Math.min(n, 2 * CAP), n);
      let docs = newestStmt.all(bonus.map(groupExpression).join(' AND ')) as Array<{ doc: number }>;
      if (docs.length === 0) docs = newestStmt.all(anyOf(bonus)) as Array<{ doc: number }>;
      return { groups, candidates: docs.map((d) => ({ doc: d.doc, score: weight })), mode: 'newest', expression };
    }

    const selected = anyOf(selective);
    const scores = new Map<number, number>();
    const matched = new Map<number, number>();
    const hit = (doc: number) => matched.set(doc, (matched.get(doc) ?? 0) + 1);
    for (const r of rankStmt.all(selected) as Array<{ doc: number; s: number }>) scores.set(r.doc, -r.s);
    // Which groups each document holds (each group's documents are few: this costs what the ranking did).
    for (const g of selective) for (const r of docsStmt.all(groupExpression(g)) as Array<{ doc: number }>) hit(r.doc);
    for (const g of bonus) {
      const w = idf(g.docs > CAP ? Math.min(n, 2 * CAP) : g.docs, n);
      for (const r of docsStmt.all(`(${selected}) AND ${groupExpression(g)}`) as Array<{ doc: number }>) {
        scores.set(r.doc, scores.get(r.doc)! + w);
        hit(r.doc);
      }
    }
    // Coordination (as in Lucene's classic similarity): a document holding more of the query's groups
    // ranks above one that repeats fewer, which bm25's length normalisation alone does not ensure.
    const total = selective.length + bonus.length;
    const candidates = [...scores]
      .map(([doc, score]) => ({ doc, score: score * (COORD_FLOOR + (1 - COORD_FLOOR) * ((matched.get(doc) ?? 0) / total)) }))
      .sort(byScore);
    return { groups, candidates, mode: 'relevance', expression };
  }

  /**
   * At most `k` documents closest to the groups, best first, at a fixed cost whatever the corpus size (see
   * CLOSEST_CAP): bm25 over the rarest groups. When every group is common, the newest documents holding the
   * three rarest. Words missing from the index are dropped, not typo-corrected.
   */
  function closest(input: QueryGroup[], k: number): Candidate[] {
    const counted = input
      .map((g) => ({ g, docs: (closestCountStmt.get(groupExpression(g)) as { n: number }).n }))
      .filter((x) => x.docs > 0)
      .sort((a, b) => a.docs - b.docs);
    if (counted.length === 0) return [];
    const chosen: QueryGroup[] = [];
    let budget = CLOSEST_BUDGET;
    for (const { g, docs } of counted) {
      if (chosen.length >= CLOSEST_GROUPS || docs > CLOSEST_CAP || docs > budget) break;
      chosen.push(g);
      budget -= docs;
    }
    if (chosen.length === 0) {
      const docs = newestLimitedStmt.all(allOf(counted.slice(0, 3).map((x) => x.g)), k) as Array<{ doc: number }>;
      return docs.map((d) => ({ doc: d.doc, score: 0 }));
    }
    return (closestStmt.all(anyOf(chosen), k) as Array<{ doc: number; s: number }>).map((r) => ({ doc: r.doc, score: -r.s }));
  }

  return { rank, closest, getVocabulary };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;
