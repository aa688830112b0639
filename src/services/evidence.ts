// Evidence: links from a claim to a source, with quotes checked against the source's snapshot.
// Evidence is never deleted; a retraction that breaks a verdict's rule sends the claim back to review.
import type { ClaimRecord, EvidenceRecord, EvidenceWithSource, SourceSummaryRecord, Stance } from '../domain/types.js';
import { findQuote, normaliseText } from '../domain/quote-match.js';
import { brokenVerdictRule } from '../domain/workflow.js';
import { AppError } from '../errors.js';
import { newId } from '../lib/ids.js';
import type { EvidenceListOptions, Repositories, Storage } from '../repositories/types.js';
import { appendAuditEvent, diff } from './audit-log.js';
import { assertClaimVersion, CLAIM_AUDITED_FIELDS, getClaim, updateClaim } from './claims.js';

export type EvidenceRow = EvidenceRecord;

export interface EvidenceInput {
  sourceId: string;
  stance: Stance;
  quote?: string | null;
  note?: string | null;
}

/** An evidence change and the claim as it stands after it (its version moved on). */
export interface EvidenceResult {
  evidence: EvidenceRecord;
  source: SourceSummaryRecord;
  claim: ClaimRecord;
}

export const EVIDENCE_AUDITED_FIELDS = ['claimId', 'sourceId', 'stance', 'quote', 'quoteSelector', 'note', 'retractedAt', 'retractedBy', 'retractionReason'] as const;

export const toSourceSummary = (s: SourceSummaryRecord): SourceSummaryRecord => ({
  id: s.id, canonicalUrl: s.canonicalUrl, citation: s.citation, title: s.title, publisher: s.publisher, kind: s.kind, publishedAt: s.publishedAt,
});

async function getEvidence(r: Repositories, claimId: string, id: string): Promise<EvidenceRecord> {
  const row = await r.evidence.find(claimId, id);
  if (!row) throw new AppError('EVIDENCE_NOT_FOUND', `Claim ${claimId} has no evidence with id ${id}.`);
  return row;
}

export function createEvidence(storage: Storage) {
  return {
    /** The claim's evidence, oldest first, with each one's source. With `limit`, one page (limit + 1 rows) after `after`. */
    async list(claimId: string, opts: EvidenceListOptions): Promise<{ claim: ClaimRecord; items: EvidenceWithSource[] }> {
      const r = storage.read;
      const claim = await getClaim(r, claimId);
      return { claim, items: await r.evidence.listForClaim(claimId, opts) };
    },

    add(actorId: string, claimId: string, expectedVersion: number | '*', input: EvidenceInput): Promise<EvidenceResult> {
      return storage.withTransaction(async (r) => {
        const claim = await getClaim(r, claimId);
        await assertClaimVersion(r, claim, expectedVersion);
        const source = await r.sources.find(input.sourceId);
        if (!source) throw new AppError('UNKNOWN_REFERENCE', `sourceId ${input.sourceId} is not a source.`, {}, [{ path: 'body.sourceId', message: 'No such source' }]);
        const quote = input.quote?.trim() ? input.quote : null;
        let quoteSelector = null;
        if (quote && source.content != null) {
          quoteSelector = findQuote(source.content, quote);
          if (!quoteSelector) {
            throw new AppError('QUOTE_NOT_IN_SOURCE', `The quote does not occur in the content of source ${source.id} (compared with whitespace and typographic quotes normalised). Quote it verbatim.`, {}, [{ path: 'body.quote', message: 'Not found in the source content' }]);
          }
        }
        const normalised = quote === null ? null : normaliseText(quote);
        const duplicate = (await r.evidence.activeLinks(claimId, source.id, input.stance))
          .find((e) => (e.quote === null ? null : normaliseText(e.quote)) === normalised);
        if (duplicate) throw new AppError('DUPLICATE_EVIDENCE', `Evidence ${duplicate.id} already links this claim to source ${source.id} with the same stance and quote.`, { evidenceId: duplicate.id });

        const now = new Date().toISOString();
        const row: EvidenceRecord = {
          id: newId('evd'), claimId, sourceId: source.id, stance: input.stance, quote, quoteSelector, note: input.note ?? null,
          createdAt: now, createdBy: actorId, retractedAt: null, retractedBy: null, retractionReason: null,
        };
        await r.evidence.insert(row);
        const after = await updateClaim(r, claim, {}, now);
        await appendAuditEvent(r.audit, { actorId, action: 'evidence.added', at: now, entity: { type: 'evidence', id: row.id }, claimId, changes: diff(null, row, EVIDENCE_AUDITED_FIELDS) });
        return { evidence: row, source: toSourceSummary(source), claim: after };
      });
    },

    retract(actorId: string, claimId: string, id: string, expectedVersion: number | '*', reason: string): Promise<EvidenceResult> {
      return storage.withTransaction(async (r) => {
        const claim = await getClaim(r, claimId);
        await assertClaimVersion(r, claim, expectedVersion);
        const before = await getEvidence(r, claimId, id);
        if (before.retractedAt) throw new AppError('EVIDENCE_ALREADY_RETRACTED', `Evidence ${id} was retracted at ${before.retractedAt}.`);
        const now = new Date().toISOString();
        const after = await r.evidence.retract(id, now, actorId, reason);
        let claimAfter = await updateClaim(r, claim, {}, now);
        await appendAuditEvent(r.audit, { actorId, action: 'evidence.retracted', at: now, entity: { type: 'evidence', id }, claimId, changes: diff(before, after, EVIDENCE_AUDITED_FIELDS), reason });

        const broken = brokenVerdictRule(claim.status, await r.claims.activeStances(claimId));
        if (broken) {
          const why = `Automatic: retracting evidence ${id} left the verdict "${claim.status}" without ${broken.needs} (rule ${broken.rule}).`;
          const reopened = await updateClaim(r, claimAfter, { status: 'in_review', statusRationale: why, verdictLabel: null, reviewedBy: null, reviewedAt: null }, now);
          await appendAuditEvent(r.audit, {
            actorId, action: 'claim.auto_reopened', at: now, entity: { type: 'claim', id: claimId }, claimId,
            changes: diff(claimAfter, reopened, CLAIM_AUDITED_FIELDS), reason: why,
          });
          claimAfter = reopened;
        }
        const source = (await r.sources.find(after.sourceId))!;
        return { evidence: after, source: toSourceSummary(source), claim: claimAfter };
      });
    },
  };
}

export type EvidenceService = ReturnType<typeof createEvidence>;
