// What a published verdict does to the requests linked to its claim: each one still waiting becomes
// "answered", with a request.answered audit event, in the transaction that publishes the verdict, so the
// asker is told exactly once per answer and never about a verdict that rolled back.
import type { ClaimRecord, RequestRecord, RequestStatus } from '../domain/types.js';
import { isVerdict } from '../domain/workflow.js';
import type { Repositories } from '../repositories/types.js';
import { appendAuditEvent } from './audit-log.js';

/**
 * Whether a claim's verdict is out for the public. Until verdicts have their own publication step, a
 * claim with a final verdict status counts as published.
 */
export function isPublished(claim: Pick<ClaimRecord, 'status'>): boolean {
  return isVerdict(claim.status);
}

/** The status a request linked to this claim has. */
export function linkedStatus(claim: Pick<ClaimRecord, 'status'>): RequestStatus {
  return isPublished(claim) ? 'answered' : 'linked';
}

/** Where the public reads the answer to a request about this claim. */
export type AnswerUrl = (claim: ClaimRecord) => string;

/** Until verdicts have public pages, the answer is the claim in the API. */
export const claimApiUrl = (publicBaseUrl: string): AnswerUrl => (claim) => `${publicBaseUrl}/v1/claims/${claim.id}`;

/**
 * The request.answered audit event. It carries what a notification to the asker needs, so the webhook
 * outbox builds it from the event alone: the claim (claim_id), the request's channel (which subscriptions
 * get it), and the answer — claim, verdict and the URL to read it at.
 */
export async function recordAnswered(r: Repositories, request: RequestRecord, claim: ClaimRecord, actorId: string, at: string, answerUrl: AnswerUrl) {
  await appendAuditEvent(r.audit, {
    actorId, action: 'request.answered', at, entity: { type: 'request', id: request.id }, claimId: claim.id,
    changes: {
      status: { from: request.status, to: 'answered' },
      answeredAt: { from: request.answeredAt, to: at },
      // Unchanged, but named so the event says which channel to answer on.
      channel: { from: request.channel, to: request.channel },
      answer: { from: null, to: { claimId: claim.id, status: claim.status, url: answerUrl(claim) } },
    },
  });
}

/** Marks the claim's linked, unanswered requests answered (call it inside the publishing unit of work). */
export async function answerLinkedRequests(r: Repositories, claim: ClaimRecord, actorId: string, at: string, answerUrl: AnswerUrl): Promise<number> {
  if (!isPublished(claim)) return 0;
  const waiting = await r.requests.unansweredForClaim(claim.id);
  for (const request of waiting) {
    await r.requests.update(request.id, { status: 'answered', answeredAt: at });
    await recordAnswered(r, request, claim, actorId, at, answerUrl);
  }
  return waiting.length;
}
