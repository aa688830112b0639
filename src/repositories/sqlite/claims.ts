// Claims over SQLite: one row per claim plus claim_tags rows so that ?tag= is an index lookup.
import type Database from 'better-sqlite3';
import type { ClaimRecord, ClaimStatus, Stance } from '../../domain/types.js';
import type { ClaimChange, ClaimListFilter, ClaimsRepository } from '../types.js';
import { placeholders, setClause, statementCache } from './statements.js';

export const CLAIM_COLUMNS =
  'id, text, claimant, claimant_type AS claimantType, claim_date AS claimDate, language, tags, first_appearance_source_id AS firstAppearanceSourceId, ' +
  'first_appearance_url AS firstAppearanceUrl, appearances, status, status_rationale AS statusRationale, verdict_label AS verdictLabel, reviewed_by AS reviewedBy, ' +
  'reviewed_at AS reviewedAt, quantities, version, created_at AS createdAt, created_by AS createdBy, updated_at AS updatedAt, ' +
  'request_count AS requestCount, requester_count AS requesterCount';

const COLUMN: Record<string, string> = {
  text: 'text', claimant: 'claimant', claimantType: 'claimant_type', appearances: 'appearances', verdictLabel: 'verdict_label', claimDate: 'claim_date', language: 'language', tags: 'tags',
  firstAppearanceSourceId: 'first_appearance_source_id', firstAppearanceUrl: 'first_appearance_url', status: 'status',
  statusRationale: 'status_rationale', reviewedBy: 'reviewed_by', reviewedAt: 'reviewed_at', quantities: 'quantities',
};
const JSON_FIELDS = new Set(['tags', 'quantities', 'appearances']);

/** A row as SQLite returns it: the JSON columns are still text. */
export type RawClaim = Omit<ClaimRecord, 'tags' | 'quantities' | 'appearances'> & { tags: string; quantities: string; appearances: string };

/**
 * A claim from a row read in raw (array) mode, its CLAIM_COLUMNS starting at `at`. Pages of claims (lists,
 * search hits) read this way: better-sqlite3 builds a keyed object per row, by name, which for 22
 * columns cost more than the query; one object literal in a fixed shape is a few times cheaper.
 */
export function claimFromRow(r: unknown[], at = 0): ClaimRecord {
  return {
    id: r[at] as string,
    text: r[at + 1] as string,
    claimant: r[at + 2] as string | null,
    claimantType: r[at + 3] as ClaimRecord['claimantType'],
    claimDate: r[at + 4] as string | null,
    language: r[at + 5] as string,
    tags: JSON.parse(r[at + 6] as string) as string[],
    firstAppearanceSourceId: r[at + 7] as string | null,
    firstAppearanceUrl: r[at + 8] as string | null,
    appearances: JSON.parse(r[at + 9] as string) as ClaimRecord['appearances'],
    status: r[at + 10] as ClaimRecord['status'],
    statusRationale: r[at + 11] as string | null,
    verdictLabel: r[at + 12] as string | null,
    reviewedBy: r[at + 13] as string | null,
    reviewedAt: r[at + 14] as string | null,
    quantities: JSON.parse(r[at + 15] as string) as ClaimRecord['quantities'],
    version: r[at + 16] as number,
    createdAt: r[at + 17] as string,
    createdBy: r[at + 18] as string,
    updatedAt: r[at + 19] as string,
    requestCount: r[at + 20] as number,
    requesterCount: r[at + 21] as number,
  };
}

export function toClaim(raw: RawClaim): ClaimRecord {
  const row = raw as unknown as ClaimRecord;
  row.tags = JSON.parse(raw.tags) as string[];
  row.quantities = JSON.parse(raw.quantities) as ClaimRecord['quantities'];
  row.appearances = JSON.parse(raw.appearances) as ClaimRecord['appearances'];
  return row;
}

const BY_ID = `SELECT ${CLAIM_COLUMNS} FROM claims WHERE id = ?`;
const INSERT_INTO =
  'INSERT INTO claims (id, text, claimant, claimant_type, claim_date, language, tags, first_appearance_source_id, first_appearance_url, appearances, status, ' +
  'status_rationale, verdict_label, reviewed_by, reviewed_at, quantities, version, created_at, created_by, updated_at, request_count, requester_count) VALUES ';
