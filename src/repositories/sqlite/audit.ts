// The audit log over SQLite: appends, pages and range reads. UPDATE and DELETE are refused by triggers.
import type Database from 'better-sqlite3';
import type { AuditEventFilter, AuditRepository, AuditRow } from '../types.js';
import { statementCache } from './statements.js';

export const AUDIT_COLUMNS = 'seq, at, actor_id, action, entity_type, entity_id, claim_id, changes, reason, prev_hash, hash';

const HEAD = 'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1';
const INSERT = `INSERT INTO audit_events (${AUDIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const LATEST = `SELECT ${AUDIT_COLUMNS} FROM audit_events ORDER BY seq DESC LIMIT 1`;
// at is ISO-8601 UTC with milliseconds, written inside the change's transaction, so text order is time order.
// The events an asOf read replays: the claim's, its evidence's and its imported reviews'. Request events carry
// the claim id too (history shows them) but change neither the claim nor its version.
const CLAIM_UNTIL = `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE claim_id = ? AND at <= ? AND entity_type IN ('claim', 'evidence', 'external_review') ORDER BY seq`;
const ENTITY_UNTIL = `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE entity_id = ? AND at <= ? ORDER BY seq`;
const RANGE = `SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?`;

const FILTER_COLUMNS: Array<[keyof AuditEventFilter, string]> = [
  ['claimId', 'claim_id'], ['entityType', 'entity_type'], ['entityId', 'entity_id'], ['action', 'action'], ['actorId', 'actor_id'],
];

export function sqliteAudit(db: Database.Database): AuditRepository {
  const q = statementCache(db);
  return {
    async head() {
      return q<[], { seq: number; hash: string }>(HEAD).get();
    },
    async insert(r) {
      q(INSERT).run(r.seq, r.at, r.actor_id, r.action, r.entity_type, r.entity_id, r.claim_id, r.changes, r.reason, r.prev_hash, r.hash);
    },
    async latest() {
      return q<[], AuditRow>(LATEST).get();
    },
    async list(f) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (f.afterSeq !== undefined) { where.push('seq > ?'); params.push(f.afterSeq); }
      for (const [field, column] of FILTER_COLUMNS) {
        const value = f[field];
        if (value) { where.push(`${column} = ?`); params.push(value); }
      }
      const sql = `SELECT ${AUDIT_COLUMNS} FROM audit_events${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY seq LIMIT ?`;
      return q<unknown[], AuditRow>(sql).all(...params, f.limit + 1);
    },
    async claimEventsUntil(claimId, at) {
      return q<[string, string], AuditRow>(CLAIM_UNTIL).all(claimId, at);
    },
    async entityEventsUntil(entityId, at) {
      return q<[string, string], AuditRow>(ENTITY_UNTIL).all(entityId, at);
    },
    async range(afterSeq, untilSeq, limit) {
      return q<[number, number, number], AuditRow>(RANGE).all(afterSeq, untilSeq, limit);
    },
  };
}

type RawRow = [number, string, string, string, string, string, string | null, string, string | null, string, string];

/** Every row after `afterSeq`, oldest first, one at a time, on its own connection (verification, offline CLI). */
export function* scanAuditRows(client: Database.Database, afterSeq = 0): Generator<AuditRow> {
  // Raw arrays are read a third faster than better-sqlite3's row objects.
  const rows = client.prepare<[number], RawRow>(`SELECT ${AUDIT_COLUMNS} FROM audit_events WHERE seq > ? ORDER BY seq`).raw().iterate(afterSeq);
  for (const [seq, at, actor_id, action, entity_type, entity_id, claim_id, changes, reason, prev_hash, hash] of rows) {
    yield { seq, at, actor_id, action, entity_type, entity_id, claim_id, changes, reason, prev_hash, hash };
  }
}
