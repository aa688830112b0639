// Claims over PostgreSQL: one row per claim, claim_tags rows for ?tag=, and the claim's search document
// (claim_search) written in the same statement sequence, so the index is always in step with the claims.
import type { ClaimRecord, ClaimStatus, Stance } from '../../domain/types.js';
import type { ClaimChange, ClaimListFilter, ClaimsRepository } from '../types.js';
import { columns, params, queries, setClause, type Queryable } from './query.js';
import { CLAIM_VECTOR, quantityTokens } from './search-vectors.js';

export const CLAIM_FIELDS: Record<string, string> = {
  id: 'id', text: 'text', claimant: 'claimant', claimantType: 'claimant_type', claimDate: 'claim_date', language: 'language', tags: 'tags',
  firstAppearanceSourceId: 'first_appearance_source_id', firstAppearanceUrl: 'first_appearance_url', appearances: 'appearances', status: 'status',
  statusRationale: 'status_rationale', verdictLabel: 'verdict_label', reviewedBy: 'reviewed_by', reviewedAt: 'reviewed_at', quantities: 'quantities',
  version: 'version', createdAt: 'created_at', createdBy: 'created_by', updatedAt: 'updated_at',
  requestCount: 'request_count', requesterCount: 'requester_count',
};
export const CLAIM_COLUMNS = columns(CLAIM_FIELDS);
const { id: _id, version: _v, createdAt: _c, createdBy: _cb, updatedAt: _u, requestCount: _rc, requesterCount: _rq, ...CHANGEABLE } = CLAIM_FIELDS;
const JSON_FIELDS = new Set(['tags', 'quantities', 'appearances']);

const BY_ID = `SELECT ${CLAIM_COLUMNS} FROM claims WHERE id = $1`;
const MANY = `SELECT ${CLAIM_COLUMNS} FROM claims WHERE id = ANY($1::text[])`;
const INSERT =
  'INSERT INTO claims (id, text, claimant, claimant_type, claim_date, language, tags, first_appearance_source_id, first_appearance_url, appearances, status, ' +
  'status_rationale, verdict_label, reviewed_by, reviewed_at, quantities, version, created_at, created_by, updated_at, request_count, requester_count) ' +
  `VALUES (${params(22)})`;
const DELETE_TAGS = 'DELETE FROM claim_tags WHERE claim_id = $1';
const INSERT_TAGS = 'INSERT INTO claim_tags (claim_id, tag) SELECT $1, t FROM unnest($2::text[]) t ON CONFLICT DO NOTHING';
// The search document: inserted for a new claim, rewritten (same document number) when its words change.
const WRITE_SEARCH =
  `INSERT INTO claim_search (claim_id, vector, length) SELECT $1, v, (SELECT coalesce(sum(coalesce(array_length(u.positions, 1), 1)), 0)::int FROM unnest(v) u) ` +
  `FROM (SELECT ${CLAIM_VECTOR} AS v) x ON CONFLICT (claim_id) DO UPDATE SET vector = excluded.vector, length = excluded.length`;
const ACTIVE_STANCES = 'SELECT stance FROM evidence WHERE claim_id = $1 AND retracted_at IS NULL';
const BY_TEXT = 'SELECT id FROM claims WHERE text = $1 LIMIT 1';
// claims_text_idx (hash) answers each text of an import file's batch.
const EXISTING_TEXTS = 'SELECT DISTINCT text FROM claims WHERE text = ANY($1::text[])';
const ANY = 'SELECT 1 AS one FROM claims LIMIT 1';
const ALL = `SELECT ${CLAIM_COLUMNS} FROM claims ORDER BY id`;
// The expression of claims_language_idx.
const PRIMARY_LANGUAGE = "lower(split_part(language, '-', 1))";
// Publishing and requests do not change the claim (nor move its version), so their events are not its last change.
const LAST_CHANGE =
  'SELECT k.id AS id, k.name AS name, a.at AS at FROM audit_events a JOIN api_keys k ON k.id = a.actor_id ' +
  "WHERE a.claim_id = $1 AND a.entity_type IN ('claim', 'evidence') ORDER BY a.seq DESC LIMIT 1";
// Both counts come from requests_claim_idx (claim_id, requester_hash, …) alone.
const RECOUNT_DEMAND =
  'UPDATE claims SET request_count = (SELECT count(*) FROM requests WHERE claim_id = $1), ' +
  'requester_count = (SELECT count(DISTINCT requester_hash) FROM requests WHERE claim_id = $1) WHERE id = $1 ' +
  'RETURNING request_count AS "requestCount", requester_count AS "requesterCount"';

function filters(f: Omit<ClaimListFilter, 'limit'>): { where: string[]; values: unknown[] } {
  const where: string[] = [];
  const values: unknown[] = [];
  const add = (sql: (n: string) => string, v: unknown) => { values.push(v); where.push(sql(`$${values.length}`)); };
  if (f.claimant) add((n) => `claimant = ${n}`, f.claimant);
  if (f.updatedSince) add((n) => `updated_at >= ${n}`, f.updatedSince);
  if (f.tag) add((n) => `EXISTS (SELECT 1 FROM claim_tags WHERE claim_tags.claim_id = claims.id AND claim_tags.tag = ${n})`, f.tag);
  if (f.language) add((n) => `${PRIMARY_LANGUAGE} = ${n}`, f.language);
  if (f.minRequests) add((n) => `request_count >= ${n}`, f.minRequests);
  return { where, values };
}

