// Sources over PostgreSQL, with their search document (source_search) kept in step.
import type { SourceRecord } from '../../domain/types.js';
import type { SourceChange, SourcesRepository } from '../types.js';
import { columns, params, queries, setClause, type Queryable } from './query.js';
import { SOURCE_VECTOR } from './search-vectors.js';

export const SOURCE_FIELDS: Record<string, string> = {
  id: 'id', url: 'url', canonicalUrl: 'canonical_url', citation: 'citation', title: 'title', publisher: 'publisher', author: 'author',
  publishedAt: 'published_at', kind: 'kind', content: 'content', contentSha256: 'content_sha256', retrievedAt: 'retrieved_at',
  version: 'version', createdAt: 'created_at', createdBy: 'created_by', updatedAt: 'updated_at',
};
export const SOURCE_COLUMNS = columns(SOURCE_FIELDS);
const { id: _id, version: _v, createdAt: _c, createdBy: _cb, updatedAt: _u, ...CHANGEABLE } = SOURCE_FIELDS;

const BY_ID = `SELECT ${SOURCE_COLUMNS} FROM sources WHERE id = $1`;
const BY_URL = `SELECT ${SOURCE_COLUMNS} FROM sources WHERE canonical_url = $1`;
const MANY = `SELECT ${SOURCE_COLUMNS} FROM sources WHERE id = ANY($1::text[])`;
const BY_SHA = 'SELECT id FROM sources WHERE content_sha256 = $1 LIMIT 1';
const BY_TITLE_CITATION = 'SELECT id FROM sources WHERE title = $1 AND citation IS NOT DISTINCT FROM $2 LIMIT 1';
const ALL = `SELECT ${SOURCE_COLUMNS} FROM sources ORDER BY id`;
const INSERT =
  'INSERT INTO sources (id, url, canonical_url, citation, title, publisher, author, published_at, kind, content, content_sha256, ' +
  `retrieved_at, version, created_at, created_by, updated_at) VALUES (${params(16)})`;
const WRITE_SEARCH =
  `INSERT INTO source_search (source_id, vector, length) SELECT $1, v, (SELECT coalesce(sum(coalesce(array_length(u.positions, 1), 1)), 0)::int FROM unnest(v) u) ` +
  `FROM (SELECT ${SOURCE_VECTOR} AS v) x ON CONFLICT (source_id) DO UPDATE SET vector = excluded.vector, length = excluded.length`;

export function pgSources(db: Queryable): SourcesRepository {
  const q = queries(db);
  const writeSearch = (s: Pick<SourceRecord, 'id' | 'title' | 'publisher' | 'content'>) =>
    q.run(WRITE_SEARCH, [s.id, s.title, s.publisher ?? '', s.content ?? '']);
  return {
    find: (id) => q.one<SourceRecord>(BY_ID, [id]),
    async findMany(ids) {
      if (ids.length === 0) return [];
      return q.rows<SourceRecord>(MANY, [ids]);
    },
    findByCanonicalUrl: (url) => q.one<SourceRecord>(BY_URL, [url]),
    async findIdByContentSha256(sha) {
      return (await q.one<{ id: string }>(BY_SHA, [sha]))?.id;
    },
    async findIdByTitleAndCitation(title, citation) {
      return (await q.one<{ id: string }>(BY_TITLE_CITATION, [title, citation]))?.id;
    },
    async insert(s) {
      await q.run(INSERT, [
        s.id, s.url, s.canonicalUrl, s.citation, s.title, s.publisher, s.author, s.publishedAt, s.kind, s.content, s.contentSha256,
        s.retrievedAt, s.version, s.createdAt, s.createdBy, s.updatedAt,
      ]);
      await writeSearch(s);
    },
    async update(id, expectedVersion, change: SourceChange, at) {
      const fields = Object.keys(change).filter((f) => (change as Record<string, unknown>)[f] !== undefined).sort();
      const values = fields.map((f) => (change as Record<string, unknown>)[f]);
      const n = fields.length;
      const set = n ? `${setClause(fields, CHANGEABLE)}, ` : '';
      const sql = `UPDATE sources SET ${set}version = version + 1, updated_at = $${n + 1} WHERE id = $${n + 2} AND version = $${n + 3} RETURNING ${SOURCE_COLUMNS}`;
      const row = await q.one<SourceRecord>(sql, [...values, at, id, expectedVersion]);
      if (row && (change.title !== undefined || change.publisher !== undefined || change.content !== undefined)) await writeSearch(row);
      return row;
    },
    async list({ limit, cursor, kind }) {
      const where: string[] = [];
      const values: unknown[] = [];
      if (cursor) { values.push(cursor); where.push(`id < $${values.length}`); }
      if (kind) { values.push(kind); where.push(`kind = $${values.length}`); }
      values.push(limit + 1);
      const sql = `SELECT ${SOURCE_COLUMNS} FROM sources${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${values.length}`;
      return q.rows<SourceRecord>(sql, values);
    },
    all: () => q.rows<SourceRecord>(ALL),
  };
}
