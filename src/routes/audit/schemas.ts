// Schemas of the audit log routes (and of a claim's history), plus cursors by seq.
import { z } from 'zod';
import { decodeCursor, encodeCursor } from '../../lib/pagination.js';
import { ActorRef, listOf } from '../../schemas/common.js';

const Hash = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits').meta({ description: 'A sha256, hex.', examples: ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'] });

export const AuditEvent = z
  .object({
    seq: z.number().int().meta({ description: 'Position in the one global chain: 1, 2, 3 … without gaps.' }),
    at: z.string().meta({ description: 'When the change was made (ISO-8601 UTC).' }),
    actor: ActorRef,
    action: z.string().meta({ description: 'What happened: claim.created, claim.updated, claim.status_changed, claim.reopened, claim.auto_reopened, evidence.added, evidence.retracted, source.created, source.updated, api_key.created, api_key.revoked, external_review.imported, external_review.updated.', examples: ['claim.status_changed'] }),
    entity: z.object({ type: z.string().meta({ examples: ['claim'] }), id: z.string() }).meta({ description: 'The record that changed.' }),
    claimId: z.string().nullable().meta({ description: 'The claim the event belongs to (for claims and their evidence).' }),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).meta({ description: 'Each changed field with its value before and after.' }),
    reason: z.string().nullable().meta({ description: 'Why: the verdict rationale, re-opening or retraction reason, or the automatic cause.' }),
    prevHash: Hash.meta({ description: 'The hash of the previous event (64 zeros for the first).' }),
    hash: Hash.meta({ description: 'sha256 of prevHash followed by the RFC 8785 canonical JSON of the event without `hash` (and with `actor` as the key id).' }),
  })
  .meta({ id: 'AuditEvent', description: 'One entry of the append-only, hash-chained audit log.' });

export const AuditEventPage = listOf(AuditEvent);

const PROBLEMS = ['seq-gap', 'seq-out-of-order', 'broken-link', 'hash-mismatch', 'malformed', 'checkpoint-mismatch', 'truncated', 'bad-signature'] as const;
const Problem = z.enum(PROBLEMS).meta({ description: 'seq-gap: an event is missing; seq-out-of-order: duplicated or reordered; broken-link: prevHash is not the previous hash; hash-mismatch: content edited; checkpoint-mismatch: history up to a checkpoint rewritten; truncated: events after a checkpoint removed.' });

export const Verification = z
  .union([
    z.object({
      ok: z.literal(true),
      eventsChecked: z.number().int(),
      headSeq: z.number().int().meta({ description: 'The last event.' }),
      headHash: Hash.meta({ description: 'Its hash: with headSeq, what a checkpoint signs.' }),
    }),
    z.object({
      ok: z.literal(false),
      firstBadSeq: z.number().int().meta({ description: 'The first seq at which the chain fails.' }),
      problem: Problem,
      detail: z.string(),
      eventsChecked: z.number().int().meta({ description: 'Events verified before the failure.' }),
    }),
  ])
  .meta({ id: 'AuditVerification' });

export const SignedCheckpoint = z
  .object({
    checkpoint: z.object({
      origin: z.string().meta({ description: 'The service that signed (its public base URL).' }),
      size: z.number().int().meta({ description: 'How many events the log had.' }),
      headHash: Hash.meta({ description: 'The hash of event `size` (64 zeros when size is 0).' }),
    }),
    signature: z.string().meta({ description: 'Ed25519 signature, base64, over the RFC 8785 canonical JSON of `checkpoint`.' }),
    publicKey: z.string().meta({ description: 'The signing public key, SPKI PEM. Pin it: compare with the key the operator publishes.' }),
    keyId: z.string().meta({ description: 'First 16 hex digits of sha256 of the public key (SPKI DER).' }),
  })
  .meta({ id: 'SignedCheckpoint', description: 'A signed statement of the log size and head hash. Save it: later it proves the log was not rewritten.' });

export const ConsistencyQuery = z.object({
  size: z.coerce.number().int().min(0).meta({ description: 'The `checkpoint.size` of the checkpoint you kept.' }),
  headHash: Hash.meta({ description: 'The `checkpoint.headHash` of the checkpoint you kept.' }),
});

export const Consistency = z
  .object({
    consistent: z.boolean().meta({ description: 'True when today\'s log extends the old checkpoint unchanged.' }),
    from: z.object({ size: z.number().int(), headHash: z.string() }).meta({ description: 'The checkpoint you sent.' }),
    to: SignedCheckpoint.meta({ description: 'A checkpoint of the log now: keep it for next time.' }),
    eventsChecked: z.number().int().meta({ description: 'Events verified (before the first problem, if any).' }),
    firstBadSeq: z.number().int().optional(),
    problem: Problem.optional(),
    detail: z.string().optional(),
  })
  .meta({ id: 'AuditConsistency' });

export const AuditEventFilters = {
  entityType: z.enum(['claim', 'evidence', 'source', 'api_key', 'request', 'publication', 'external_review']).optional().meta({ description: 'Only events about this kind of record.' }),
  entityId: z.string().max(100).optional().meta({ description: 'Only events about this record (claim, evidence, source or key id).' }),
  claimId: z.string().max(100).optional().meta({ description: 'Only events of this claim and its evidence.' }),
  action: z.string().max(100).optional().meta({ description: 'Only this action, e.g. claim.status_changed.' }),
  actor: z.string().max(100).optional().meta({ description: 'Only changes made by this API key id.' }),
};

/** Cursors by seq, opaque like every other cursor. */
export const seqCursor = {
  decode: (cursor: string | undefined) => {
    const s = decodeCursor(cursor, /^[1-9][0-9]{0,14}$/);
    return s === undefined ? undefined : Number(s);
  },
  page<T extends { seq: number }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor(String(last.seq)) : null };
  },
};