const ROW = `(${placeholders(22)})`;
const INSERT = INSERT_INTO + ROW;
// insertMany: up to this many claims per INSERT (22 parameters each, 11,000 in all; SQLite allows 32,766).
// claims has an AFTER INSERT trigger, so every INSERT on it runs in a statement sub-transaction whose
// journal receives each page the statement touches (the writer keeps it in memory, see storage.ts; it was a
// temporary file before); one statement per claim copied every touched page again for each claim, one per
// 500 claims copies it once.
const ROWS_PER_INSERT = 500;
const insertRows = (n: number) => INSERT_INTO + Array.from({ length: n }, () => ROW).join(', ');
// The search index for a bulk insert (migrations/0010): the trigger only maps claims to docs while
// claim_search_deferred has its row; then the new docs (doc is a rowid: new ones are above the old maximum)
// are indexed in one statement, from the same view the trigger reads.
const MAX_DOC = 'SELECT coalesce(max(doc), 0) FROM claim_search_docs';
const DEFER_SEARCH = 'INSERT INTO claim_search_deferred (one) VALUES (1)';
const RESUME_SEARCH = 'DELETE FROM claim_search_deferred';
const INDEX_DOCS_AFTER =
  'INSERT INTO claims_fts (rowid, text, claimant, tags, quantities) SELECT doc, text, claimant, tags, quantities FROM claim_search_rows WHERE doc > ?';
const DELETE_TAGS = 'DELETE FROM claim_tags WHERE claim_id = ?';
const INSERT_TAG = 'INSERT OR IGNORE INTO claim_tags (claim_id, tag) VALUES (?, ?)';
const ACTIVE_STANCES = 'SELECT stance FROM evidence WHERE claim_id = ? AND retracted_at IS NULL';
const BY_TEXT = 'SELECT id FROM claims WHERE text = ? LIMIT 1';
// claims.text has no index (it would double the table's size): one scan answers a whole import file.
const EXISTING_TEXTS = 'SELECT DISTINCT text FROM claims WHERE text IN (SELECT value FROM json_each(?))';
const ANY = 'SELECT 1 AS one FROM claims LIMIT 1';
const ALL = `SELECT ${CLAIM_COLUMNS} FROM claims ORDER BY id`;
const MANY = `SELECT ${CLAIM_COLUMNS} FROM claims WHERE id IN (SELECT value FROM json_each(?))`;
// The expression of claims_language_idx, so that the filter and the order come from that index.
const PRIMARY_LANGUAGE = "lower(substr(language, 1, instr(language || '-', '-') - 1))";

// Both counts come from requests_claim_idx (claim_id, requester_hash, …) alone.
const RECOUNT_DEMAND =
  'UPDATE claims SET request_count = (SELECT count(*) FROM requests WHERE claim_id = @id), ' +
  'requester_count = (SELECT count(DISTINCT requester_hash) FROM requests WHERE claim_id = @id) WHERE id = @id ' +
  'RETURNING request_count AS requestCount, requester_count AS requesterCount';

// Publishing and requests do not change the claim (nor move its version), so their events are not its last change.
const LAST_CHANGE =
  "SELECT k.id AS id, k.name AS name, a.at AS at FROM audit_events a JOIN api_keys k ON k.id = a.actor_id WHERE a.claim_id = ? AND a.entity_type IN ('claim', 'evidence') ORDER BY a.seq DESC LIMIT 1";

/** The filters list and countByStatus share (everything but status and the cursor). */
function filters(f: Omit<ClaimListFilter, 'limit'>): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.claimant) { where.push('claimant = ?'); params.push(f.claimant); }
  if (f.updatedSince) { where.push('updated_at >= ?'); params.push(f.updatedSince); }
  if (f.tag) { where.push('EXISTS (SELECT 1 FROM claim_tags WHERE claim_tags.claim_id = claims.id AND claim_tags.tag = ?)'); params.push(f.tag); }
  if (f.language) { where.push(`${PRIMARY_LANGUAGE} = ?`); params.push(f.language); }
  if (f.minRequests) { where.push('request_count >= ?'); params.push(f.minRequests); }
  return { where, params };
}

/** The values of INSERT's columns, in order. */
function columnValues(c: ClaimRecord): unknown[] {
  return [
    c.id, c.text, c.claimant, c.claimantType, c.claimDate, c.language, JSON.stringify(c.tags), c.firstAppearanceSourceId, c.firstAppearanceUrl,
    JSON.stringify(c.appearances), c.status, c.statusRationale, c.verdictLabel, c.reviewedBy, c.reviewedAt, JSON.stringify(c.quantities), c.version, c.createdAt, c.createdBy, c.updatedAt,
    c.requestCount, c.requesterCount,
  ];
}

