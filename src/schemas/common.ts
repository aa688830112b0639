// Schemas shared by every route: problems, actors, pagination, ids. Registered once as OpenAPI components.
import { z } from 'zod';
import { AppError, ERROR_CATALOGUE } from '../errors.js';
import { ID_PATTERN, type IdPrefix } from '../lib/ids.js';

/** Explicit limits, documented in the README and the OpenAPI text. */
export const LIMITS = {
  bodyBytes: 2 * 1024 * 1024,
  /** Longer request targets get 414; Node's 16 KiB header limit (431) applies beyond this anyway. */
  urlLength: 8192,
  /** A path segment longer than this is 414 before routing; ids are far shorter. */
  pathParamLength: 500,
  claimText: 2000,
  shortText: 500,
  citation: 1000,
  rationale: 5000,
  quote: 5000,
  note: 5000,
  sourceContent: 1_000_000,
  tags: 20,
  tagLength: 50,
  url: 2048,
  channel: 64,
  requesterRef: 200,
  appearances: 20,
  pageSize: 100,
  defaultPageSize: 20,
} as const;

export const Problem = z
  .object({
    type: z.string().meta({ description: 'A URI naming the kind of problem.', examples: ['urn:claimledger:problem:transition-not-allowed'] }),
    title: z.string().meta({ description: 'A short, fixed summary of the kind of problem.' }),
    status: z.number().int().meta({ description: 'The HTTP status code.' }),
    detail: z.string().meta({ description: 'What went wrong with this request, in words a person can act on.' }),
    instance: z.string().meta({ description: 'The request path the problem occurred on.' }),
    code: z.enum(Object.keys(ERROR_CATALOGUE) as [keyof typeof ERROR_CATALOGUE]).meta({ description: 'A stable machine-readable code.' }),
    rule: z.string().optional().meta({ description: 'For refused workflow changes: the rule that refused it, e.g. "verified-needs-supporting-evidence".' }),
    requiredRole: z.string().optional().meta({ description: 'For 403: the least role that may do this.' }),
    currentVersion: z.number().int().optional().meta({ description: 'For 412: the version the resource is at now.' }),
    changedBy: z.object({ id: z.string(), name: z.string() }).nullable().optional().meta({ description: 'For 412 on a claim: who made the latest change.' }),
    changedAt: z.string().optional().meta({ description: 'For 412 on a claim: when the latest change was made.' }),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .meta({ description: 'For validation problems: each bad field and what is wrong with it.' }),
  })
  .catchall(z.unknown())
  .meta({ id: 'Problem', description: 'An RFC 9457 problem document (media type application/problem+json).' });

/** Problem responses for the given statuses, to spread into a route's `response`. */
export function problems<S extends number>(...statuses: S[]): Record<S, typeof Problem> {
  return Object.fromEntries(statuses.map((s) => [s, Problem])) as Record<S, typeof Problem>;
}

export const ActorRef = z
  .object({ id: z.string().meta({ examples: ['key_01jd2x8q0m7k3v5n6p9r4s2t1w'] }), name: z.string().meta({ examples: ['Newsroom desk'] }) })
  .meta({ id: 'ActorRef', description: 'The API key that made a change: its id and name (never the key itself).' });

export const idParam = (prefix: IdPrefix, what: string) =>
  z.string().regex(ID_PATTERN(prefix), `must be a ${what} id (${prefix}_…)`).meta({ description: `The ${what} id.` });

export const Timestamp = z.iso.datetime({ offset: true }).meta({ description: 'ISO-8601 instant.', examples: ['2026-11-21T10:00:00.000Z'] });

export const ListQuery = {
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(LIMITS.defaultPageSize).meta({ description: `Page size, 1–${LIMITS.pageSize}.` }),
  cursor: z.string().max(200).optional().meta({ description: 'The nextCursor of the previous page.' }),
};

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    nextCursor: z.string().nullable().meta({ description: 'Pass as ?cursor= for the next page; null on the last page.' }),
  });

/** If-Match carries the ETag of the version the client read: "3", or * for any version. A weak W/"3" is
 *  accepted by the syntax but never matches (412). */
export const IfMatchHeader = z
  .string()
  .regex(/^(\*|(W\/)?"?\d+"?)$/, 'must be the ETag you read, e.g. "3"')
  .optional()
  .meta({ description: 'The ETag of the version you read. Required for PATCH and status changes: 428 without it, 412 when stale.' });

export const IdempotencyKeyHeader = z
  .string()
  .min(1)
  .max(255)
  .optional()
  .meta({ description: 'Retrying a POST with the same key and body replays the first response; the same key with another body is 422. Kept 24 hours.' });

/** The version an If-Match names; '*' when absent and optional. Missing but required is a 428. */
export function parseIfMatch(header: string | undefined, required: boolean): number | '*' {
  if (header === undefined) {
    if (!required) return '*';
    throw new AppError('PRECONDITION_REQUIRED', 'Send If-Match with the ETag you read (GET the resource first), so that you never overwrite a change you have not seen.');
  }
  if (header === '*') return '*';
  // RFC 9110 §13.1.1: If-Match uses the strong comparison, under which a weak tag never matches.
  if (header.startsWith('W/')) {
    throw new AppError('PRECONDITION_FAILED', `If-Match needs a strong ETag such as "3"; the weak ${header} never matches (RFC 9110 strong comparison).`);
  }
  return Number(header.replaceAll('"', ''));
}
