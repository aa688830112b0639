// A claim as it stood at a past instant, rebuilt by replaying its audit events (GET /v1/claims/{id}?asOf=).
// Every claim change appends exactly one event with the claim's id and bumps its version by one, so the
// version then is the number of those events, and createdAt/updatedAt are the first and last event times.
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import type { Changes } from './audit-log.js';
import type { AuditRow } from './audit-verify.js';
import { CLAIM_AUDITED_FIELDS, type ClaimRow, type Claims } from './claims.js';
import type { EvidenceRow } from './evidence.js';
import type { SourceRow, Sources } from './sources.js';

// The audited columns of evidence and sources (as in their services): absent from a creation event means null.
const EVIDENCE_FIELDS = ['claimId', 'sourceId', 'stance', 'quote', 'quoteSelector', 'note', 'retractedAt', 'retractedBy', 'retractionReason'] as const;
const SOURCE_FIELDS = ['url', 'canonicalUrl', 'citation', 'title', 'publisher', 'author', 'publishedAt', 'kind', 'contentSha256', 'retrievedAt'] as const;

const nulls = (fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, null]));

function apply(state: Record<string, unknown>, changesJson: string): void {
  for (const [field, { to }] of Object.entries(JSON.parse(changesJson) as Changes)) state[field] = to;
}

export interface ClaimState {
  claim: ClaimRow;
  /** The evidence active then, oldest first, each with its source as it stood then. */
  evidence: { row: EvidenceRow; source: SourceRow }[];
}

export function createClaimHistory(db: Db, claimsService: Claims, sourcesService: Sources) {
  // at is ISO-8601 UTC with milliseconds, written inside the change's transaction, so text order is time order.
  const claimEvents = db.$client.prepare<[string, string], AuditRow>('SELECT * FROM audit_events WHERE claim_id = ? AND at <= ? ORDER BY seq');
  const entityEvents = db.$client.prepare<[string, string], AuditRow>('SELECT * FROM audit_events WHERE entity_id = ? AND at <= ? ORDER BY seq');

  function sourceAt(id: string, at: string): SourceRow {
    const current = sourcesService.get(id);
    const rows = entityEvents.all(id, at);
    if (rows.length === 0) return current;
    const state: Record<string, unknown> = { ...current, ...nulls(SOURCE_FIELDS), version: rows.length, updatedAt: rows.at(-1)!.at };
    for (const r of rows) apply(state, r.changes);
    return state as SourceRow;
  }

  return {
    /** The claim at `instant` (any ISO-8601 instant, not in the future). */
    stateAt(claimId: string, instant: string): ClaimState {
      const current = claimsService.get(claimId);
      const time = Date.parse(instant);
      if (time > Date.now()) {
        throw new AppError('VALIDATION_FAILED', `asOf ${instant} is in the future; omit asOf for the current state.`, {}, [{ path: 'querystring.asOf', message: 'must not be in the future' }]);
      }
      const at = new Date(time).toISOString();
      const rows = claimEvents.all(claimId, at);
      const first = rows[0];
      if (!first) throw new AppError('CLAIM_NOT_FOUND', `Claim ${claimId} did not exist yet at ${at}; it was created at ${current.createdAt}.`);

      const claim: Record<string, unknown> = { ...nulls(CLAIM_AUDITED_FIELDS) };
      const evidence = new Map<string, Record<string, unknown>>();
      for (const r of rows) {
        if (r.entity_type === 'claim') apply(claim, r.changes);
        else if (r.entity_type === 'evidence') {
          let e = evidence.get(r.entity_id);
          if (!e) evidence.set(r.entity_id, (e = { ...nulls(EVIDENCE_FIELDS), id: r.entity_id, createdAt: r.at, createdBy: r.actor_id }));
          apply(e, r.changes);
        }
      }
      const active = [...evidence.values()]
        .filter((e) => e.retractedAt == null)
        .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1)) // id order, as the live evidence list
        .map((e) => ({ row: e as EvidenceRow, source: sourceAt(String(e.sourceId), at) }));
      return {
        claim: { ...claim, id: claimId, version: rows.length, createdAt: first.at, createdBy: first.actor_id, updatedAt: rows.at(-1)!.at } as ClaimRow,
        evidence: active,
      };
    },
  };
}

export type ClaimHistory = ReturnType<typeof createClaimHistory>;