export function sqliteClaims(db: Database.Database): ClaimsRepository {
  const q = statementCache(db);

  function writeTags(claimId: string, tags: readonly string[]): void {
    q(DELETE_TAGS).run(claimId);
    const insert = q<[string, string]>(INSERT_TAG);
    for (const tag of tags) insert.run(claimId, tag);
  }

  return {
    async find(id) {
      const raw = q<[string], RawClaim>(BY_ID).get(id);
      return raw && toClaim(raw);
    },
    async findMany(ids) {
      if (ids.length === 0) return [];
      return q<[string], RawClaim>(MANY).all(JSON.stringify(ids)).map(toClaim);
    },
    async findIdByText(text) {
      return q<[string], { id: string }>(BY_TEXT).get(text)?.id;
    },
    async existingTexts(texts) {
      if (texts.length === 0) return new Set();
      return new Set(q<[string], string>(EXISTING_TEXTS).pluck().all(JSON.stringify(texts)));
    },
    async insert(c) {
      q(INSERT).run(...columnValues(c));
      if (c.tags.length) writeTags(c.id, c.tags);
    },
    async insertMany(rows) {
      if (rows.length === 0) return;
      const lastDoc = q<[], number>(MAX_DOC).pluck().get()!;
      q(DEFER_SEARCH).run();
      try {
        for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
          const chunk = rows.slice(i, i + ROWS_PER_INSERT);
          q(insertRows(chunk.length)).run(...chunk.flatMap(columnValues));
        }
        // New claims have no tag rows yet: nothing to delete first.
        const insertTag = q<[string, string]>(INSERT_TAG);
        for (const c of rows) for (const tag of c.tags) insertTag.run(c.id, tag);
      } finally {
        // Also after a failed statement (which SQLite undid): what was inserted is indexed, nothing twice.
        q(RESUME_SEARCH).run();
        q(INDEX_DOCS_AFTER).run(lastDoc);
      }
    },
    async update(id, expectedVersion, change: ClaimChange, at) {
      const fields = Object.keys(change).filter((f) => (change as Record<string, unknown>)[f] !== undefined).sort();
      const values = fields.map((f) => {
        const v = (change as Record<string, unknown>)[f];
        return JSON_FIELDS.has(f) ? JSON.stringify(v) : v;
      });
      const set = fields.length ? `${setClause(fields, COLUMN)}, ` : '';
      const sql = `UPDATE claims SET ${set}version = version + 1, updated_at = ? WHERE id = ? AND version = ? RETURNING ${CLAIM_COLUMNS}`;
      const raw = q<unknown[], RawClaim>(sql).get(...values, at, id, expectedVersion);
      if (!raw) return undefined;
      if (change.tags) writeTags(id, change.tags);
      return toClaim(raw);
    },
    async activeStances(claimId) {
      return q<[string], Stance>(ACTIVE_STANCES).pluck().all(claimId);
    },
    async list(f: ClaimListFilter) {
      const { where, params } = filters(f);
      if (f.status?.length) { where.push(`status IN (${placeholders(f.status.length)})`); params.push(...f.status); }
      let order = 'id DESC';
      if (f.sort === 'demand') {
        // Keyset on (request_count, id), the order of claims_demand_idx.
        order = 'request_count DESC, id DESC';
        if (f.demandCursor) { where.push('(request_count < ? OR (request_count = ? AND id < ?))'); params.push(f.demandCursor.requestCount, f.demandCursor.requestCount, f.demandCursor.id); }
      } else if (f.cursor) { where.push('id < ?'); params.push(f.cursor); }
      const sql = `SELECT ${CLAIM_COLUMNS} FROM claims${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ?`;
      return q<unknown[], unknown[]>(sql).raw(true).all(...params, f.limit + 1).map((r) => claimFromRow(r));
    },
    async all() {
      return q<[], RawClaim>(ALL).all().map(toClaim);
    },
    async countByStatus(f) {
      const { where, params } = filters(f);
      const sql = `SELECT status, count(*) AS n FROM claims${where.length ? ` WHERE ${where.join(' AND ')}` : ''} GROUP BY status`;
      return q<unknown[], { status: ClaimStatus; n: number }>(sql).all(...params);
    },
    async recountDemand(claimId) {
      const counts = q<[{ id: string }], { requestCount: number; requesterCount: number }>(RECOUNT_DEMAND).get({ id: claimId });
      if (!counts) throw new Error(`recountDemand: no claim ${claimId}`);
      return counts;
    },
    async lastChange(claimId) {
      return q<[string], { id: string; name: string; at: string }>(LAST_CHANGE).get(claimId);
    },
    async isEmpty() {
      return q<[], { one: number }>(ANY).get() === undefined;
    },
  };
}
