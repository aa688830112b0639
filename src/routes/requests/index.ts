// /v1/requests: requests from readers and desks, linked by checkers to claims; and a claim's demand.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ClaimRecord, RequestRecord } from '../../domain/types.js';
import { ID_PATTERN } from '../../lib/ids.js';
import { compiledSerializerCompiler } from '../../lib/compiled-serializer.js';
import { decodeCursor, page } from '../../lib/pagination.js';
import { always } from '../../plugins/openapi-polish.js';
import { IdempotencyKeyHeader, idParam, listOf, ListQuery, problems } from '../../schemas/common.js';
import { DUPLICATE_THRESHOLD } from '../../domain/similarity.js';
import type { RequestMatch as Match } from '../../services/requests.js';
import { toClaimDto, type ActorRefs } from '../presenters.js';
import { ClaimIdParams } from '../claims/schemas.js';
import {
  CreatedRequest, CreateRequestBody, Demand, LinkBody, LinkedRequest, MergeBody, Request, RequestClaimBody, RequestIdParams, RequestStatus, UnlinkBody,
} from './schemas.js';

export function toRequestDto(row: RequestRecord, refs: ActorRefs) {
  return {
    id: row.id, text: row.text, url: row.url, channel: row.channel, language: row.language, status: row.status, claimId: row.claimId,
    createdAt: row.createdAt, createdBy: refs(row.createdBy)!, linkedAt: row.linkedAt, linkedBy: refs(row.linkedBy), answeredAt: row.answeredAt,
  };
}

