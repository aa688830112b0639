// Claims: creation, edits and status changes under a version compare-and-set, each with its audit event.
import { CLAIM_STATUSES, type AppearanceJson, type ClaimantType, type ClaimRecord, type ClaimStatus, type EvidenceWithSource, type Role } from '../domain/types.js';
import { DEFAULT_RATING_SCALE, defaultLabel, findLabel, type RatingScale } from '../domain/rating-scale.js';
import { parseQuantities } from '../domain/quantities.js';
import { checkTransition, isVerdict } from '../domain/workflow.js';
import { AppError } from '../errors.js';
import { newId } from '../lib/ids.js';
import type { ClaimChange, ClaimListFilter, Repositories, Storage } from '../repositories/types.js';
import type { Actor } from './api-keys.js';
import { appendAuditEvent, appendAuditEvents, diff } from './audit-log.js';

export type ClaimRow = ClaimRecord;
export type { ClaimListFilter };

export interface ClaimInput {
  text: string;
  claimant?: string | null;
  claimantType?: ClaimantType | null;
  claimDate?: string | null;
  appearances?: Array<{ url: string; date?: string | null }>;
  language?: string;
  tags?: string[];
  firstAppearance?: { sourceId: string } | { url: string } | null;
}

/** A claim with its active evidence, oldest first, each with its source. */
export interface ClaimWithEvidence {
  claim: ClaimRecord;
  evidence: EvidenceWithSource[];
}

/** Fields recorded in history; also what asOf replays. */
export const CLAIM_AUDITED_FIELDS = [
  'text', 'claimant', 'claimantType', 'claimDate', 'language', 'tags', 'firstAppearanceSourceId', 'firstAppearanceUrl', 'appearances',
  'status', 'statusRationale', 'verdictLabel', 'reviewedBy', 'reviewedAt', 'quantities',
] as const;

export async function getClaim(r: Repositories, id: string): Promise<ClaimRecord> {
  const row = await r.claims.find(id);
  if (!row) throw new AppError('CLAIM_NOT_FOUND', `No claim has id ${id}.`);
  return row;
}

/** A stale If-Match is 412, naming who made the latest change and when, so the loser of a race knows what happened. */
export async function assertClaimVersion(r: Repositories, row: ClaimRecord, expected: number | '*'): Promise<void> {
  if (expected !== '*' && row.version !== expected) {
    const last = await r.claims.lastChange(row.id);
    const changedBy = last ? { id: last.id, name: last.name } : null;
    const changedAt = last?.at ?? row.updatedAt;
    throw new AppError(
      'PRECONDITION_FAILED',
      `Claim ${row.id} was changed${changedBy ? ` by ${changedBy.name}` : ''} at ${changedAt}, after you read it (it is now at version ${row.version}, you read version ${expected}). Reload it to see that change, then retry.`,
      { currentVersion: row.version, changedBy, changedAt },
    );
  }
}

/**
 * The compare-and-set every claim change goes through: the row is written only if its version is
 * still the one the change was computed from, and the version moves on by one.
 */
export async function updateClaim(r: Repositories, before: ClaimRecord, change: ClaimChange, at: string): Promise<ClaimRecord> {
  const after = await r.claims.update(before.id, before.version, change, at);
  if (!after) throw new AppError('PRECONDITION_FAILED', `Claim ${before.id} changed while it was being updated. Read it again and retry.`);
  return after;
}

/** Stored instants are toISOString() (UTC, milliseconds) and ?language= compares the primary subtag. */
function normalised<F extends Omit<ClaimListFilter, 'limit'>>(f: F): F {
  return {
    ...f,
    updatedSince: f.updatedSince ? new Date(f.updatedSince).toISOString() : undefined,
    language: f.language ? f.language.split('-')[0]!.toLowerCase() : undefined,
  };
}

const activeEvidence = (r: Repositories, claimId: string) => r.evidence.listForClaim(claimId, { includeRetracted: false });

/** Appearances de-duplicated by URL, dated ones first in date order, then undated ones as given. */
export function normaliseAppearances(list: ReadonlyArray<{ url: string; date?: string | null }>): AppearanceJson[] {
  const seen = new Set<string>();
  const unique: AppearanceJson[] = [];
  for (const a of list) {
    if (seen.has(a.url)) continue;
    seen.add(a.url);
    unique.push({ url: a.url, date: a.date ?? null });
  }
  const dated = unique.filter((a) => a.date).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  return [...dated, ...unique.filter((a) => !a.date)];
}

