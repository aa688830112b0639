// /v1/claims/{id}/evidence: attach sources with quotes, list them, retract with a reason.
import { compiledSerializerCompiler } from '../../lib/compiled-serializer.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ID_PATTERN } from '../../lib/ids.js';
import { decodeCursor, page } from '../../lib/pagination.js';
import { IdempotencyKeyHeader, IfMatchHeader, listOf, ListQuery, parseIfMatch, problems } from '../../schemas/common.js';
import { toEvidenceDto } from '../presenters.js';
import { ClaimIdParams, CreateEvidenceBody, Evidence, EvidenceParams, RetractBody } from './schemas.js';
import { always } from '../../plugins/openapi-polish.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  const { evidence, apiKeys } = app.services;
  const refs = apiKeys.actorRef;

  app.post('/claims/:id/evidence', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'write' },
    schema: {
      operationId: 'attachEvidence',
      summary: 'Attach evidence to a claim',
      description: 'Links a source to the claim with a stance and a quote. The quote is checked against the source snapshot and its position recorded. If-Match is optional here; when sent it must be current. The claim version moves on.',
      tags: ['Evidence'],
      params: ClaimIdParams,
      headers: z.object({ 'if-match': IfMatchHeader, 'idempotency-key': IdempotencyKeyHeader }),
      body: CreateEvidenceBody,
      response: { 201: Evidence, ...problems(400, 401, 403, 404, 409, 412, 413, 415, 422) },
      responseHeaders: { 201: always('location', 'etag') },
    },
  }, async (request, reply) => {
    const added = await evidence.add(request.actor.id, request.params.id, parseIfMatch(request.headers['if-match'], false), request.body);
    const row = added.evidence;
    reply.code(201).header('location', `/v1/claims/${row.claimId}/evidence/${row.id}`).header('etag', `"${added.claim.version}"`);
    return toEvidenceDto(row, added.source, refs, added.claim.quantities);
  });

  app.get('/claims/:id/evidence', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'read' },
    schema: {
      operationId: 'listEvidence',
      summary: "List a claim's evidence",
      description: 'Oldest first, in pages. Retracted evidence is included only with ?includeRetracted=true.',
      tags: ['Evidence'],
      params: ClaimIdParams,
      querystring: z.object({ ...ListQuery, includeRetracted: z.stringbool().default(false).meta({ description: 'Include retracted evidence.' }) }),
      response: { 200: listOf(Evidence), ...problems(400, 401, 403, 404) },
    },
  }, async (request) => {
    const { limit, includeRetracted } = request.query;
    const after = decodeCursor(request.query.cursor, ID_PATTERN('evd'));
    const { claim, items: rows } = await evidence.list(request.params.id, { includeRetracted, limit, after });
    const { items, nextCursor } = page(rows.map(({ row, source }) => toEvidenceDto(row, source, refs, claim.quantities)), limit);
    return { data: items, nextCursor };
  });

  app.post('/claims/:id/evidence/:evidenceId/retract', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'write' },
    schema: {
      operationId: 'retractEvidence',
      summary: 'Retract evidence',
      description: 'Evidence is never deleted: it is retracted with a reason and stays in history. If the retraction leaves a verdict without the evidence its rule needs, the claim goes back to in_review by itself.',
      tags: ['Evidence'],
      params: EvidenceParams,
      headers: z.object({ 'if-match': IfMatchHeader, 'idempotency-key': IdempotencyKeyHeader }),
      body: RetractBody,
      response: { 200: Evidence, ...problems(400, 401, 403, 404, 409, 412, 413, 415) },
      responseHeaders: { 200: always('etag') },
    },
  }, async (request, reply) => {
    const { id, evidenceId } = request.params;
    const retracted = await evidence.retract(request.actor.id, id, evidenceId, parseIfMatch(request.headers['if-match'], false), request.body.reason);
    reply.header('etag', `"${retracted.claim.version}"`);
    return toEvidenceDto(retracted.evidence, retracted.source, refs, retracted.claim.quantities);
  });
};

export default routes;