const routes: FastifyPluginAsyncZod = async (app) => {
  const { requests, apiKeys, config } = app.services;
  const refs = apiKeys.actorRef;
  /** Where to read the claim: its public fact-check page once published, else the claim in the API. */
  const claimUrl = (m: Match) => m.answer?.url ?? `${config.publicBaseUrl}/v1/claims/${m.claim.id}`;
  const toMatch = (m: Match) => ({
    claimId: m.claim.id, text: m.claim.text, status: m.claim.status, similarity: m.similarity, published: m.answer !== null, url: claimUrl(m),
  });
  // A reader-level key (a tipline bot, a newsroom CMS) sees only the requests it submitted.
  const onlyOwn = (actor: { id: string; role: string }) => (actor.role === 'reader' ? actor.id : undefined);

  app.post('/requests', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'request' },
    schema: {
      operationId: 'createRequest',
      summary: 'Submit a request ("is this true?")',
      description: [
        'Records what a reader, a tipline or a newsroom desk asks about, and matches it at once against known claims',
        '(the quantity-aware search: "11k bitcoin" finds "more than 11,000 bitcoins").',
        '`answer` is set when a claim with a published verdict already answers it. Otherwise a checker links it to a claim',
        'later, and when that claim\'s verdict is published the request becomes `answered` (and `request.answered` is sent',
        'to the webhooks of its channel). A reader-level key may submit requests and read back only its own.',
        'No personal data: the requester is an opaque reference, stored only as a keyed hash.',
      ].join('\n'),
      tags: ['Requests'],
      headers: z.object({ 'idempotency-key': IdempotencyKeyHeader }),
      body: CreateRequestBody,
      response: { 201: CreatedRequest, ...problems(400, 401, 403, 409, 413, 415, 422) },
      responseHeaders: { 201: always('location') },
    },
  }, async (request, reply) => {
    const { request: row, matches } = await requests.submit(request.actor.id, request.body);
    const answer = matches.find((m) => m.answer && m.similarity >= DUPLICATE_THRESHOLD);
    reply.code(201).header('location', `/v1/requests/${row.id}`);
    return { ...toRequestDto(row, refs), matches: matches.map(toMatch), answer: answer ? toMatch(answer) : null };
  });

  app.get('/requests', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'read' },
    schema: {
      operationId: 'listRequests',
      summary: 'List requests',
      description: 'Newest first, with filters. A reader-level key sees only the requests it submitted.',
      tags: ['Requests'],
      querystring: z.object({
        ...ListQuery,
        status: RequestStatus.optional().meta({ description: 'Only requests in this state.' }),
        channel: z.string().max(64).optional().meta({ description: 'Only requests from this channel.' }),
        claimId: idParam('clm', 'claim').optional().meta({ description: 'Only requests linked to this claim.' }),
      }),
      response: { 200: listOf(Request), ...problems(400, 401, 403) },
    },
  }, async (request) => {
    const { limit, status, channel, claimId } = request.query;
    const cursor = decodeCursor(request.query.cursor, ID_PATTERN('req'));
    const rows = await requests.list({ limit, cursor, status, channel, claimId, createdBy: onlyOwn(request.actor) });
    const { items, nextCursor } = page(rows, limit);
    return { data: items.map((r) => toRequestDto(r, refs)), nextCursor };
  });

  app.get('/requests/:id', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'read' },
    schema: {
      operationId: 'getRequest',
      summary: 'Read a request',
      description: 'A request and its state. A reader-level key reads only the requests it submitted (404 for others).',
      tags: ['Requests'],
      params: RequestIdParams,
      response: { 200: Request, ...problems(400, 401, 403, 404) },
    },
  }, async (request) => toRequestDto(await requests.get(request.params.id, onlyOwn(request.actor)), refs));

  app.post('/requests/:id/link', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'write' },
    schema: {
      operationId: 'linkRequest',
      summary: 'Link a request to a claim',
      description: 'The request counts toward the claim\'s demand. If the claim\'s verdict is already published, the request is answered at once. Linking it again to the same claim changes nothing; a request linked to another claim is 409 (unlink it first, or merge the claims\' requests).',
      tags: ['Requests'],
      params: RequestIdParams,
      headers: z.object({ 'idempotency-key': IdempotencyKeyHeader }),
      body: LinkBody,
      response: { 200: LinkedRequest, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
    },
  }, async (request) => {
    const { request: row, claim } = await requests.link(request.actor.id, request.params.id, request.body.claimId);
    return { request: toRequestDto(row, refs), claim: toClaimDto(claim, refs) };
  });

  app.post('/requests/:id/claim', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'write' },
    schema: {
      operationId: 'createClaimFromRequest',
      summary: 'Create a claim from a request',
      description: 'Logs a claim (its text and language default to the request\'s) and links the request to it. A request already linked is 409.',
      tags: ['Requests'],
      params: RequestIdParams,
      headers: z.object({ 'idempotency-key': IdempotencyKeyHeader }),
      body: RequestClaimBody,
      response: { 201: LinkedRequest, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
      responseHeaders: { 201: always('location') },
    },
  }, async (request, reply) => {
    const { request: row, claim } = await requests.createClaim(request.actor.id, request.params.id, request.body);
    reply.code(201).header('location', `/v1/claims/${claim.id}`);
    return { request: toRequestDto(row, refs), claim: toClaimDto(claim, refs) };
  });

  app.post('/requests/:id/unlink', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'write' },
    schema: {
      operationId: 'unlinkRequest',
      summary: 'Unlink a request from its claim',
      description: 'With a reason. The request is open again and no longer counts toward that claim\'s demand. A request that is not linked is 409.',
      tags: ['Requests'],
      params: RequestIdParams,
      headers: z.object({ 'idempotency-key': IdempotencyKeyHeader }),
      body: UnlinkBody,
      response: { 200: Request, ...problems(400, 401, 403, 404, 409, 413, 415) },
    },
  }, async (request) => toRequestDto(await requests.unlink(request.actor.id, request.params.id, request.body.reason), refs));

  app.post('/claims/:id/requests/merge', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'write' },
    schema: {
      operationId: 'mergeClaimRequests',
      summary: 'Move all requests of another claim to this claim',
      description: 'For the same claim logged twice: every request of `fromClaimId` moves here (one `request.moved` audit event each) and both claims\' demand is recounted. Moved requests are answered if this claim\'s verdict is published, linked otherwise.',
      tags: ['Requests'],
      params: ClaimIdParams,
      headers: z.object({ 'idempotency-key': IdempotencyKeyHeader }),
      body: MergeBody,
      response: {
        200: z.object({ moved: z.number().int().meta({ description: 'How many requests moved.' }), claim: LinkedRequest.shape.claim }).meta({ id: 'MergedRequests' }),
        ...problems(400, 401, 403, 404, 413, 415, 422),
      },
    },
  }, async (request) => {
    const { moved, claim } = await requests.merge(request.actor.id, request.params.id, request.body.fromClaimId, request.body.reason ?? null);
    return { moved, claim: toClaimDto(claim, refs) };
  });

  app.get('/claims/:id/demand', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'read' },
    schema: {
      operationId: 'getClaimDemand',
      summary: "A claim's demand",
      description: 'How many requests are linked to the claim and from how many distinct requesters, per UTC day of arrival and per channel. The totals are the counters the claim carries (`demand`).',
      tags: ['Requests'],
      params: ClaimIdParams,
      response: { 200: Demand, ...problems(400, 401, 403, 404) },
    },
  }, async (request) => requests.demand(request.params.id));
};

export default routes;
