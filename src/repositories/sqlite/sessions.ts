// Console sessions over SQLite: only the sha256 of a session token is stored.
import type Database from 'better-sqlite3';
import type { ApiKeyRecord } from '../../domain/types.js';
import type { SessionsRepository } from '../types.js';
import { statementCache } from './statements.js';

const INSERT = 'INSERT INTO sessions (token_hash, key_id, created_at, expires_at) VALUES (?, ?, ?, ?)';
const LIVE_KEY =
  'SELECT k.id, k.name, k.role, k.token_hash AS tokenHash, k.display_prefix AS displayPrefix, k.created_at AS createdAt, k.created_by AS createdBy, ' +
  'k.expires_at AS expiresAt, k.revoked_at AS revokedAt, k.revoked_by AS revokedBy ' +
  'FROM sessions s JOIN api_keys k ON k.id = s.key_id WHERE s.token_hash = ? AND s.expires_at > ?';
const DELETE = 'DELETE FROM sessions WHERE token_hash = ?';
const DELETE_FOR_KEY = 'DELETE FROM sessions WHERE key_id = ?';
const DELETE_EXPIRED = 'DELETE FROM sessions WHERE expires_at <= ?';

export function sqliteSessions(db: Database.Database): SessionsRepository {
  const q = statementCache(db);
  return {
    async insert(s) {
      q(INSERT).run(s.tokenHash, s.keyId, s.createdAt, s.expiresAt);
    },
    async findLiveKey(tokenHash, now) {
      return q<[string, string], ApiKeyRecord>(LIVE_KEY).get(tokenHash, now);
    },
    async delete(tokenHash) {
      q(DELETE).run(tokenHash);
    },
    async deleteForKey(keyId) {
      q(DELETE_FOR_KEY).run(keyId);
    },
    async deleteExpired(now) {
      q(DELETE_EXPIRED).run(now);
    },
  };
}
