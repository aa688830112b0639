// A claim as it stood at a past instant, rebuilt by replaying its audit events (GET /v1/claims/{id}?asOf=).
// Every claim change appends exactly one event with the claim's id and bumps its version by one, so the
// version then is the number of those events, and createdAt/updatedAt are the first and last event times.
import type { ClaimRecord, EvidenceRecord, EvidenceWithSource, ExternalReviewRecord, SourceRecord } from '../domain/types.js';
import { AppError } from '../errors.js';
import type { Repositories, Storage } from '../repositories/types.js';
import type { Changes } from './audit-log.js';
import { CLAIM_AUDITED_FIELDS, getClaim, type ClaimWithEvidence } from './claims.js';
import { toSourceSummary } from './evidence.js';

// The audited columns of evidence and sources (as in their services): absent from a creation event means null.
const EVIDENCE_FIELDS = ['claimId', 'sourceId', 'stance', 'quote', 'quoteSelector', 'note', 'retractedAt', 'retractedBy', 'retractionReason'] as const;
const SOURCE_FIELDS = ['url', 'canonicalUrl', 'citation', 'title', 'publisher', 'author', 'publishedAt', 'kind', 'contentSha256', 'retrievedAt'] as const;

const nulls = (fields: readonly string[]) => Object.fromEntries(fields.map((f) => [f, null]));

function apply(state: Record<string, unknown>, changesJson: string): void {
  for (const [field, { to }] of Object.entries(JSON.parse(changesJson) as Changes)) state[field] = to;
}

/** The claim then, and the evidence active then, oldest first, each with its source as it stood then, and
 *  the other fact-checkers' reviews imported by then. */
export type ClaimState = ClaimWithEvidence & { externalReviews: ExternalReviewRecord[] };

export function createClaimHistory(storage: Storage) {
  async function sourceAt(r: Repositories, id: string, at: string): Promise<SourceRecord> {
    const current = await r.sources.find(id);
    if (!current) throw new AppError('SOURCE_NOT_FOUND', `No source has id ${id}.`);
    const rows = await r.audit.entityEventsUntil(id, at);
    if (rows.length === 0) return current;
    const state: Record<string, unknown> = { ...current, ...nulls(SOURCE_FIELDS), version: rows.length, updatedAt: rows.at(-1)!.at };
    for (const row of rows) apply(state, row.changes);
    return state as unknown as SourceRecord;
  }

  return {
    /** The claim at `instant` (any ISO-8601 instant, not in the future). */
    async stateAt(claimId: string, instant: string): Promise<ClaimState> {
      const r = storage.read;
      const current = await getClaim(r, claimId);
      const time = Date.parse(instant);
      if (time > Date.now()) {
        throw new AppError('VALIDATION_FAILED', `asOf ${instant} is in the future; omit asOf for the current state.`, {}, [{ path: 'querystring.asOf', message: 'must not be in the future' }]);
      }
      const at = new Date(time).toISOString();
      // Publishing does not change the claim (nor its version): its events are not replayed here.
      const rows = (await r.audit.claimEventsUntil(claimId, at)).filter((row) => row.entity_type !== 'publication');
      const first = rows[0];
      if (!first) throw new AppError('CLAIM_NOT_FOUND', `Claim ${claimId} did not exist yet at ${at}; it was created at ${current.createdAt}.`);

      // Claims logged before appearances existed have none.
      const claim: Record<string, unknown> = { ...nulls(CLAIM_AUDITED_FIELDS), appearances: [] };
      const evidence = new Map<string, Record<string, unknown>>();
      const external = new Map<string, Record<string, unknown>>();
      for (const row of rows) {
        if (row.entity_type === 'external_review') {
          let x = external.get(row.entity_id);
          if (!x) external.set(row.entity_id, (x = { id: row.entity_id, contentSha256: null, createdAt: row.at, createdBy: row.actor_id }));
          apply(x, row.changes);
          x.updatedAt = row.at;
        }
        if (row.entity_type === 'claim') apply(claim, row.changes);
        else if (row.entity_type === 'evidence') {
          let e = evidence.get(row.entity_id);
          if (!e) evidence.set(row.entity_id, (e = { ...nulls(EVIDENCE_FIELDS), id: row.entity_id, createdAt: row.at, createdBy: row.actor_id }));
          apply(e, row.changes);
        }
      }
      const active: EvidenceWithSource[] = [];
      for (const e of [...evidence.values()]
        .filter((e) => e.retractedAt == null)
        .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1))) { // id order, as the live evidence list
        active.push({ row: e as unknown as EvidenceRecord, source: toSourceSummary(await sourceAt(r, String(e.sourceId), at)) });
      }
      // Only changes to the claim and its evidence move its version; other events about it (imported reviews,
      // publications) do not.
      const versioned = rows.filter((row) => row.entity_type === 'claim' || row.entity_type === 'evidence');
      return {
        // Demand is not part of the claim's history: an asOf read shows today's counters.
        claim: { ...claim, id: claimId, version: versioned.length, createdAt: first.at, createdBy: first.actor_id, updatedAt: versioned.at(-1)!.at, requestCount: current.requestCount, requesterCount: current.requesterCount } as unknown as ClaimRecord,
        evidence: active,
        externalReviews: [...external.values()] as unknown as ExternalReviewRecord[],
      };
    },
  };
}

export type ClaimHistory = ReturnType<typeof createClaimHistory>;