export function createClaims(storage: Storage, scale: RatingScale = DEFAULT_RATING_SCALE) {
  /** The label a verdict gets: the one asked for (it must count as that verdict), else the scale's first for it. */
  function verdictLabel(to: ClaimStatus, label: string | null | undefined): string | null {
    if (!isVerdict(to)) {
      if (label) throw new AppError('VALIDATION_FAILED', `A label goes with a verdict; "${to}" is not one.`, {}, [{ path: 'body.label', message: 'only with a verdict' }]);
      return null;
    }
    if (!label) return defaultLabel(scale, to).label;
    const found = findLabel(scale, label);
    if (!found) {
      throw new AppError('VALIDATION_FAILED', `"${label}" is not a label of the rating scale (${scale.labels.map((l) => l.label).join(', ')}).`, {}, [{ path: 'body.label', message: 'not a label of the rating scale' }]);
    }
    if (found.verdict !== to) {
      throw new AppError('VALIDATION_FAILED', `The label "${found.label}" counts as the verdict "${found.verdict}", not "${to}".`, {}, [{ path: 'body.label', message: `counts as "${found.verdict}"` }]);
    }
    return found.label;
  }

  async function firstAppearanceColumns(r: Repositories, fa: ClaimInput['firstAppearance']) {
    if (!fa) return { firstAppearanceSourceId: null, firstAppearanceUrl: null };
    if ('sourceId' in fa) {
      if (!(await r.sources.find(fa.sourceId))) {
        throw new AppError('UNKNOWN_REFERENCE', `firstAppearance.sourceId ${fa.sourceId} is not a source.`, {}, [{ path: 'body.firstAppearance.sourceId', message: 'No such source' }]);
      }
      return { firstAppearanceSourceId: fa.sourceId, firstAppearanceUrl: null };
    }
    return { firstAppearanceSourceId: null, firstAppearanceUrl: fa.url };
  }

  /** A new claim's row (status unverified, version 1), inside the unit of work that inserts it. */
  async function newClaimRow(r: Repositories, actorId: string, input: ClaimInput, quantities: ClaimRecord['quantities'], now: string): Promise<ClaimRecord> {
    return {
      id: newId('clm'),
      text: input.text,
      claimant: input.claimant ?? null,
      claimantType: input.claimantType ?? null,
      claimDate: input.claimDate ?? null,
      language: input.language ?? 'en',
      tags: [...new Set(input.tags ?? [])],
      ...(await firstAppearanceColumns(r, input.firstAppearance)),
      appearances: normaliseAppearances(input.appearances ?? []),
      status: 'unverified',
      statusRationale: null,
      verdictLabel: null,
      reviewedBy: null,
      reviewedAt: null,
      quantities,
      version: 1,
      createdAt: now,
      createdBy: actorId,
      updatedAt: now,
      requestCount: 0,
      requesterCount: 0,
    };
  }

  /** Inserts the claim with its claim.created audit event (call it inside a unit of work). */
  async function insertClaim(r: Repositories, actorId: string, row: ClaimRecord): Promise<void> {
    await r.claims.insert(row);
    await appendAuditEvent(r.audit, { actorId, action: 'claim.created', at: row.createdAt, entity: { type: 'claim', id: row.id }, claimId: row.id, changes: diff(null, row, CLAIM_AUDITED_FIELDS) });
  }

  return {
    find(id: string): Promise<ClaimRecord | undefined> {
      return storage.read.claims.find(id);
    },
    get(id: string): Promise<ClaimRecord> {
      return getClaim(storage.read, id);
    },

    /** The claim read: two queries (the claim; its evidence joined with their sources), however much evidence. */
    async read(id: string): Promise<ClaimWithEvidence> {
      const r = storage.read;
      const claim = await getClaim(r, id);
      return { claim, evidence: await activeEvidence(r, id) };
    },

    list(filter: ClaimListFilter): Promise<ClaimRecord[]> {
      return storage.read.claims.list(normalised(filter));
    },

    /** How many claims have each status, under the same filters as list (every status present, 0 when none). */
    async countByStatus(filter: Omit<ClaimListFilter, 'limit' | 'cursor' | 'status'>): Promise<Record<ClaimStatus, number>> {
      const counts = Object.fromEntries(CLAIM_STATUSES.map((st) => [st, 0])) as Record<ClaimStatus, number>;
      for (const row of await storage.read.claims.countByStatus(normalised(filter))) counts[row.status] = row.n;
      return counts;
    },

    create(actorId: string, input: ClaimInput): Promise<ClaimRecord> {
      // Parsed before the transaction: the writer is held only for the writes.
      const quantities = parseQuantities(input.text);
      return storage.withTransaction(async (r) => {
        const row = await newClaimRow(r, actorId, input, quantities, new Date().toISOString());
        await insertClaim(r, actorId, row);
        return row;
      });
    },

    /**
     * Creates many claims in one unit of work (bulk import), each with its claim.created event, exactly as
     * create() would. Quantities are parsed first, outside the transaction, so the writer is held only for
     * the writes. All or nothing: a claim that cannot be created (an unknown firstAppearance source) undoes them all.
     */
    createMany(actorId: string, inputs: readonly ClaimInput[]): Promise<ClaimRecord[]> {
      const quantities = inputs.map((input) => parseQuantities(input.text));
      return storage.withTransaction(async (r) => {
        const now = new Date().toISOString();
        const rows: ClaimRecord[] = [];
        for (const [i, input] of inputs.entries()) rows.push(await newClaimRow(r, actorId, input, quantities[i]!, now));
        // The same rows and events as insertClaim() for each, in the same order, written set-wise: the claims
        // with one search-index pass for the batch (SQLite), the events with one read of the chain's head.
        await r.claims.insertMany(rows);
        await appendAuditEvents(r.audit, rows.map((row) => ({
          actorId, action: 'claim.created', at: row.createdAt, entity: { type: 'claim', id: row.id }, claimId: row.id, changes: diff(null, row, CLAIM_AUDITED_FIELDS),
        })));
        return rows;
      });
    },

    update(actorId: string, id: string, expectedVersion: number | '*', patch: Partial<ClaimInput>): Promise<ClaimWithEvidence> {
      return storage.withTransaction(async (r) => {
        const before = await getClaim(r, id);
        await assertClaimVersion(r, before, expectedVersion);
        const set: ClaimChange = {};
        if (patch.text !== undefined && patch.text !== before.text) {
          if (isVerdict(before.status)) {
            throw new AppError('CLAIM_LOCKED', `Claim ${id} has the verdict "${before.status}"; re-open it to "in_review" before editing its text.`, { rule: 'text-locked-by-verdict' });
          }
          set.text = patch.text;
          set.quantities = parseQuantities(patch.text);
        }
        if (patch.claimant !== undefined) set.claimant = patch.claimant;
        if (patch.claimantType !== undefined) set.claimantType = patch.claimantType;
        if (patch.appearances !== undefined) set.appearances = normaliseAppearances(patch.appearances);
        if (patch.claimDate !== undefined) set.claimDate = patch.claimDate;
        if (patch.language !== undefined) set.language = patch.language;
        if (patch.tags !== undefined) set.tags = [...new Set(patch.tags)];
        if (patch.firstAppearance !== undefined) Object.assign(set, await firstAppearanceColumns(r, patch.firstAppearance));
        const now = new Date().toISOString();
        const changes = diff(before, { ...before, ...set }, CLAIM_AUDITED_FIELDS);
        // Nothing changed: no new version, no event.
        if (Object.keys(changes).length === 0) return { claim: before, evidence: await activeEvidence(r, id) };
        const after = await updateClaim(r, before, set, now);
        await appendAuditEvent(r.audit, { actorId, action: 'claim.updated', at: now, entity: { type: 'claim', id }, claimId: id, changes });
        return { claim: after, evidence: await activeEvidence(r, id) };
      });
    },

    setStatus(actor: Actor & { role: Role }, id: string, expectedVersion: number | '*', to: ClaimStatus, rationale: string | null, label?: string | null): Promise<ClaimWithEvidence> {
      return storage.withTransaction(async (r) => {
        const chosenLabel = verdictLabel(to, label);
        const before = await getClaim(r, id);
        await assertClaimVersion(r, before, expectedVersion);
        const evidence = await activeEvidence(r, id);
        const refusal = checkTransition({ from: before.status, to, rationale, role: actor.role, activeStances: evidence.map((e) => e.row.stance) });
        if (refusal) {
          throw refusal.status === 403
            ? new AppError('FORBIDDEN', refusal.detail, { rule: refusal.rule, requiredRole: refusal.requiredRole })
            : new AppError('TRANSITION_NOT_ALLOWED', refusal.detail, { rule: refusal.rule, from: before.status, to });
        }
        const now = new Date().toISOString();
        const reopening = isVerdict(before.status);
        const set: ClaimChange = isVerdict(to)
          ? { status: to, statusRationale: rationale, verdictLabel: chosenLabel, reviewedBy: actor.id, reviewedAt: now }
          : { status: to, statusRationale: rationale ?? null, verdictLabel: null, reviewedBy: null, reviewedAt: null }; // no verdict, no reviewer of it
        const after = await updateClaim(r, before, set, now);
        await appendAuditEvent(r.audit, {
          actorId: actor.id, action: reopening ? 'claim.reopened' : 'claim.status_changed', at: now,
          entity: { type: 'claim', id }, claimId: id, changes: diff(before, after, CLAIM_AUDITED_FIELDS), reason: rationale,
        });
        return { claim: after, evidence };
      });
    },
  };
}

export type Claims = ReturnType<typeof createClaims>;
