// Search over PostgreSQL: tsvector documents (claim_search, source_search) with GIN indexes, ranked the
// way the SQLite engine ranks FTS5 (repositories/sqlite/search-engine.ts explains the why):
//   - a document matches if it holds ANY query group (a word, its typo corrections, a quantity token);
//   - each group's document count is measured with a capped scan; "selective" groups (≤ CAP documents,
//     rarest first, within BUDGET) select the candidates, which are scored with bm25 as FTS5 computes it
//     (k1 = 1.2, b = 0.75, idf = ln((N − n + 0.5)/(n + 0.5)), the same column weights), from the term
//     positions and weights the tsvector keeps;
//   - common ("bonus") groups add an idf-like weight to the selected documents that hold them;
//   - coordination scales the score by the share of the query's groups a document holds;
//   - when every group is common, the newest WINDOW documents holding all (else any) of them are returned.
// Typos: a word no document holds is looked up among the index's words (a materialised view of ts_stat,
// refreshed when stale) by trigram similarity (pg_trgm), and the candidates are judged by the same edit
// distance as on SQLite (domain/typos.ts).
// Snippets and highlights come from ts_headline.
import type { QueryGroup } from '../../domain/search-query.js';
import type { ClaimRecord, SourceRecord } from '../../domain/types.js';
import { Vocabulary } from '../../domain/typos.js';
import { byScore, MARK_CLOSE, MARK_OPEN, type Marks, type RankedGroup, type Ranking, type SearchEngine, type SearchIndex } from '../search.js';
import { CLAIM_COLUMNS } from './claims.js';
import type pg from 'pg';
import { queries } from './query.js';
import { SOURCE_COLUMNS } from './sources.js';
import { TS_CONFIG } from './search-vectors.js';

export const CAP = 1000;
export const BUDGET = 1500;
export const WINDOW = 2000;
const MAX_BONUS_GROUPS = 6;
/** Trigram similarity from which an index word is a candidate correction of a misspelt one. */
const TRIGRAM_THRESHOLD = 0.2;
const COORD_FLOOR = 0.5;
const K1 = 1.2;
const B = 0.75;
/** How long the corpus statistics (document count, average length) are reused. */
const STATS_MAX_AGE_MS = 1000;
const vocabularyMaxAge = (buildMs: number): number => Math.min(10 * 60_000, Math.max(1000, buildMs * 500));

interface IndexSpec {
  table: 'claim_search' | 'source_search';
  terms: 'claim_terms' | 'source_terms';
  /** bm25 weight per tsvector weight letter; positionless lexemes (quantity tokens) count as `A`. */
  weights: Record<'A' | 'B' | 'C' | 'D', number>;
}

