// /v1/claims: create, read (with active evidence), list with filters, edit, and status changes.
import { compiledSerializerCompiler } from '../../lib/compiled-serializer.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ID_PATTERN } from '../../lib/ids.js';
import { decodeCursor, page } from '../../lib/pagination.js';
import { IdempotencyKeyHeader, IfMatchHeader, listOf, ListQuery, parseIfMatch, problems, Timestamp } from '../../schemas/common.js';
import { toClaimDto, toClaimWithEvidenceDto, toExternalReviewDto } from '../presenters.js';
import { claimAsOf } from './history.js';
import { SearchQueryParam } from '../../schemas/search.js';
import { AsOf, ClaimIdParams, ClaimRead, ClaimStatus, ClaimWithEvidence, CreateClaimBody, Language, StatusBody, UpdateClaimBody } from './schemas.js';
import { ClaimListItem, CreatedClaim } from './search-schemas.js';
import { always } from '../../plugins/openapi-polish.js';
import { AppError } from '../../errors.js';
import { readCache } from '../read-cache.js';

const MinRequests = z.coerce.number().int().min(1).max(1_000_000_000).meta({ description: 'Only claims with at least this many linked requests.' });

// sort=demand pages by (requestCount, id): the cursor carries both, base64url-encoded.
const DEMAND_CURSOR = /^d1\.(\d{1,10})\.(clm_[0-9a-z]{26})$/;
const encodeDemandCursor = (c: { requestCount: number; id: string }) => Buffer.from(`d1.${c.requestCount}.${c.id}`, 'utf8').toString('base64url');
function decodeDemandCursor(cursor: string | undefined): { requestCount: number; id: string } | undefined {
  if (cursor === undefined) return undefined;
  const m = DEMAND_CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new AppError('VALIDATION_FAILED', 'The cursor is not one this service issued for sort=demand.', {}, [{ path: 'querystring.cursor', message: 'Invalid cursor' }]);
  return { requestCount: Number(m[1]), id: m[2]! };
}

const ListClaimsQuery = z.object({
  ...ListQuery,
  status: z.union([ClaimStatus, z.array(ClaimStatus).max(6)]).optional().meta({ description: 'Only claims with this status (repeatable).' }),
  tag: z.string().max(50).optional().meta({ description: 'Only claims with this tag.' }),
  claimant: z.string().max(500).optional().meta({ description: 'Only claims by this claimant (exact).' }),
  updatedSince: Timestamp.optional().meta({ description: 'Only claims changed at or after this instant.' }),
  q: SearchQueryParam.optional(),
  language: Language.optional().meta({ description: 'Only claims in this language; "en" also finds "en-GB" (the primary subtag is compared).' }),
  sort: z.enum(['newest', 'demand']).default('newest').meta({ description: 'newest (default) or demand: most linked requests first, then newest.' }),
  minRequests: MinRequests.optional(),
});
type ListQueryValues = z.infer<typeof ListClaimsQuery>;

