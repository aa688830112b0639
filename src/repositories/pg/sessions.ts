// Console sessions over PostgreSQL: only the sha256 of a session token is stored.
import type { ApiKeyRecord } from '../../domain/types.js';
import type { SessionsRepository } from '../types.js';
import { KEY_FIELDS } from './api-keys.js';
import { columns, queries, type Queryable } from './query.js';

const INSERT = 'INSERT INTO sessions (token_hash, key_id, created_at, expires_at) VALUES ($1, $2, $3, $4)';
const LIVE_KEY =
  `SELECT ${columns(KEY_FIELDS, 'k.')} FROM sessions s JOIN api_keys k ON k.id = s.key_id WHERE s.token_hash = $1 AND s.expires_at > $2`;

export function pgSessions(db: Queryable): SessionsRepository {
  const q = queries(db);
  return {
    async insert(s) {
      await q.run(INSERT, [s.tokenHash, s.keyId, s.createdAt, s.expiresAt]);
    },
    findLiveKey: (tokenHash, now) => q.one<ApiKeyRecord>(LIVE_KEY, [tokenHash, now]),
    async delete(tokenHash) {
      await q.run('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    },
    async deleteForKey(keyId) {
      await q.run('DELETE FROM sessions WHERE key_id = $1', [keyId]);
    },
    async deleteExpired(now) {
      await q.run('DELETE FROM sessions WHERE expires_at <= $1', [now]);
    },
  };
}
