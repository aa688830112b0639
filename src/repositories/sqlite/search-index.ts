// The full-text side of storage: the FTS5 rankings (search-engine.ts) and the statements that turn their
// document numbers back into claims and sources and mark the words that matched. Reads only: the
// indexes are kept up to date by triggers (migrations/0002_search-index.sql).
import type Database from 'better-sqlite3';
import type { ClaimRecord, SourceRecord } from '../../domain/types.js';
import { CLAIM_COLUMNS, claimFromRow } from './claims.js';
import { MARK_CLOSE, MARK_OPEN, type Marks, type SearchIndex } from '../search.js';
import { createSearchEngine, type SearchEngine } from './search-engine.js';

export { MARK_CLOSE, MARK_OPEN } from '../search.js';
export type { Marks } from '../search.js';

export interface SqliteSearchIndex extends SearchIndex {
  claims: SearchEngine;
  sources: SearchEngine;
  claimsByDoc(docs: number[]): Map<number, ClaimRecord>;
  sourcesByDoc(docs: number[]): Map<number, SourceRecord>;
  claimMarks(expression: string, doc: number): Marks | undefined;
  sourceMarks(expression: string, doc: number): Marks | undefined;
  reviewedClaimDocs(): number[];
  externalReviewSites(claimIds: string[]): Map<string, string[]>;
  claimDoc(id: string): number | undefined;
}

const SOURCE_COLUMNS =
  's.id, s.url, s.canonical_url AS canonicalUrl, s.citation, s.title, s.publisher, s.author, s.published_at AS publishedAt, s.kind, s.content, ' +
  's.content_sha256 AS contentSha256, s.retrieved_at AS retrievedAt, s.version, s.created_at AS createdAt, s.created_by AS createdBy, s.updated_at AS updatedAt';
const QUALIFIED_CLAIM_COLUMNS = CLAIM_COLUMNS.split(', ').map((c) => `c.${c}`).join(', ');

export function createSearchIndex(sqlite: Database.Database): SqliteSearchIndex {
  // Column weights: a claim's own words and numbers matter most; claimant and tags help but should not
  // outrank the text. For sources the title counts triple against the (long) snapshot.
  const claims = createSearchEngine(sqlite, { table: 'claims_fts', vocab: 'claims_fts_vocab', docs: 'claim_search_docs', weights: [1, 0.5, 0.5, 1.5] });
  const sources = createSearchEngine(sqlite, { table: 'sources_fts', vocab: 'sources_fts_vocab', docs: 'source_search_docs', weights: [3, 1, 1] });

  // One join per chunk of documents, not a lookup per document.
  // Raw rows (doc, then the claim's columns): see claimFromRow.
  const claimRows = sqlite
    .prepare<[string], unknown[]>(`SELECT d.doc AS doc, ${QUALIFIED_CLAIM_COLUMNS} FROM claim_search_docs d JOIN claims c ON c.id = d.claim_id WHERE d.doc IN (SELECT value FROM json_each(?))`)
    .raw(true);
  const sourceRows = sqlite.prepare<[string], SourceRecord & { doc: number }>(
    `SELECT d.doc AS doc, ${SOURCE_COLUMNS} FROM source_search_docs d JOIN sources s ON s.id = d.source_id WHERE d.doc IN (SELECT value FROM json_each(?))`,
  );
  const reviewedDocsStmt = sqlite
    .prepare<[], number>(
      `SELECT d.doc FROM claim_search_docs d JOIN claims c ON c.id = d.claim_id
       WHERE c.status IN ('verified', 'misleading', 'false', 'unverifiable')
          OR EXISTS (SELECT 1 FROM external_reviews r WHERE r.claim_id = c.id)
       ORDER BY d.doc DESC`,
    )
    .pluck();
  const externalSitesStmt = sqlite.prepare<[string], { claimId: string; site: string }>(
    'SELECT DISTINCT claim_id AS claimId, publisher_site AS site FROM external_reviews WHERE claim_id IN (SELECT value FROM json_each(?))',
  );
  const claimDocStmt = sqlite.prepare<[string], { doc: number }>('SELECT doc FROM claim_search_docs WHERE claim_id = ?');
  // `rowid = CAST(? AS INTEGER)`: better-sqlite3 binds a JS number as REAL, and FTS5 then ignores the rowid
  // constraint (every matching row comes back), so the cast is needed.
  const claimMarksStmt = sqlite.prepare<[string, number], Marks>(
    `SELECT snippet(claims_fts, 0, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 40) AS snippet,
            highlight(claims_fts, 0, '${MARK_OPEN}', '${MARK_CLOSE}') AS h0,
            highlight(claims_fts, 1, '${MARK_OPEN}', '${MARK_CLOSE}') AS h1,
            highlight(claims_fts, 2, '${MARK_OPEN}', '${MARK_CLOSE}') AS h2
     FROM claims_fts WHERE claims_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
  );
  const sourceMarksStmt = sqlite.prepare<[string, number], Marks>(
    `SELECT snippet(sources_fts, -1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 24) AS snippet,
            highlight(sources_fts, 0, '${MARK_OPEN}', '${MARK_CLOSE}') AS h0,
            highlight(sources_fts, 1, '${MARK_OPEN}', '${MARK_CLOSE}') AS h1
     FROM sources_fts WHERE sources_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
  );

  return {
    claims,
    sources,
    claimsByDoc(docs) {
      const out = new Map<number, ClaimRecord>();
      if (docs.length === 0) return out;
      for (const row of claimRows.all(JSON.stringify(docs))) out.set(row[0] as number, claimFromRow(row, 1));
      return out;
    },
    sourcesByDoc(docs) {
      const out = new Map<number, SourceRecord>();
      if (docs.length === 0) return out;
      for (const { doc, ...row } of sourceRows.all(JSON.stringify(docs))) out.set(doc, row);
      return out;
    },
    claimMarks: (expression, doc) => claimMarksStmt.get(expression, doc),
    sourceMarks: (expression, doc) => sourceMarksStmt.get(expression, doc),
    reviewedClaimDocs: () => reviewedDocsStmt.all(),
    externalReviewSites(claimIds) {
      const out = new Map<string, string[]>();
      if (claimIds.length === 0) return out;
      for (const { claimId, site } of externalSitesStmt.all(JSON.stringify(claimIds))) out.set(claimId, [...(out.get(claimId) ?? []), site]);
      return out;
    },
    claimDoc: (id) => claimDocStmt.get(id)?.doc,
  };
}
