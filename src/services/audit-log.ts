// Appends events to the hash-chained audit log. Called inside the transaction of the change it records,
// so the change and its event commit or roll back together.
import { desc } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { auditEvents } from '../db/schema.js';
import { canonicalJson, sha256Hex } from '../lib/hash.js';

export const GENESIS_HASH = '0'.repeat(64);

export type EntityType = 'claim' | 'evidence' | 'source' | 'api_key';
export type Changes = Record<string, { from: unknown; to: unknown }>;

export interface NewAuditEvent {
  actorId: string;
  action: string;
  entity: { type: EntityType; id: string };
  /** The claim the event belongs to (claims and their evidence), so history is one index range. */
  claimId?: string | null;
  changes: Changes;
  reason?: string | null;
  at: string;
}

/** The event exactly as it is hashed and exported. */
export interface AuditEvent {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: { type: string; id: string };
  claimId: string | null;
  changes: Changes;
  reason: string | null;
  prevHash: string;
  hash: string;
}

export function hashEvent(event: Omit<AuditEvent, 'hash'>): string {
  return sha256Hex(event.prevHash + canonicalJson(event));
}

export function rowToEvent(row: typeof auditEvents.$inferSelect): AuditEvent {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actorId,
    action: row.action,
    entity: { type: row.entityType, id: row.entityId },
    claimId: row.claimId,
    changes: JSON.parse(row.changes) as Changes,
    reason: row.reason,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

/** Fields that changed between two versions of a record, as {field: {from, to}}. */
export function diff<T extends Record<string, unknown>>(before: T | null, after: T, fields: readonly (keyof T & string)[]): Changes {
  const changes: Changes = {};
  for (const f of fields) {
    const from = before ? (before[f] ?? null) : null;
    const to = after[f] ?? null;
    if (canonicalJson(from) !== canonicalJson(to)) changes[f] = { from, to };
  }
  return changes;
}

export function createAuditLog(db: Db) {
  const head = db.$client.prepare<[], { seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1',
  );
  // Prepared once: append runs inside every write transaction, so it stays off the query builder.
  const insert = db.$client.prepare(
    'INSERT INTO audit_events (seq, at, actor_id, action, entity_type, entity_id, claim_id, changes, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return {
    append(e: NewAuditEvent): AuditEvent {
      const last = head.get();
      const body: Omit<AuditEvent, 'hash'> = {
        seq: (last?.seq ?? 0) + 1,
        at: e.at,
        actor: e.actorId,
        action: e.action,
        entity: e.entity,
        claimId: e.claimId ?? null,
        changes: e.changes,
        reason: e.reason ?? null,
        prevHash: last?.hash ?? GENESIS_HASH,
      };
      const hash = hashEvent(body);
      insert.run(body.seq, body.at, body.actor, body.action, body.entity.type, body.entity.id, body.claimId, canonicalJson(body.changes), body.reason, body.prevHash, hash);
      return { ...body, hash };
    },
    head(): { seq: number; hash: string } {
      return head.get() ?? { seq: 0, hash: GENESIS_HASH };
    },
    latest(): AuditEvent | null {
      const row = db.select().from(auditEvents).orderBy(desc(auditEvents.seq)).limit(1).get();
      return row ? rowToEvent(row) : null;
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
