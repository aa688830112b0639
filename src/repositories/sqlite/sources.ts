// Sources over SQLite.
import type Database from 'better-sqlite3';
import type { SourceRecord } from '../../domain/types.js';
import type { SourceChange, SourcesRepository } from '../types.js';
import { placeholders, setClause, statementCache } from './statements.js';

const SOURCE_COLUMNS =
  'id, url, canonical_url AS canonicalUrl, citation, title, publisher, author, published_at AS publishedAt, kind, content, ' +
  'content_sha256 AS contentSha256, retrieved_at AS retrievedAt, version, created_at AS createdAt, created_by AS createdBy, updated_at AS updatedAt';

const COLUMN: Record<string, string> = {
  url: 'url', canonicalUrl: 'canonical_url', citation: 'citation', title: 'title', publisher: 'publisher', author: 'author',
  publishedAt: 'published_at', kind: 'kind', content: 'content', contentSha256: 'content_sha256', retrievedAt: 'retrieved_at',
};

const BY_ID = `SELECT ${SOURCE_COLUMNS} FROM sources WHERE id = ?`;
const BY_URL = `SELECT ${SOURCE_COLUMNS} FROM sources WHERE canonical_url = ?`;
const MANY = `SELECT ${SOURCE_COLUMNS} FROM sources WHERE id IN (SELECT value FROM json_each(?))`;
const BY_SHA = 'SELECT id FROM sources WHERE content_sha256 = ? LIMIT 1';
const BY_TITLE_CITATION = 'SELECT id FROM sources WHERE title = ? AND citation IS ? LIMIT 1';
const ALL = `SELECT ${SOURCE_COLUMNS} FROM sources ORDER BY id`;
const INSERT =
  'INSERT INTO sources (id, url, canonical_url, citation, title, publisher, author, published_at, kind, content, content_sha256, ' +
  `retrieved_at, version, created_at, created_by, updated_at) VALUES (${placeholders(16)})`;

export function sqliteSources(db: Database.Database): SourcesRepository {
  const q = statementCache(db);
  return {
    async find(id) {
      return q<[string], SourceRecord>(BY_ID).get(id);
    },
    async findMany(ids) {
      if (ids.length === 0) return [];
      return q<[string], SourceRecord>(MANY).all(JSON.stringify(ids));
    },
    async findByCanonicalUrl(url) {
      return q<[string], SourceRecord>(BY_URL).get(url);
    },
    async findIdByContentSha256(sha) {
      return q<[string], { id: string }>(BY_SHA).get(sha)?.id;
    },
    async findIdByTitleAndCitation(title, citation) {
      return q<[string, string | null], { id: string }>(BY_TITLE_CITATION).get(title, citation)?.id;
    },
    async insert(s) {
      q(INSERT).run(
        s.id, s.url, s.canonicalUrl, s.citation, s.title, s.publisher, s.author, s.publishedAt, s.kind, s.content, s.contentSha256,
        s.retrievedAt, s.version, s.createdAt, s.createdBy, s.updatedAt,
      );
    },
    async update(id, expectedVersion, change: SourceChange, at) {
      const fields = Object.keys(change).filter((f) => (change as Record<string, unknown>)[f] !== undefined).sort();
      const values = fields.map((f) => (change as Record<string, unknown>)[f]);
      const set = fields.length ? `${setClause(fields, COLUMN)}, ` : '';
      const sql = `UPDATE sources SET ${set}version = version + 1, updated_at = ? WHERE id = ? AND version = ? RETURNING ${SOURCE_COLUMNS}`;
      return q<unknown[], SourceRecord>(sql).get(...values, at, id, expectedVersion);
    },
    async list({ limit, cursor, kind }) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (cursor) { where.push('id < ?'); params.push(cursor); }
      if (kind) { where.push('kind = ?'); params.push(kind); }
      const sql = `SELECT ${SOURCE_COLUMNS} FROM sources${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
      return q<unknown[], SourceRecord>(sql).all(...params, limit + 1);
    },
    async all() {
      return q<[], SourceRecord>(ALL).all();
    },
  };
}
