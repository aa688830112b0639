// API keys over PostgreSQL.
import type { ApiKeyRecord } from '../../domain/types.js';
import type { ApiKeysRepository } from '../types.js';
import { columns, params, queries, type Queryable } from './query.js';

export const KEY_FIELDS: Record<string, string> = {
  id: 'id', name: 'name', role: 'role', tokenHash: 'token_hash', displayPrefix: 'display_prefix', createdAt: 'created_at', createdBy: 'created_by',
  expiresAt: 'expires_at', revokedAt: 'revoked_at', revokedBy: 'revoked_by',
};
const KEY_COLUMNS = columns(KEY_FIELDS);
const BY_ID = `SELECT ${KEY_COLUMNS} FROM api_keys WHERE id = $1`;
const INSERT = `INSERT INTO api_keys (${Object.values(KEY_FIELDS).join(', ')}) VALUES (${params(10)})`;
const REVOKE = `UPDATE api_keys SET revoked_at = $1, revoked_by = $2 WHERE id = $3 RETURNING ${KEY_COLUMNS}`;
const ANY_LOGIN = 'SELECT 1 AS one FROM api_keys WHERE id <> $1 AND token_hash IS NOT NULL LIMIT 1';
const NAMES = 'SELECT id, name FROM api_keys';

export function pgApiKeys(db: Queryable): ApiKeysRepository {
  const q = queries(db);
  return {
    find: (id) => q.one<ApiKeyRecord>(BY_ID, [id]),
    async insert(k, options = {}) {
      await q.run(options.ignoreExisting ? `${INSERT} ON CONFLICT DO NOTHING` : INSERT, [
        k.id, k.name, k.role, k.tokenHash, k.displayPrefix, k.createdAt, k.createdBy, k.expiresAt, k.revokedAt, k.revokedBy,
      ]);
    },
    async revoke(id, at, by) {
      return (await q.one<ApiKeyRecord>(REVOKE, [at, by, id]))!;
    },
    list({ limit, cursor, except }) {
      const sql = `SELECT ${KEY_COLUMNS} FROM api_keys WHERE id <> $1${cursor ? ' AND id < $3' : ''} ORDER BY id DESC LIMIT $2`;
      return q.rows<ApiKeyRecord>(sql, cursor ? [except, limit, cursor] : [except, limit]);
    },
    async anyLoginKey(except) {
      return (await q.one(ANY_LOGIN, [except])) !== undefined;
    },
    names: () => q.rows<{ id: string; name: string }>(NAMES),
  };
}
