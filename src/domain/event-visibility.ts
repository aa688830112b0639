// Who sees what on the live event stream (GET /v1/events/stream). The audit log itself — who made a change,
// the values before and after, the reason — is for auditors and admins, as the history and the audit routes
// are; the other roles get a notice that something they can read changed, so that a screen can refresh.
import type { Role } from './types.js';

/** Entities every role may read, so every role hears that they changed. */
export const NOTICE_ENTITY_TYPES: readonly string[] = ['claim', 'evidence', 'source', 'request'];

/**
 * `full`: every event (keys, webhooks and every other entity included) with actor, changes, reason and hash.
 * `notice`: events about claims, evidence and sources only, as {seq, at, action, entity, claimId}.
 */
export function streamAccess(role: Role): 'full' | 'notice' {
  return role === 'auditor' || role === 'admin' ? 'full' : 'notice';
}