export function pgClaims(db: Queryable): ClaimsRepository {
  const q = queries(db);

  async function writeTags(claimId: string, tags: readonly string[], replace: boolean): Promise<void> {
    if (replace) await q.run(DELETE_TAGS, [claimId]);
    if (tags.length) await q.run(INSERT_TAGS, [claimId, tags]);
  }

  const writeSearch = (c: Pick<ClaimRecord, 'id' | 'text' | 'claimant' | 'tags' | 'quantities'>) =>
    q.run(WRITE_SEARCH, [c.id, c.text, c.claimant ?? '', c.tags.join(' '), quantityTokens(c.quantities)]);

  async function insert(c: ClaimRecord): Promise<void> {
    await q.run(INSERT, [
      c.id, c.text, c.claimant, c.claimantType, c.claimDate, c.language, JSON.stringify(c.tags), c.firstAppearanceSourceId, c.firstAppearanceUrl,
      JSON.stringify(c.appearances), c.status, c.statusRationale, c.verdictLabel, c.reviewedBy, c.reviewedAt, JSON.stringify(c.quantities),
      c.version, c.createdAt, c.createdBy, c.updatedAt, c.requestCount, c.requesterCount,
    ]);
    await writeTags(c.id, c.tags, false);
    await writeSearch(c);
  }

  return {
    find: (id) => q.one<ClaimRecord>(BY_ID, [id]),
    async findMany(ids) {
      if (ids.length === 0) return [];
      return q.rows<ClaimRecord>(MANY, [ids]);
    },
    async findIdByText(text) {
      return (await q.one<{ id: string }>(BY_TEXT, [text]))?.id;
    },
    async existingTexts(texts) {
      if (texts.length === 0) return new Set();
      return new Set((await q.rows<{ text: string }>(EXISTING_TEXTS, [texts])).map((r) => r.text));
    },
    insert,
    async insertMany(rows) {
      for (const c of rows) await insert(c);
    },
    async update(id, expectedVersion, change: ClaimChange, at) {
      const fields = Object.keys(change).filter((f) => (change as Record<string, unknown>)[f] !== undefined).sort();
      const values = fields.map((f) => {
        const v = (change as Record<string, unknown>)[f];
        return JSON_FIELDS.has(f) ? JSON.stringify(v) : v;
      });
      const n = fields.length;
      const set = n ? `${setClause(fields, CHANGEABLE)}, ` : '';
      // Compare-and-set in one statement: under concurrent writers (other instances) the row lock makes the
      // second UPDATE re-check `version` against the committed row, so exactly one of them wins.
      const sql = `UPDATE claims SET ${set}version = version + 1, updated_at = $${n + 1} WHERE id = $${n + 2} AND version = $${n + 3} RETURNING ${CLAIM_COLUMNS}`;
      const row = await q.one<ClaimRecord>(sql, [...values, at, id, expectedVersion]);
      if (!row) return undefined;
      if (change.tags) await writeTags(id, change.tags, true);
      if (change.text !== undefined || change.claimant !== undefined || change.tags || change.quantities) await writeSearch(row);
      return row;
    },
    async activeStances(claimId) {
      return (await q.rows<{ stance: Stance }>(ACTIVE_STANCES, [claimId])).map((r) => r.stance);
    },
    async list(f) {
      const { where, values } = filters(f);
      if (f.status?.length) { values.push(f.status); where.push(`status = ANY($${values.length}::text[])`); }
      let order = 'id DESC';
      if (f.sort === 'demand') {
        // Keyset on (request_count, id), the order of claims_demand_idx.
        order = 'request_count DESC, id DESC';
        if (f.demandCursor) {
          values.push(f.demandCursor.requestCount, f.demandCursor.id);
          where.push(`(request_count, id) < ($${values.length - 1}::int, $${values.length})`);
        }
      } else if (f.cursor) { values.push(f.cursor); where.push(`id < $${values.length}`); }
      values.push(f.limit + 1);
      const sql = `SELECT ${CLAIM_COLUMNS} FROM claims${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT $${values.length}`;
      return q.rows<ClaimRecord>(sql, values);
    },
    all: () => q.rows<ClaimRecord>(ALL),
    async countByStatus(f) {
      const { where, values } = filters(f);
      const sql = `SELECT status, count(*)::int AS n FROM claims${where.length ? ` WHERE ${where.join(' AND ')}` : ''} GROUP BY status`;
      return q.rows<{ status: ClaimStatus; n: number }>(sql, values);
    },
    lastChange: (claimId) => q.one<{ id: string; name: string; at: string }>(LAST_CHANGE, [claimId]),
    async recountDemand(claimId) {
      const counts = await q.one<{ requestCount: number; requesterCount: number }>(RECOUNT_DEMAND, [claimId]);
      if (!counts) throw new Error(`recountDemand: no claim ${claimId}`);
      return counts;
    },
    async isEmpty() {
      return (await q.one(ANY)) === undefined;
    },
  };
}
