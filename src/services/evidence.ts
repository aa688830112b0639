// Evidence: links from a claim to a source, with quotes checked against the source's snapshot.
// Evidence is never deleted; a retraction that breaks a verdict's rule sends the claim back to review.
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { evidence, type QuantityJson, type Stance } from '../db/schema.js';
import { quoteDiscrepancies } from '../domain/discrepancies.js';
import { findQuote, normaliseText } from '../domain/quote-match.js';
import { brokenVerdictRule } from '../domain/workflow.js';
import { AppError } from '../errors.js';
import { newId } from '../lib/ids.js';
import { inTransaction } from '../lib/transaction.js';
import type { ActorRef } from './api-keys.js';
import { diff, type AuditLog } from './audit-log.js';
import { CLAIM_AUDITED_FIELDS, type Claims } from './claims.js';
import type { SourceRow, Sources } from './sources.js';

export type EvidenceRow = typeof evidence.$inferSelect;

export interface EvidenceInput {
  sourceId: string;
  stance: Stance;
  quote?: string | null;
  note?: string | null;
}

const AUDITED_FIELDS = ['claimId', 'sourceId', 'stance', 'quote', 'quoteSelector', 'note', 'retractedAt', 'retractedBy', 'retractionReason'] as const;

export function toSourceSummary(s: SourceRow) {
  return { id: s.id, url: s.canonicalUrl, citation: s.citation, title: s.title, publisher: s.publisher, kind: s.kind, publishedAt: s.publishedAt };
}

/** `claimQuantities` are those of the claim the evidence belongs to: figures in the quote are compared with them. */
export function toEvidenceDto(row: EvidenceRow, source: SourceRow, refs: (id: string | null) => ActorRef | null, claimQuantities: readonly QuantityJson[]) {
  return {
    id: row.id,
    claimId: row.claimId,
    sourceId: row.sourceId,
    source: toSourceSummary(source),
    stance: row.stance,
    quote: row.quote,
    quoteSelector: row.quoteSelector,
    note: row.note,
    createdAt: row.createdAt,
    createdBy: refs(row.createdBy)!,
    retractedAt: row.retractedAt,
    retractedBy: refs(row.retractedBy),
    retractionReason: row.retractionReason,
    discrepancies: quoteDiscrepancies(claimQuantities, row.id, row.quote),
  };
}

export function createEvidence(db: Db, audit: AuditLog, claimsService: Claims, sourcesService: Sources) {
  function get(claimId: string, id: string): EvidenceRow {
    const row = db.select().from(evidence).where(and(eq(evidence.id, id), eq(evidence.claimId, claimId))).get();
    if (!row) throw new AppError('EVIDENCE_NOT_FOUND', `Claim ${claimId} has no evidence with id ${id}.`);
    return row;
  }

  return {
    get,

    /** The claim's evidence, oldest first, with each one's source. With `limit`, one page (limit + 1 rows) after `after`. */
    list(claimId: string, opts: { includeRetracted: boolean; limit?: number; after?: string }): { row: EvidenceRow; source: SourceRow }[] {
      const conds = [eq(evidence.claimId, claimId)];
      if (!opts.includeRetracted) conds.push(isNull(evidence.retractedAt));
      if (opts.after) conds.push(gt(evidence.id, opts.after));
      const query = db.select().from(evidence).where(and(...conds)).orderBy(asc(evidence.id));
      const rows = opts.limit === undefined ? query.all() : query.limit(opts.limit + 1).all();
      return rows.map((row) => ({ row, source: sourcesService.get(row.sourceId) }));
    },

    add(actorId: string, claimId: string, expectedVersion: number | '*', input: EvidenceInput): EvidenceRow {
      return inTransaction(db, () => {
        const claim = claimsService.get(claimId);
        claimsService.assertVersion(claim, expectedVersion);
        const source = sourcesService.find(input.sourceId);
        if (!source) throw new AppError('UNKNOWN_REFERENCE', `sourceId ${input.sourceId} is not a source.`, {}, [{ path: 'body.sourceId', message: 'No such source' }]);
        const quote = input.quote?.trim() ? input.quote : null;
        let quoteSelector = null;
        if (quote && source.content != null) {
          quoteSelector = findQuote(source.content, quote);
          if (!quoteSelector) {
            throw new AppError('QUOTE_NOT_IN_SOURCE', `The quote does not occur in the content of source ${source.id} (compared with whitespace and typographic quotes normalised). Quote it verbatim.`, {}, [{ path: 'body.quote', message: 'Not found in the source content' }]);
          }
        }
        const duplicate = db
          .select({ id: evidence.id, quote: evidence.quote })
          .from(evidence)
          .where(and(eq(evidence.claimId, claimId), eq(evidence.sourceId, source.id), eq(evidence.stance, input.stance), isNull(evidence.retractedAt)))
          .all()
          .find((e) => (e.quote === null ? null : normaliseText(e.quote)) === (quote === null ? null : normaliseText(quote)));
        if (duplicate) throw new AppError('DUPLICATE_EVIDENCE', `Evidence ${duplicate.id} already links this claim to source ${source.id} with the same stance and quote.`, { evidenceId: duplicate.id });

        const now = new Date().toISOString();
        const row = db
          .insert(evidence)
          .values({ id: newId('evd'), claimId, sourceId: source.id, stance: input.stance, quote, quoteSelector, note: input.note ?? null, createdAt: now, createdBy: actorId })
          .returning()
          .get();
        claimsService.casUpdate(claim, {}, now);
        audit.append({ actorId, action: 'evidence.added', at: now, entity: { type: 'evidence', id: row.id }, claimId, changes: diff(null, row, AUDITED_FIELDS) });
        return row;
      });
    },

    retract(actorId: string, claimId: string, id: string, expectedVersion: number | '*', reason: string): EvidenceRow {
      return inTransaction(db, () => {
        const claim = claimsService.get(claimId);
        claimsService.assertVersion(claim, expectedVersion);
        const before = get(claimId, id);
        if (before.retractedAt) throw new AppError('EVIDENCE_ALREADY_RETRACTED', `Evidence ${id} was retracted at ${before.retractedAt}.`);
        const now = new Date().toISOString();
        const after = db.update(evidence).set({ retractedAt: now, retractedBy: actorId, retractionReason: reason }).where(eq(evidence.id, id)).returning().get()!;
        const claimAfterRetraction = claimsService.casUpdate(claim, {}, now);
        audit.append({ actorId, action: 'evidence.retracted', at: now, entity: { type: 'evidence', id }, claimId, changes: diff(before, after, AUDITED_FIELDS), reason });

        const broken = brokenVerdictRule(claim.status, claimsService.activeStances(claimId));
        if (broken) {
          const why = `Automatic: retracting evidence ${id} left the verdict "${claim.status}" without ${broken.needs} (rule ${broken.rule}).`;
          const reopened = claimsService.casUpdate(claimAfterRetraction, { status: 'in_review', statusRationale: why, reviewedBy: null, reviewedAt: null }, now);
          audit.append({
            actorId, action: 'claim.auto_reopened', at: now, entity: { type: 'claim', id: claimId }, claimId,
            changes: diff(claimAfterRetraction, reopened, CLAIM_AUDITED_FIELDS), reason: why,
          });
        }
        return after;
      });
    },
  };
}

export type EvidenceService = ReturnType<typeof createEvidence>;
