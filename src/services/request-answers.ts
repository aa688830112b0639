// What publishing a verdict does to the requests linked to its claim: each one still waiting becomes
// "answered", with a request.answered audit event, in the transaction that publishes the verdict, so the
// asker is told exactly once per answer and never about a publication that rolled back.
import type { ClaimRecord, ClaimStatus, RequestRecord, RequestStatus } from '../domain/types.js';
import { reviewUrl } from '../domain/publication.js';
import type { Repositories } from '../repositories/types.js';
import { appendAuditEvent } from './audit-log.js';

/** The public answer to a request: the claim's fact-check as it is published now. */
export interface PublishedAnswer {
  /** The public fact-check page (REVIEW_URL_TEMPLATE with the publication's slug). */
  url: string;
  /** The verdict and the label readers are shown: the latest published rating, not the claim's status now. */
  verdict: ClaimStatus;
  label: string;
}

/** The claim's live publication as an answer, or null when it was never published or is withdrawn. */
export type AnswerLookup = (r: Repositories, claim: Pick<ClaimRecord, 'id'>) => Promise<PublishedAnswer | null>;

export const publishedAnswer = (reviewUrlTemplate: string): AnswerLookup => async (r, claim) => {
  const publication = await r.publications.find(claim.id);
  if (!publication || publication.unpublishedAt) return null;
  const rating = (await r.publications.ratings(claim.id)).at(-1);
  if (!rating) return null;
  return { url: reviewUrl(reviewUrlTemplate, publication.slug), verdict: rating.verdict, label: rating.label };
};

/** The status a request linked to this claim has. */
export function linkedStatus(answer: PublishedAnswer | null): RequestStatus {
  return answer ? 'answered' : 'linked';
}

/**
 * The request.answered audit event. It carries what a notification to the asker needs, so the webhook
 * outbox builds it from the event alone: the claim (claim_id), the request's channel (which subscriptions
 * get it), and the answer — claim, published verdict and label, and the public page to read it at.
 */
export async function recordAnswered(r: Repositories, request: RequestRecord, claim: Pick<ClaimRecord, 'id'>, actorId: string, at: string, answer: PublishedAnswer) {
  await appendAuditEvent(r.audit, {
    actorId, action: 'request.answered', at, entity: { type: 'request', id: request.id }, claimId: claim.id,
    changes: {
      status: { from: request.status, to: 'answered' },
      answeredAt: { from: request.answeredAt, to: at },
      // Unchanged, but named so the event says which channel to answer on.
      channel: { from: request.channel, to: request.channel },
      answer: { from: null, to: { claimId: claim.id, status: answer.verdict, label: answer.label, url: answer.url } },
    },
  });
}

/** Marks the claim's linked, unanswered requests answered (call it inside the publishing unit of work). */
export async function answerLinkedRequests(r: Repositories, claim: Pick<ClaimRecord, 'id'>, actorId: string, at: string, answer: PublishedAnswer | null): Promise<number> {
  if (!answer) return 0;
  const waiting = await r.requests.unansweredForClaim(claim.id);
  for (const request of waiting) {
    await r.requests.update(request.id, { status: 'answered', answeredAt: at });
    await recordAnswered(r, request, claim, actorId, at, answer);
  }
  return waiting.length;
}
