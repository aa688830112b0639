// Idempotency records over PostgreSQL: written in the unit of work of the change they record.
import type { IdempotencyRecord, IdempotencyRepository } from '../types.js';
import { queries, type Queryable } from './query.js';

const FIND =
  'SELECT actor_id AS "actorId", key, fingerprint, status_code AS "statusCode", headers, body, created_at AS "createdAt" ' +
  'FROM idempotency_records WHERE actor_id = $1 AND key = $2';
const UPSERT =
  'INSERT INTO idempotency_records (actor_id, key, fingerprint, status_code, headers, body, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ' +
  'ON CONFLICT (actor_id, key) DO UPDATE SET fingerprint = excluded.fingerprint, status_code = excluded.status_code, ' +
  'headers = excluded.headers, body = excluded.body, created_at = excluded.created_at';

type Raw = Omit<IdempotencyRecord, 'headers' | 'statusCode' | 'body'> & { headers: Record<string, string> | null; statusCode: number | null; body: string | null };

export function pgIdempotency(db: Queryable): IdempotencyRepository {
  const q = queries(db);
  return {
    async find(actorId, key) {
      const raw = await q.one<Raw>(FIND, [actorId, key]);
      if (!raw || raw.statusCode === null) return undefined;
      return { ...raw, statusCode: raw.statusCode, body: raw.body ?? '', headers: raw.headers ?? {} };
    },
    async insert(r) {
      await q.run(UPSERT, [r.actorId, r.key, r.fingerprint, r.statusCode, JSON.stringify(r.headers), r.body, r.createdAt]);
    },
    async deleteOlderThan(at) {
      await q.run('DELETE FROM idempotency_records WHERE created_at < $1', [at]);
    },
  };
}
