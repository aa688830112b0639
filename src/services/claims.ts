// Claims: creation, edits and status changes under a version compare-and-set, each with its audit event.
import { and, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { apiKeys, auditEvents, CLAIM_PRIMARY_LANGUAGE, CLAIM_STATUSES, claims, claimTags, evidence, type ClaimStatus, type Role } from '../db/schema.js';
import { parseQuantities } from '../domain/quantities.js';
import { checkTransition, isVerdict } from '../domain/workflow.js';
import { AppError } from '../errors.js';
import { newId } from '../lib/ids.js';
import { inTransaction } from '../lib/transaction.js';
import type { Actor, ActorRef } from './api-keys.js';
import { diff, type AuditLog } from './audit-log.js';
import type { Sources } from './sources.js';

export type ClaimRow = typeof claims.$inferSelect;

export interface ClaimInput {
  text: string;
  claimant?: string | null;
  claimDate?: string | null;
  language?: string;
  tags?: string[];
  firstAppearance?: { sourceId: string } | { url: string } | null;
}

export interface ClaimListFilter {
  limit: number;
  cursor?: string;
  status?: ClaimStatus[];
  tag?: string;
  claimant?: string;
  q?: string;
  updatedSince?: string;
  /** BCP-47 tag; compared on the primary subtag, so "en" also lists "en-GB". */
  language?: string;
}

/** Fields recorded in history; also what asOf replays. */
export const CLAIM_AUDITED_FIELDS = [
  'text', 'claimant', 'claimDate', 'language', 'tags', 'firstAppearanceSourceId', 'firstAppearanceUrl',
  'status', 'statusRationale', 'reviewedBy', 'reviewedAt', 'quantities',
] as const;

export function toClaimDto(row: ClaimRow, refs: (id: string | null) => ActorRef | null) {
  return {
    id: row.id,
    text: row.text,
    claimant: row.claimant,
    claimDate: row.claimDate,
    language: row.language,
    tags: row.tags,
    firstAppearance: row.firstAppearanceSourceId
      ? { sourceId: row.firstAppearanceSourceId, url: null }
      : row.firstAppearanceUrl
        ? { sourceId: null, url: row.firstAppearanceUrl }
        : null,
    status: row.status,
    statusRationale: row.statusRationale,
    reviewedBy: refs(row.reviewedBy),
    reviewedAt: row.reviewedAt,
    quantities: row.quantities,
    version: row.version,
    createdAt: row.createdAt,
    createdBy: refs(row.createdBy)!,
    updatedAt: row.updatedAt,
  };
}

export function createClaims(db: Db, audit: AuditLog, sourcesService: Sources) {
  function find(id: string): ClaimRow | undefined {
    return db.select().from(claims).where(eq(claims.id, id)).get();
  }
  function get(id: string): ClaimRow {
    const row = find(id);
    if (!row) throw new AppError('CLAIM_NOT_FOUND', `No claim has id ${id}.`);
    return row;
  }

  function firstAppearanceColumns(fa: ClaimInput['firstAppearance']) {
    if (!fa) return { firstAppearanceSourceId: null, firstAppearanceUrl: null };
    if ('sourceId' in fa) {
      if (!sourcesService.find(fa.sourceId)) {
        throw new AppError('UNKNOWN_REFERENCE', `firstAppearance.sourceId ${fa.sourceId} is not a source.`, {}, [{ path: 'body.firstAppearance.sourceId', message: 'No such source' }]);
      }
      return { firstAppearanceSourceId: fa.sourceId, firstAppearanceUrl: null };
    }
    return { firstAppearanceSourceId: null, firstAppearanceUrl: fa.url };
  }

  function writeTags(claimId: string, tags: string[]): void {
    db.delete(claimTags).where(eq(claimTags.claimId, claimId)).run();
    if (tags.length) db.insert(claimTags).values(tags.map((tag) => ({ claimId, tag }))).onConflictDoNothing().run();
  }

  /** A stale If-Match is 412, naming who made the latest change and when, so the loser of a race knows what happened. */
  function assertVersion(row: ClaimRow, expected: number | '*'): void {
    if (expected !== '*' && row.version !== expected) {
      const last = db
        .select({ id: apiKeys.id, name: apiKeys.name, at: auditEvents.at })
        .from(auditEvents)
        .innerJoin(apiKeys, eq(apiKeys.id, auditEvents.actorId))
        .where(eq(auditEvents.claimId, row.id))
        .orderBy(desc(auditEvents.seq))
        .limit(1)
        .get();
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
  function casUpdate(before: ClaimRow, set: Partial<ClaimRow>, at: string): ClaimRow {
    const after = db
      .update(claims)
      .set({ ...set, version: sql`${claims.version} + 1`, updatedAt: at })
      .where(and(eq(claims.id, before.id), eq(claims.version, before.version)))
      .returning()
      .get();
    if (!after) throw new AppError('PRECONDITION_FAILED', `Claim ${before.id} changed while it was being updated. Read it again and retry.`);
    return after;
  }

  /** The filters list and countByStatus share (everything but status and the cursor). */
  function filterConditions(f: Pick<ClaimListFilter, 'claimant' | 'updatedSince' | 'tag' | 'language'>): SQL[] {
    const conds: SQL[] = [];
    if (f.claimant) conds.push(eq(claims.claimant, f.claimant));
    // Stored instants are toISOString() (UTC, milliseconds): compare like with like, not the raw text.
    if (f.updatedSince) conds.push(gte(claims.updatedAt, new Date(f.updatedSince).toISOString()));
    if (f.tag) conds.push(sql`EXISTS (SELECT 1 FROM ${claimTags} WHERE ${claimTags.claimId} = ${claims.id} AND ${claimTags.tag} = ${f.tag})`);
    // The expression of claims_language_idx, so that the filter and the order come from that index.
    if (f.language) conds.push(sql`${CLAIM_PRIMARY_LANGUAGE} = ${f.language.split('-')[0]!.toLowerCase()}`);
    return conds;
  }

  function activeStances(claimId: string) {
    return db.select({ stance: evidence.stance }).from(evidence).where(and(eq(evidence.claimId, claimId), isNull(evidence.retractedAt))).all().map((r) => r.stance);
  }

  return {
    find,
    get,
    assertVersion,
    casUpdate,
    activeStances,

    create(actorId: string, input: ClaimInput): ClaimRow {
      return inTransaction(db, () => {
        const now = new Date().toISOString();
        const tags = [...new Set(input.tags ?? [])];
        const row = db
          .insert(claims)
          .values({
            id: newId('clm'),
            text: input.text,
            claimant: input.claimant ?? null,
            claimDate: input.claimDate ?? null,
            language: input.language ?? 'en',
            tags,
            ...firstAppearanceColumns(input.firstAppearance),
            quantities: parseQuantities(input.text),
            createdAt: now,
            createdBy: actorId,
            updatedAt: now,
          })
          .returning()
          .get();
        writeTags(row.id, tags);
        audit.append({ actorId, action: 'claim.created', at: now, entity: { type: 'claim', id: row.id }, claimId: row.id, changes: diff(null, row, CLAIM_AUDITED_FIELDS) });
        return row;
      });
    },

    update(actorId: string, id: string, expectedVersion: number | '*', patch: Partial<ClaimInput>): ClaimRow {
      return inTransaction(db, () => {
        const before = get(id);
        assertVersion(before, expectedVersion);
        const set: Partial<ClaimRow> = {};
        if (patch.text !== undefined && patch.text !== before.text) {
          if (isVerdict(before.status)) {
            throw new AppError('CLAIM_LOCKED', `Claim ${id} has the verdict "${before.status}"; re-open it to "in_review" before editing its text.`, { rule: 'text-locked-by-verdict' });
          }
          set.text = patch.text;
          set.quantities = parseQuantities(patch.text);
        }
        if (patch.claimant !== undefined) set.claimant = patch.claimant;
        if (patch.claimDate !== undefined) set.claimDate = patch.claimDate;
        if (patch.language !== undefined) set.language = patch.language;
        if (patch.tags !== undefined) set.tags = [...new Set(patch.tags)];
        if (patch.firstAppearance !== undefined) Object.assign(set, firstAppearanceColumns(patch.firstAppearance));
        const now = new Date().toISOString();
        const changes = diff(before, { ...before, ...set }, CLAIM_AUDITED_FIELDS);
        if (Object.keys(changes).length === 0) return before; // nothing changed: no new version, no event
        const after = casUpdate(before, set, now);
        if (set.tags) writeTags(id, set.tags);
        audit.append({ actorId, action: 'claim.updated', at: now, entity: { type: 'claim', id }, claimId: id, changes });
        return after;
      });
    },

    setStatus(actor: Actor & { role: Role }, id: string, expectedVersion: number | '*', to: ClaimStatus, rationale: string | null): ClaimRow {
      return inTransaction(db, () => {
        const before = get(id);
        assertVersion(before, expectedVersion);
        const refusal = checkTransition({ from: before.status, to, rationale, role: actor.role, activeStances: activeStances(id) });
        if (refusal) {
          throw refusal.status === 403
            ? new AppError('FORBIDDEN', refusal.detail, { rule: refusal.rule, requiredRole: refusal.requiredRole })
            : new AppError('TRANSITION_NOT_ALLOWED', refusal.detail, { rule: refusal.rule, from: before.status, to });
        }
        const now = new Date().toISOString();
        const reopening = isVerdict(before.status);
        const set: Partial<ClaimRow> = isVerdict(to)
          ? { status: to, statusRationale: rationale, reviewedBy: actor.id, reviewedAt: now }
          : { status: to, statusRationale: rationale ?? null, reviewedBy: null, reviewedAt: null }; // no verdict, no reviewer of it
        const after = casUpdate(before, set, now);
        audit.append({
          actorId: actor.id, action: reopening ? 'claim.reopened' : 'claim.status_changed', at: now,
          entity: { type: 'claim', id }, claimId: id, changes: diff(before, after, CLAIM_AUDITED_FIELDS), reason: rationale,
        });
        return after;
      });
    },

    list(f: ClaimListFilter): ClaimRow[] {
      const conds = filterConditions(f);
      if (f.cursor) conds.push(lt(claims.id, f.cursor));
      if (f.status?.length) conds.push(inArray(claims.status, f.status));
      return db.select().from(claims).where(and(...conds)).orderBy(desc(claims.id)).limit(f.limit + 1).all();
    },

    /** How many claims have each status, under the same filters as list (every status present, 0 when none). */
    countByStatus(f: Omit<ClaimListFilter, 'limit' | 'cursor' | 'status' | 'q'>): Record<ClaimStatus, number> {
      const rows = db
        .select({ status: claims.status, n: sql<number>`count(*)` })
        .from(claims)
        .where(and(...filterConditions(f)))
        .groupBy(claims.status)
        .all();
      const counts = Object.fromEntries(CLAIM_STATUSES.map((st) => [st, 0])) as Record<ClaimStatus, number>;
      for (const r of rows) counts[r.status] = r.n;
      return counts;
    },
  };
}

export type Claims = ReturnType<typeof createClaims>;
