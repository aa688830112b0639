// Which audit events become which webhook events, and which subscriptions want them. Pure logic.
import type { ClaimStatus, WebhookEventType, WebhookFilterJson } from './types.js';

/**
 * Audit action → webhook event type. Re-openings are status changes too. Actions not listed (sources,
 * keys, webhooks themselves, claim edits) are never sent. A new action becomes a webhook event by being
 * added here: the outbox picks it up from the audit log, whichever service appends it.
 */
export const WEBHOOK_EVENT_FOR_ACTION: Readonly<Record<string, WebhookEventType>> = {
  'claim.created': 'claim.created',
  'claim.status_changed': 'claim.status_changed',
  'claim.reopened': 'claim.status_changed',
  'claim.auto_reopened': 'claim.status_changed',
  'verdict.published': 'verdict.published',
  'verdict.updated': 'verdict.updated',
  'verdict.unpublished': 'verdict.unpublished',
  'evidence.added': 'evidence.added',
  'evidence.retracted': 'evidence.retracted',
  'request.answered': 'request.answered',
};

/** What a filter is compared with: the claim after the change, and (request.answered) the request's channel. */
export interface FilterSubject {
  tags: readonly string[] | null;
  status: ClaimStatus | null;
  channel: string | null;
}

/** Each non-empty list of the filter must match; an event without a claim matches no tag or status list. */
export function filterMatches(filter: WebhookFilterJson, s: FilterSubject): boolean {
  if (filter.tags.length && !(s.tags ?? []).some((t) => filter.tags.includes(t))) return false;
  if (filter.statuses.length && !(s.status && filter.statuses.includes(s.status))) return false;
  if (filter.channels.length && !(s.channel && filter.channels.includes(s.channel))) return false;
  return true;
}

export const EMPTY_FILTER: WebhookFilterJson = { tags: [], statuses: [], channels: [] };

/**
 * The delay before retry number `attempt` (1 = after the first failure): exponential from `baseMs`, capped
 * at `maxMs`, with "equal jitter" (half fixed, half random) so that receivers coming back from an outage are
 * not hit by every sender at the same instant.
 */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.min(attempt - 1, 40));
  return Math.round(exp / 2 + random() * (exp / 2));
}
