// Idempotency records over SQLite: written in the unit of work of the change they record.
import type Database from 'better-sqlite3';
import type { IdempotencyRecord, IdempotencyRepository } from '../types.js';
import { statementCache } from './statements.js';

const FIND =
  'SELECT actor_id AS actorId, key, fingerprint, status_code AS statusCode, headers, body, created_at AS createdAt ' +
  'FROM idempotency_records WHERE actor_id = ? AND key = ?';
const INSERT = 'INSERT INTO idempotency_records (actor_id, key, fingerprint, status_code, headers, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)';
const PURGE = 'DELETE FROM idempotency_records WHERE created_at < ?';

type Raw = Omit<IdempotencyRecord, 'headers' | 'statusCode' | 'body'> & { headers: string | null; statusCode: number | null; body: string | null };

export function sqliteIdempotency(db: Database.Database): IdempotencyRepository {
  const q = statementCache(db);
  return {
    async find(actorId, key) {
      const raw = q<[string, string], Raw>(FIND).get(actorId, key);
      // A row without a status is a reservation left by an older version that crashed mid-request: no answer to replay.
      if (!raw || raw.statusCode === null) return undefined;
      return { ...raw, statusCode: raw.statusCode, body: raw.body ?? '', headers: raw.headers ? (JSON.parse(raw.headers) as Record<string, string>) : {} };
    },
    async insert(r) {
      // REPLACE also clears such an old reservation.
      q(INSERT.replace('INSERT', 'INSERT OR REPLACE')).run(r.actorId, r.key, r.fingerprint, r.statusCode, JSON.stringify(r.headers), r.body, r.createdAt);
    },
    async deleteOlderThan(at) {
      q(PURGE).run(at);
    },
  };
}
