// API keys over SQLite.
import type Database from 'better-sqlite3';
import type { ApiKeyRecord } from '../../domain/types.js';
import type { ApiKeysRepository } from '../types.js';
import { placeholders, statementCache } from './statements.js';

const KEY_COLUMNS =
  'id, name, role, token_hash AS tokenHash, display_prefix AS displayPrefix, created_at AS createdAt, created_by AS createdBy, ' +
  'expires_at AS expiresAt, revoked_at AS revokedAt, revoked_by AS revokedBy';

const BY_ID = `SELECT ${KEY_COLUMNS} FROM api_keys WHERE id = ?`;
const INSERT_COLUMNS = 'id, name, role, token_hash, display_prefix, created_at, created_by, expires_at, revoked_at, revoked_by';
const INSERT = `INSERT INTO api_keys (${INSERT_COLUMNS}) VALUES (${placeholders(10)})`;
const INSERT_IGNORE = `INSERT OR IGNORE INTO api_keys (${INSERT_COLUMNS}) VALUES (${placeholders(10)})`;
const REVOKE = `UPDATE api_keys SET revoked_at = ?, revoked_by = ? WHERE id = ? RETURNING ${KEY_COLUMNS}`;
const ANY_LOGIN = 'SELECT 1 FROM api_keys WHERE id <> ? AND token_hash IS NOT NULL LIMIT 1';
const NAMES = 'SELECT id, name FROM api_keys';

export function sqliteApiKeys(db: Database.Database): ApiKeysRepository {
  const q = statementCache(db);
  return {
    async find(id) {
      return q<[string], ApiKeyRecord>(BY_ID).get(id);
    },
    async insert(k, options = {}) {
      q(options.ignoreExisting ? INSERT_IGNORE : INSERT).run(
        k.id, k.name, k.role, k.tokenHash, k.displayPrefix, k.createdAt, k.createdBy, k.expiresAt, k.revokedAt, k.revokedBy,
      );
    },
    async revoke(id, at, by) {
      return q<[string, string, string], ApiKeyRecord>(REVOKE).get(at, by, id)!;
    },
    async list({ limit, cursor, except }) {
      const sql = `SELECT ${KEY_COLUMNS} FROM api_keys WHERE id <> ?${cursor ? ' AND id < ?' : ''} ORDER BY id DESC LIMIT ?`;
      return q<unknown[], ApiKeyRecord>(sql).all(...(cursor ? [except, cursor] : [except]), limit);
    },
    async anyLoginKey(except) {
      return q<[string]>(ANY_LOGIN).get(except) !== undefined;
    },
    async names() {
      return q<[], { id: string; name: string }>(NAMES).all();
    },
  };
}
