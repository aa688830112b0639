// Appends events to the hash-chained audit log. Called inside the transaction of the change it records,
// so the change and its event commit or roll back together.
import { canonicalJson, sha256Hex } from '../lib/hash.js';
import type { AuditRepository, AuditRow, Storage } from '../repositories/types.js';
import { canonicalEventText, rowToAuditEvent } from './audit-verify.js';

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
    // A new record (before null): from is null, whose canonical text is "null".
    if ((before ? canonicalJson(from) : 'null') !== canonicalJson(to)) changes[f] = { from, to };
  }
  return changes;
}

const LONE_SURROGATE = /\p{Cs}/u;

/**
 * sha256(prevHash + canonical event), the event's text built by canonicalEventText (what verification
 * hashes first) around the changes' canonical text, which the row stores anyway, instead of canonicalising
 * the whole event again. Equal to hashEvent(body): canonicalEventText is RFC 8785 for an event whose entity
 * is {type, id} and whose strings have no lone surrogate (JSON.stringify escapes those where canonicalJson
 * refuses them); any other event takes hashEvent, which throws as it always did.
 */
function hashRow(body: Omit<AuditEvent, 'hash'>, row: Omit<AuditRow, 'hash'>): string {
  const plain = Object.keys(body.entity).length === 2 &&
    [row.action, row.actor_id, row.at, row.entity_type, row.entity_id, row.claim_id ?? '', row.reason ?? '', row.prev_hash].every((v) => typeof v === 'string' && !LONE_SURROGATE.test(v));
  return plain && Number.isSafeInteger(row.seq) ? sha256Hex(row.prev_hash + canonicalEventText(row as AuditRow, row.changes)) : hashEvent(body);
}

/** Appends an event to the chain. Call it inside the unit of work of the change it records. */
export async function appendAuditEvent(repo: AuditRepository, e: NewAuditEvent): Promise<AuditEvent> {
  return (await appendAuditEvents(repo, [e]))[0]!;
}

/**
 * Appends events to the chain in order, reading its head once (bulk import: thousands per unit of work).
 * Call it inside the unit of work of the changes they record.
 */
export async function appendAuditEvents(repo: AuditRepository, events: readonly NewAuditEvent[]): Promise<AuditEvent[]> {
  const last = await repo.head();
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const appended: AuditEvent[] = [];
  for (const e of events) {
    const body: Omit<AuditEvent, 'hash'> = {
      seq: seq + 1,
      at: e.at,
      actor: e.actorId,
      action: e.action,
      entity: e.entity,
      claimId: e.claimId ?? null,
      changes: e.changes,
      reason: e.reason ?? null,
      prevHash,
    };
    const row = {
      seq: body.seq, at: body.at, actor_id: body.actor, action: body.action, entity_type: body.entity.type, entity_id: body.entity.id,
      claim_id: body.claimId, changes: canonicalJson(body.changes), reason: body.reason, prev_hash: body.prevHash,
    };
    const hash = hashRow(body, row);
    await repo.insert({ ...row, hash });
    appended.push({ ...body, hash });
    seq = body.seq;
    prevHash = hash;
  }
  return appended;
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
