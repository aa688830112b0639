// The audit log over PostgreSQL: appends, pages and range reads. UPDATE, DELETE and TRUNCATE are refused
// by triggers (migrations-pg/0001). Appends from every instance are serialised by the unit of work's
// transaction-level advisory lock (storage.ts), so the chain never forks and seq has no gap.
import type { AuditEventFilter, AuditRepository, AuditRow } from '../types.js';
import { queries, type Queryable } from './query.js';

export const AUDIT_COLUMNS = 'seq, at, actor_id, action, entity_type, entity_id, claim_id, changes, reason, prev_hash, hash';
const HEAD = 'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1';
const INSERT = `INSERT INTO audit_events (${AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;
const LATEST = `SELECT ${AUDIT_COLUMNS} FROM audit_events ORDER BY seq DESC LIMIT 1`;
const CLAIM_UNTIL = `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE claim_id = $1 AND at <= $2 ORDER BY seq`;
const ENTITY_UNTIL = `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE entity_id = $1 AND at <= $2 ORDER BY seq`;
const RANGE = `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3`;

const FILTER_COLUMNS: Array<[keyof AuditEventFilter, string]> = [
  ['claimId', 'claim_id'], ['entityType', 'entity_type'], ['entityId', 'entity_id'], ['action', 'action'], ['actorId', 'actor_id'],
];

export function pgAudit(db: Queryable): AuditRepository {
  const q = queries(db);
  return {
    head: () => q.one<{ seq: number; hash: string }>(HEAD),
    async insert(r) {
      await q.run(INSERT, [r.seq, r.at, r.actor_id, r.action, r.entity_type, r.entity_id, r.claim_id, r.changes, r.reason, r.prev_hash, r.hash]);
    },
    latest: () => q.one<AuditRow>(LATEST),
    list(f) {
      const where: string[] = [];
      const values: unknown[] = [];
      if (f.afterSeq !== undefined) { values.push(f.afterSeq); where.push(`seq > $${values.length}`); }
      for (const [field, column] of FILTER_COLUMNS) {
        const value = f[field];
        if (value) { values.push(value); where.push(`${column} = $${values.length}`); }
      }
      values.push(f.limit + 1);
      const sql = `SELECT ${AUDIT_COLUMNS} FROM audit_events${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY seq LIMIT $${values.length}`;
      return q.rows<AuditRow>(sql, values);
    },
    claimEventsUntil: (claimId, at) => q.rows<AuditRow>(CLAIM_UNTIL, [claimId, at]),
    entityEventsUntil: (entityId, at) => q.rows<AuditRow>(ENTITY_UNTIL, [entityId, at]),
    range: (afterSeq, untilSeq, limit) => q.rows<AuditRow>(RANGE, [afterSeq, untilSeq, limit]),
  };
}