/** A tsquery literal for one lexeme: quoted, so user input is never read as query syntax. */
const lexemeLiteral = (lexeme: string): string => `'${lexeme.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
const orOf = (lexemes: readonly string[]): string => (lexemes.length === 1 ? lexemeLiteral(lexemes[0]!) : `(${lexemes.map(lexemeLiteral).join(' | ')})`);

interface PgGroup extends RankedGroup {
  lexemes: string[];
}

const groupQuery = (g: Pick<PgGroup, 'lexemes'>): string => orOf(g.lexemes);
const anyOf = (groups: ReadonlyArray<Pick<PgGroup, 'lexemes'>>): string => groups.map(groupQuery).join(' | ');
const allOf = (groups: ReadonlyArray<Pick<PgGroup, 'lexemes'>>): string => groups.map(groupQuery).join(' & ');

function createEngine(pool: pg.Pool, spec: IndexSpec): SearchEngine {
  const q = queries(pool);
  const COUNT = `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${spec.table} WHERE vector @@ $1::tsquery LIMIT ${CAP + 1}) x`;
  const STATS = `SELECT coalesce(max(doc), 0)::int AS n, coalesce(avg(length), 0)::float8 AS avg FROM ${spec.table}`;
  const SIZE = `SELECT coalesce(max(doc), 0)::int AS n FROM ${spec.table}`;
  const TERMS = `SELECT s.doc, s.length, u.lexeme, u.positions, u.weights FROM ${spec.table} s CROSS JOIN LATERAL unnest(s.vector) u ` +
    'WHERE s.vector @@ $1::tsquery AND u.lexeme = ANY($2::text[])';
  const DOCS = `SELECT doc FROM ${spec.table} WHERE vector @@ $1::tsquery`;
  const NEWEST = `SELECT doc FROM ${spec.table} WHERE vector @@ $1::tsquery ORDER BY doc DESC LIMIT ${WINDOW}`;
  const LEXEMES = `SELECT t AS term, coalesce((SELECT array_agg(lexeme) FROM unnest(to_tsvector('${TS_CONFIG}', t))), '{}') AS lexemes FROM unnest($1::text[]) t`;
  const SIMILAR_TERMS = `SELECT term, docs::int AS docs FROM ${spec.terms} WHERE term % $1 ORDER BY similarity(term, $1) DESC LIMIT 200`;

  let stats: { n: number; avg: number; at: number } | null = null;
  let terms: { builtAt: number; maxAge: number; size: number } | null = null;

  const count = async (tsquery: string): Promise<number> => (await q.one<{ n: number }>(COUNT, [tsquery]))!.n;

  async function corpus(): Promise<{ n: number; avg: number }> {
    if (!stats || Date.now() - stats.at > STATS_MAX_AGE_MS) {
      const row = (await q.one<{ n: number; avg: number }>(STATS))!;
      stats = { n: Math.max(row.n, 1), avg: row.avg || 1, at: Date.now() };
    }
    return stats;
  }

  /** The index's words, refreshed on first use and when stale (as SQLite's vocabulary cache). */
  async function freshTerms(): Promise<void> {
    const size = (await q.one<{ n: number }>(SIZE))!.n;
    if (!terms || (Date.now() - terms.builtAt > terms.maxAge && size !== terms.size)) {
      const started = Date.now();
      await pool.query(`REFRESH MATERIALIZED VIEW ${spec.terms}`);
      terms = { builtAt: Date.now(), maxAge: vocabularyMaxAge(Date.now() - started), size };
    }
  }

  async function corrections(word: string): Promise<string[]> {
    await freshTerms();
    // pg_trgm's default threshold (0.3) misses transpositions in short words: "yuobit" shares 3 of 11
    // trigrams with "youbit" (0.27). The candidates are only a shortlist (Vocabulary decides by edit
    // distance, as on SQLite), so they are taken at 0.2, set for this one query in its own transaction.
    const client = await pool.connect();
    let rows: Array<{ term: string; docs: number }>;
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL pg_trgm.similarity_threshold = ${TRIGRAM_THRESHOLD}`);
      rows = (await queries(client).rows<{ term: string; docs: number }>(SIMILAR_TERMS, [word]));
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
    if (rows.length === 0) return [];
    return new Vocabulary(rows.map((r) => r.term), rows.map((r) => r.docs)).correct(word).map((c) => c.term);
  }

  // The corpus size is cached (STATS_MAX_AGE_MS) while document counts are exact, so a claim written since
  // can make df exceed n: the log of a negative number is NaN, and Math.max(1e-6, NaN) is NaN, which then
  // poisons every score. Count such documents in the corpus.
  const idf = (df: number, n: number): number => Math.max(1e-6, Math.log((Math.max(n, df) - df + 0.5) / (df + 0.5)));

  const weightOf = (letter: string | undefined): number => spec.weights[(letter ?? 'A') as 'A'] ?? spec.weights.D;

  const engine = {
    async closest(input: QueryGroup[], k: number) {
      return (await engine.rank(input, { typos: false })).candidates.slice(0, k);
    },
    async rank(input: QueryGroup[], options: { typos?: boolean } = {}): Promise<Ranking> {
      // Words become lexemes as the index stems them; quantity tokens are lexemes already.
      const words = [...new Set(input.filter((g) => g.kind === 'word').flatMap((g) => g.terms))];
      const stems = new Map<string, string[]>();
      if (words.length) for (const r of await q.rows<{ term: string; lexemes: string[] }>(LEXEMES, [words])) stems.set(r.term, r.lexemes);

      const groups: PgGroup[] = [];
      for (const g of input) {
        const lexemes = g.kind === 'quantity' ? [...g.terms] : [...new Set(g.terms.flatMap((t) => stems.get(t) ?? []))];
        let docs = lexemes.length ? await count(orOf(lexemes)) : 0;
        const fixed: string[] = [];
        if (docs === 0 && g.kind === 'word' && options.typos !== false) {
          fixed.push(...(await corrections(g.label)));
          if (fixed.length) docs = await count(orOf([...lexemes, ...fixed]));
        }
        if (docs > 0) groups.push({ ...g, terms: [...g.terms, ...fixed], corrections: fixed, lexemes: [...new Set([...lexemes, ...fixed])], docs, role: 'bonus' });
      }
      const expression = anyOf(groups);
      const strip = (gs: PgGroup[]): RankedGroup[] => gs.map(({ lexemes: _l, ...g }) => g);
      if (groups.length === 0) return { groups: [], candidates: [], mode: 'relevance', expression };

      let budget = BUDGET;
      for (const g of [...groups].sort((a, b) => a.docs - b.docs)) {
        if (g.docs > CAP || g.docs > budget) break;
        g.role = 'selective';
        budget -= g.docs;
      }
      const { n, avg } = await corpus();
      const selective = groups.filter((g) => g.role === 'selective');
      const bonus = groups.filter((g) => g.role === 'bonus').slice(0, MAX_BONUS_GROUPS);

      if (selective.length === 0) {
        const weight = bonus.length * idf(Math.min(n, 2 * CAP), n);
        let docs = await q.rows<{ doc: number }>(NEWEST, [allOf(bonus)]);
        if (docs.length === 0) docs = await q.rows<{ doc: number }>(NEWEST, [anyOf(bonus)]);
        return { groups: strip(groups), candidates: docs.map((d) => ({ doc: d.doc, score: weight })), mode: 'newest', expression };
      }

      // bm25 over the selective groups' lexemes. Every document holding one of them is fetched (they are
      // selective: at most BUDGET documents), so each lexeme's document count is exact.
      const selected = anyOf(selective);
      const lexemes = [...new Set(selective.flatMap((g) => g.lexemes))];
      const rows = await q.rows<{ doc: number; length: number; lexeme: string; positions: number[] | null; weights: string[] | null }>(TERMS, [selected, lexemes]);
      const df = new Map<string, number>();
      for (const r of rows) df.set(r.lexeme, (df.get(r.lexeme) ?? 0) + 1);
      const scores = new Map<number, number>();
      const held = new Map<number, Set<string>>();
      for (const r of rows) {
        const f = r.weights ? r.weights.reduce((sum, w) => sum + weightOf(w), 0) : weightOf('A');
        const s = idf(df.get(r.lexeme)!, n) * ((f * (K1 + 1)) / (f + K1 * (1 - B + (B * r.length) / avg)));
        scores.set(r.doc, (scores.get(r.doc) ?? 0) + s);
        let set = held.get(r.doc);
        if (!set) held.set(r.doc, (set = new Set()));
        set.add(r.lexeme);
      }
      const matched = new Map<number, number>();
      for (const [doc, set] of held) matched.set(doc, selective.filter((g) => g.lexemes.some((l) => set.has(l))).length);
      for (const g of bonus) {
        const w = idf(g.docs > CAP ? Math.min(n, 2 * CAP) : g.docs, n);
        for (const r of await q.rows<{ doc: number }>(DOCS, [`(${selected}) & ${groupQuery(g)}`])) {
          scores.set(r.doc, scores.get(r.doc)! + w);
          matched.set(r.doc, (matched.get(r.doc) ?? 0) + 1);
        }
      }
      const total = selective.length + bonus.length;
      const candidates = [...scores]
        .map(([doc, score]) => ({ doc, score: score * (COORD_FLOOR + (1 - COORD_FLOOR) * ((matched.get(doc) ?? 0) / total)) }))
        .sort(byScore);
      return { groups: strip(groups), candidates, mode: 'relevance', expression };
    },
  };
  return engine;
}

