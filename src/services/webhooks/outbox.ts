// The transactional outbox: runs inside the unit of work of every change that appended audit events,
// before COMMIT, and writes one message per (event, interested subscription). A change that rolls back
// takes its messages with it; a change that commits has them on disk before anyone is told it happened.
import type { Config } from '../../config.js';
import { reviewUrl } from '../../domain/publication.js';
import { filterMatches, WEBHOOK_EVENT_FOR_ACTION } from '../../domain/webhooks.js';
import type { ClaimRecord } from '../../domain/types.js';
import { newId } from '../../lib/ids.js';
import type { AuditRow, Repositories } from '../../repositories/types.js';

/**
 * The JSON body sent to receivers, in the Standard Webhooks shape {type, timestamp, data}. `factCheckUrl` is the
 * claim's public fact-check page while it is published (null before the first publication and once withdrawn).
 */
export function webhookPayload(type: string, row: AuditRow, claim: ClaimRecord | undefined, publicBaseUrl: string, factCheckUrl: string | null = null): string {
  return JSON.stringify({
    type,
    timestamp: row.at,
    data: {
      seq: row.seq,
      action: row.action,
      entity: { type: row.entity_type, id: row.entity_id },
      claimId: row.claim_id,
      changes: JSON.parse(row.changes) as unknown,
      reason: row.reason,
      claim: claim
        ? {
          id: claim.id, text: claim.text, status: claim.status, statusRationale: claim.statusRationale, tags: claim.tags, language: claim.language,
          url: `${publicBaseUrl}/v1/claims/${claim.id}`, consoleUrl: `${publicBaseUrl}/console/claims/${claim.id}`, factCheckUrl,
        }
        : null,
    },
  });
}

/** The request's channel of a request.answered event: carried in its changes as {channel: {to}}. */
function channelOf(row: AuditRow): string | null {
  const changes = JSON.parse(row.changes) as Record<string, { from?: unknown; to?: unknown } | undefined>;
  const value = changes.channel?.to ?? changes.channel?.from;
  return typeof value === 'string' ? value : null;
}

export function createOutbox(config: Pick<Config, 'publicBaseUrl' | 'reviewUrlTemplate'>) {
  let written = false;
  return {
    async beforeCommit(repos: Repositories, appended: readonly AuditRow[]): Promise<void> {
      const events = appended.filter((r) => WEBHOOK_EVENT_FOR_ACTION[r.action]);
      if (!events.length) return;
      const subscriptions = await repos.webhooks.enabled();
      if (!subscriptions.length) return;
      for (const row of events) {
        const type = WEBHOOK_EVENT_FOR_ACTION[row.action]!;
        const wanting = subscriptions.filter((s) => s.eventTypes.includes(type));
        if (!wanting.length) continue;
        // The claim as this transaction left it: what the filter compares and the payload shows.
        const claim = row.claim_id ? await repos.claims.find(row.claim_id) : undefined;
        const subject = { tags: claim?.tags ?? null, status: claim?.status ?? null, channel: channelOf(row) };
        const publication = claim ? await repos.publications.find(claim.id) : undefined;
        const factCheckUrl = publication && !publication.unpublishedAt ? reviewUrl(config.reviewUrlTemplate, publication.slug) : null;
        const payload = webhookPayload(type, row, claim, config.publicBaseUrl, factCheckUrl);
        for (const s of wanting) {
          if (!filterMatches(s.filter, subject)) continue;
          await repos.webhooks.insertMessage({
            id: newId('msg'), webhookId: s.id, seq: row.seq, eventType: type, payload, state: 'pending', attempts: 0, nextAttemptAt: row.at,
            lastAttemptAt: null, lastStatus: null, lastError: null, failingSince: null, createdAt: row.at, deliveredAt: null,
          });
          written = true;
        }
      }
    },
    /** Whether messages were written since the last call (the worker is woken only then). */
    takeWritten(): boolean {
      const w = written;
      written = false;
      return w;
    },
  };
}
