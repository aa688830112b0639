// The ClaimWithEvidence shape: a claim, its evidence, and the figures in the quotes that disagree with it.
import type { ActorRef } from './api-keys.js';
import { toClaimDto, type ClaimRow } from './claims.js';
import { toEvidenceDto, type EvidenceRow } from './evidence.js';
import type { SourceRow } from './sources.js';

export function toClaimWithEvidenceDto(claim: ClaimRow, evidence: ReadonlyArray<{ row: EvidenceRow; source: SourceRow }>, refs: (id: string | null) => ActorRef | null) {
  const items = evidence.map(({ row, source }) => toEvidenceDto(row, source, refs, claim.quantities));
  return { ...toClaimDto(claim, refs), evidence: items, discrepancies: items.flatMap((e) => e.discrepancies) };
}