const HIGHLIGHT_ALL = `StartSel="${MARK_OPEN}", StopSel="${MARK_CLOSE}", HighlightAll=true`;
const SNIPPET = (words: number) => `StartSel="${MARK_OPEN}", StopSel="${MARK_CLOSE}", MaxWords=${words}, MinWords=${Math.ceil(words / 2)}, ShortWord=0`;
const qualified = (columns: string, alias: string): string =>
  columns.split(', ').map((c) => `${alias}.${c}`).join(', ');

export function createPgSearchIndex(pool: pg.Pool): SearchIndex {
  const q = queries(pool);
  const claims = createEngine(pool, { table: 'claim_search', terms: 'claim_terms', weights: { A: 1.5, B: 1, C: 0.5, D: 0.5 } });
  const sources = createEngine(pool, { table: 'source_search', terms: 'source_terms', weights: { A: 3, B: 1, C: 1, D: 1 } });
  const CLAIMS_BY_DOC = `SELECT d.doc AS "_doc", ${qualified(CLAIM_COLUMNS, 'c')} FROM claim_search d JOIN claims c ON c.id = d.claim_id WHERE d.doc = ANY($1::int[])`;
  const SOURCES_BY_DOC = `SELECT d.doc AS "_doc", ${qualified(SOURCE_COLUMNS, 's')} FROM source_search d JOIN sources s ON s.id = d.source_id WHERE d.doc = ANY($1::int[])`;
  const CLAIM_MARKS =
    `SELECT ts_headline('${TS_CONFIG}', c.text, $1::tsquery, $3) AS snippet, ts_headline('${TS_CONFIG}', c.text, $1::tsquery, $4) AS h0, ` +
    `CASE WHEN c.claimant IS NULL THEN NULL ELSE ts_headline('${TS_CONFIG}', c.claimant, $1::tsquery, $4) END AS h1, ` +
    `ts_headline('${TS_CONFIG}', (SELECT string_agg(t, ' ') FROM json_array_elements_text(c.tags) t), $1::tsquery, $4) AS h2 ` +
    'FROM claim_search d JOIN claims c ON c.id = d.claim_id WHERE d.doc = $2';
  const SOURCE_MARKS =
    `SELECT ts_headline('${TS_CONFIG}', coalesce(s.content, s.title), $1::tsquery, $3) AS snippet, ts_headline('${TS_CONFIG}', s.title, $1::tsquery, $4) AS h0, ` +
    `CASE WHEN s.publisher IS NULL THEN NULL ELSE ts_headline('${TS_CONFIG}', s.publisher, $1::tsquery, $4) END AS h1 ` +
    'FROM source_search d JOIN sources s ON s.id = d.source_id WHERE d.doc = $2';

  // claims:search without a query lists reviewed claims newest first (see services/search.ts).
  const REVIEWED_DOCS =
    'SELECT d.doc FROM claim_search d JOIN claims c ON c.id = d.claim_id ' +
    "WHERE c.status IN ('verified', 'misleading', 'false', 'unverifiable') OR EXISTS (SELECT 1 FROM external_reviews r WHERE r.claim_id = c.id) " +
    'ORDER BY d.doc DESC';
  const EXTERNAL_SITES =
    'SELECT DISTINCT claim_id AS "claimId", publisher_site AS site FROM external_reviews WHERE claim_id = ANY($1::text[])';

  async function byDoc<R>(sql: string, docs: number[]): Promise<Map<number, R>> {
    const out = new Map<number, R>();
    if (docs.length === 0) return out;
    for (const { _doc, ...row } of await q.rows<R & { _doc: number }>(sql, [docs])) out.set(_doc, row as unknown as R);
    return out;
  }

  return {
    claims,
    sources,
    claimsByDoc: (docs) => byDoc<ClaimRecord>(CLAIMS_BY_DOC, docs),
    sourcesByDoc: (docs) => byDoc<SourceRecord>(SOURCES_BY_DOC, docs),
    claimMarks: (expression, doc) => (expression ? q.one<Marks>(CLAIM_MARKS, [expression, doc, SNIPPET(40), HIGHLIGHT_ALL]) : undefined),
    sourceMarks: (expression, doc) => (expression ? q.one<Marks>(SOURCE_MARKS, [expression, doc, SNIPPET(24), HIGHLIGHT_ALL]) : undefined),
    async reviewedClaimDocs() {
      return (await q.rows<{ doc: number }>(REVIEWED_DOCS)).map((r) => r.doc);
    },
    async externalReviewSites(claimIds) {
      const out = new Map<string, string[]>();
      if (claimIds.length === 0) return out;
      for (const { claimId, site } of await q.rows<{ claimId: string; site: string }>(EXTERNAL_SITES, [claimIds])) out.set(claimId, [...(out.get(claimId) ?? []), site]);
      return out;
    },
    async claimDoc(id) {
      return (await q.one<{ doc: number }>('SELECT doc FROM claim_search WHERE claim_id = $1', [id]))?.doc;
    },
  };
}
