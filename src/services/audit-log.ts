// Appends events to the hash-chained audit log. Called inside the transaction of the change it records,
// so the change and its event commit or roll back together.
import { canonicalJson, sha256Hex } from '../lib/hash.js';
import type { AuditRepository, Storage } from '../repositories/types.js';
import { rowToAuditEvent } from './audit-verify.js';

export const GENESIS_HASH = '0'.repeat(64);

export type EntityType = 'claim' | 'evidence' | 'source' | 'api_key' | 'webhook' | 'request' | 'publication' | 'external_review';
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

/** Fields that changed between two versions of a record, as {field: {from, to}}. */
export function diff<T extends object>(before: T | null, after: T, fields: readonly (keyof T & string)[]): Changes {
  const changes: Changes = {};
  for (const f of fields) {
    const from = before ? (before[f] ?? null) : null;
    const to = after[f] ?? null;
    if (canonicalJson(from) !== canonicalJson(to)) changes[f] = { from, to };
  }
  return changes;
}

/** Appends an event to the chain. Call it inside the unit of work of the change it records. */
export async function appendAuditEvent(repo: AuditRepository, e: NewAuditEvent): Promise<AuditEvent> {
  const last = await repo.head();
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
  await repo.insert({
    seq: body.seq, at: body.at, actor_id: body.actor, action: body.action, entity_type: body.entity.type, entity_id: body.entity.id,
    claim_id: body.claimId, changes: canonicalJson(body.changes), reason: body.reason, prev_hash: body.prevHash, hash,
  });
  return { ...body, hash };
}

export function createAuditLog(storage: Storage) {
  return {
    append(e: NewAuditEvent): Promise<AuditEvent> {
      return storage.withTransaction((r) => appendAuditEvent(r.audit, e));
    },
    async head(): Promise<{ seq: number; hash: string }> {
      return (await storage.read.audit.head()) ?? { seq: 0, hash: GENESIS_HASH };
    },
    async latest(): Promise<AuditEvent | null> {
      const row = await storage.read.audit.latest();
      return row ? rowToAuditEvent(row) : null;
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