const routes: FastifyPluginAsyncZod = async (app) => {
  const { claims, apiKeys, search, claimReviewImport } = app.services;
  const refs = apiKeys.actorRef;
  const sendCached = readCache(app.storage, app.services.config.readCacheEntries);

  app.post('/claims', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'write' },
    schema: {
      operationId: 'createClaim',
      summary: 'Log a claim',
      description: 'Creates a claim in status "unverified". Numbers in the text are parsed into quantities. Existing claims that closely match it are listed in `likelyDuplicates` (the claim is created all the same).',
      tags: ['Claims'],
      headers: z.object({ 'idempotency-key': IdempotencyKeyHeader }),
      body: CreateClaimBody,
      response: { 201: CreatedClaim, ...problems(400, 401, 403, 409, 413, 415, 422) },
      responseHeaders: { 201: always('location', 'etag') },
    },
  }, async (request, reply) => {
    // Before the write, not inside it: the check reads only committed claims and must not hold the writer.
    const likelyDuplicates = await search.likelyDuplicates(request.body.text);
    const claim = await claims.create(request.actor.id, request.body);
    reply.code(201).header('location', `/v1/claims/${claim.id}`).header('etag', `"${claim.version}"`);
    return { ...toClaimDto(claim, refs), evidence: [], discrepancies: [], likelyDuplicates };
  });

  app.get('/claims', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'read' },
    schema: {
      operationId: 'listClaims',
      summary: 'List claims',
      description: [
        'Newest first, with filters. `status` may be repeated (`?status=verified&status=false`).',
        'With `q`: full-text search over text, claimant and tags (and the figures in the text), ordered by relevance, each item with `match`.',
        'The other filters still apply. `nextCursor` then continues the relevance order and only works with the same `q`.',
        '`sort=demand` lists the most requested claims first (then newest); its `nextCursor` only works with `sort=demand`. It cannot be combined with `q`.',
        '`minRequests` keeps claims with at least that many linked requests.',
      ].join('\n'),
      tags: ['Claims'],
      querystring: ListClaimsQuery,
      response: { 200: listOf(ClaimListItem), ...problems(400, 401, 403) },
    },
  }, async (request, reply) => {
    // A page of the plain list (no search) is the same for every caller: kept until the next commit,
    // under its normalised query.
    if (request.query.q === undefined) return sendCached(reply, `list?${JSON.stringify(request.query)}`, async () => ({ body: await listPage(request.query) }));
    const { limit, status, tag, claimant, updatedSince, q, language, minRequests, sort } = request.query;
    if (sort === 'demand') {
      throw new AppError('VALIDATION_FAILED', 'A search (q) is ordered by relevance; sort=demand cannot be combined with it. Use minRequests to keep only requested claims.', {}, [{ path: 'querystring.sort', message: 'must be "newest" (or absent) with q' }]);
    }
    const statuses = status === undefined ? undefined : [status].flat();
    const found = await search.claims({ q, limit, cursor: request.query.cursor, status: statuses, tag, claimant, updatedSince, language, minRequests });
    return { data: found.items.map(({ row, match }) => ({ ...toClaimDto(row, refs), match })), nextCursor: found.nextCursor };
  });

  /** A page of the list without a search: newest first, or by demand. */
  async function listPage(query: ListQueryValues) {
    const { limit, status, tag, claimant, updatedSince, language, sort, minRequests } = query;
    const statuses = status === undefined ? undefined : [status].flat();
    if (sort === 'demand') {
      const demandCursor = decodeDemandCursor(query.cursor);
      const rows = await claims.list({ limit, sort, demandCursor, status: statuses, tag, claimant, updatedSince, language, minRequests });
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return { data: items.map((c) => toClaimDto(c, refs)), nextCursor: rows.length > limit && last ? encodeDemandCursor(last) : null };
    }
    const cursor = decodeCursor(query.cursor, ID_PATTERN('clm'));
    const rows = await claims.list({ limit, cursor, status: statuses, tag, claimant, updatedSince, language, minRequests });
    const { items, nextCursor } = page(rows, limit);
    return { data: items.map((c) => toClaimDto(c, refs)), nextCursor };
  }

  // '::' escapes the colon: Fastify would otherwise read ":counts" as a path parameter.
  app.get('/claims::counts', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'read' },
    schema: {
      operationId: 'countClaims',
      summary: 'Count claims by status',
      description: 'How many claims have each status (every status is listed, 0 when none), under the same `tag`, `claimant`, `updatedSince`, `language` and `minRequests` filters as the list. The console\'s queue shows these.',
      tags: ['Claims'],
      querystring: z.object({
        tag: z.string().max(50).optional().meta({ description: 'Only claims with this tag.' }),
        claimant: z.string().max(500).optional().meta({ description: 'Only claims by this claimant (exact).' }),
        updatedSince: Timestamp.optional().meta({ description: 'Only claims changed at or after this instant.' }),
        language: Language.optional().meta({ description: 'Only claims in this language (primary subtag).' }),
        minRequests: MinRequests.optional(),
      }),
      response: {
        200: z.object({
          // An object with one property per status (not a record keyed by the enum), so OpenAPI tools see each key.
          counts: z.object(Object.fromEntries(ClaimStatus.options.map((s) => [s, z.number().int()])) as Record<z.infer<typeof ClaimStatus>, z.ZodNumber>).meta({ description: 'Claims per status.' }),
          total: z.number().int(),
        }).meta({ id: 'ClaimCounts' }),
        ...problems(400, 401, 403),
      },
    },
  }, async (request) => {
    const counts = await claims.countByStatus(request.query);
    return { counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
  });

  app.get('/claims/:id', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'read' },
    schema: {
      operationId: 'getClaim',
      summary: 'Read a claim',
      description: 'The claim with its active evidence and each evidence\'s source. The ETag header carries its version. With `asOf` (auditor or admin), the claim, its status and its active evidence as they stood at that instant, rebuilt from the audit log (no ETag): 404 if the claim did not exist yet, 400 if the instant is in the future.',
      tags: ['Claims'],
      params: ClaimIdParams,
      querystring: z.object({ asOf: AsOf.optional().meta({ description: 'An ISO-8601 instant in the past (auditor or admin role).' }) }),
      response: { 200: ClaimRead, ...problems(400, 401, 403, 404) },
      responseHeaders: { 200: ['etag'] }, // not on an asOf read: a past state has no version to send back
    },
  }, async (request, reply) => {
    if (request.query.asOf !== undefined) return claimAsOf(app.services, request.actor, request.params.id, request.query.asOf);
    // The same body for every caller who may read claims: kept until the next commit.
    return sendCached(reply, request.params.id, async () => {
      const view = await claims.read(request.params.id);
      const externalReviews = (await claimReviewImport.forClaims([view.claim.id])).map(toExternalReviewDto);
      return { etag: `"${view.claim.version}"`, body: { ...toClaimWithEvidenceDto(view, refs), externalReviews } };
    });
  });

  app.patch('/claims/:id', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'write' },
    schema: {
      operationId: 'updateClaim',
      summary: 'Edit a claim',
      description: 'Changes the fields sent. Needs If-Match with the ETag you read: 428 without it, 412 if the claim changed since. The text of a claim with a verdict is locked (409).',
      tags: ['Claims'],
      params: ClaimIdParams,
      headers: z.object({ 'if-match': IfMatchHeader }),
      body: UpdateClaimBody,
      response: { 200: ClaimWithEvidence, ...problems(400, 401, 403, 404, 409, 412, 413, 415, 422, 428) },
      responseHeaders: { 200: always('etag') },
    },
  }, async (request, reply) => {
    const view = await claims.update(request.actor.id, request.params.id, parseIfMatch(request.headers['if-match'], true), request.body);
    reply.header('etag', `"${view.claim.version}"`);
    return toClaimWithEvidenceDto(view, refs);
  });

  app.post('/claims/:id/status', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'write' },
    schema: {
      operationId: 'changeClaimStatus',
      summary: 'Change the verification status',
      description: [
        'Moves the claim through the workflow. Needs If-Match.',
        '- unverified → in_review: checker or higher; rationale optional.',
        '- in_review → verified | misleading | false | unverifiable: reviewer or higher; rationale required.',
        '  verified needs an active supports evidence, false an active contradicts, misleading any active evidence.',
        '- verdict → in_review (re-open): reviewer or higher; a reason (rationale) is required.',
        'A refused change is 409 with `rule` naming the rule; a role that may not make it is 403.',
      ].join('\n'),
      tags: ['Claims'],
      params: ClaimIdParams,
      headers: z.object({ 'if-match': IfMatchHeader, 'idempotency-key': IdempotencyKeyHeader }),
      body: StatusBody,
      response: { 200: ClaimWithEvidence, ...problems(400, 401, 403, 404, 409, 412, 413, 415, 428) },
      responseHeaders: { 200: always('etag') },
    },
  }, async (request, reply) => {
    const expected = parseIfMatch(request.headers['if-match'], true);
    const view = await claims.setStatus(request.actor, request.params.id, expected, request.body.status, request.body.rationale ?? null, request.body.label);
    reply.header('etag', `"${view.claim.version}"`);
    return toClaimWithEvidenceDto(view, refs);
  });
};

export default routes;
