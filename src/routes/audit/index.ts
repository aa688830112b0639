// /v1/audit: the hash-chained log for auditors — pages of events, NDJSON export, verification, signed
// checkpoints and consistency with a checkpoint kept earlier.
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ListQuery, problems } from '../../schemas/common.js';
import { toAuditEventDto } from '../presenters.js';
import { AuditEventFilters, AuditEventPage, Consistency, ConsistencyQuery, seqCursor, SignedCheckpoint, Verification } from './schemas.js';
import { always } from '../../plugins/openapi-polish.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  const { auditTrail, apiKeys } = app.services;

  app.get('/audit/events', {
    config: { permission: 'audit' },
    schema: {
      operationId: 'listAuditEvents',
      summary: 'List audit events',
      description: 'The whole log, oldest first, paged by seq, with optional filters. Each event carries the hash that chains it to the one before.',
      tags: ['Audit'],
      querystring: z.object({ ...ListQuery, ...AuditEventFilters }),
      response: { 200: AuditEventPage, ...problems(400, 401, 403) },
    },
  }, async (request) => {
    const { limit, cursor, actor, ...filters } = request.query;
    const rows = await auditTrail.list({ ...filters, actorId: actor, limit, afterSeq: seqCursor.decode(cursor) });
    const { items, nextCursor } = seqCursor.page(rows, limit);
    return { data: items.map((e) => toAuditEventDto(e, apiKeys.actorRef)), nextCursor };
  });

  app.get('/audit/export', {
    exposeHeadRoute: false, // a HEAD would stream the whole log only to discard it
    config: { permission: 'audit' },
    schema: {
      operationId: 'exportAuditLog',
      summary: 'Export the audit log (NDJSON)',
      description: [
        'Streams every event as one line of `application/x-ndjson`: the RFC 8785 canonical JSON of the event exactly as hashed',
        '(`actor` is the key id), plus its `hash`. Remove `hash` from a line and sha256(prevHash + canonical JSON of the rest) must give it back.',
        'The export stops at the head as it was when the request began. Check it offline with `claimledger audit verify --export FILE`.',
        'Errors before the stream starts are application/problem+json.',
      ].join(' '),
      tags: ['Audit'],
      produces: ['application/x-ndjson'],
      response: { 200: z.string().meta({ description: 'One canonical JSON event per line.' }), ...problems(401, 403) },
      responseHeaders: { 200: always('content-disposition') },
    },
  }, async (_request, reply) => {
    reply.type('application/x-ndjson; charset=utf-8').header('content-disposition', 'attachment; filename="claimledger-audit.ndjson"');
    // A stream is piped as it is, never serialised; the schema above only documents what it carries.
    return reply.send(Readable.from(auditTrail.exportChunks(), { objectMode: false }) as unknown as string);
  });

  app.get('/audit/verify', {
    config: { permission: 'audit' },
    schema: {
      operationId: 'verifyAuditLog',
      summary: 'Verify the audit chain',
      description: 'Recomputes every hash and link from the first event to the head and reports the first seq that fails, if any. Answers 200 either way: `ok` says whether the log is intact. It reads the whole log (about a second per million events).',
      tags: ['Audit'],
      response: { 200: Verification, ...problems(401, 403) },
    },
  }, async () => auditTrail.verify());

  app.get('/audit/checkpoint', {
    config: { permission: 'audit' },
    schema: {
      operationId: 'getAuditCheckpoint',
      summary: 'Get a signed checkpoint',
      description: 'The current size and head hash of the log, signed with the service\'s Ed25519 key. Save it; later, `GET /v1/audit/consistency` or `claimledger audit verify --checkpoint FILE` proves the log still extends it.',
      tags: ['Audit'],
      response: { 200: SignedCheckpoint, ...problems(401, 403) },
    },
  }, async () => auditTrail.checkpoint());

  app.get('/audit/consistency', {
    config: { permission: 'audit' },
    schema: {
      operationId: 'checkAuditConsistency',
      summary: 'Prove the log extends an old checkpoint',
      description: 'The log is one hash chain, so it extends a checkpoint {size, headHash} exactly when event `size` still has hash `headHash` and every link from the first event to the head holds; the whole chain is checked, so damage before `size` is caught too. Answers 200 with `consistent` and, when false, the first bad seq; always with a fresh signed checkpoint to keep. For a proof that does not trust this server, export the log and run `claimledger audit verify --export FILE --checkpoint OLD.json --public-key KEY.pem`.',
      tags: ['Audit'],
      querystring: ConsistencyQuery,
      response: { 200: Consistency, ...problems(400, 401, 403) },
    },
  }, async (request) => auditTrail.consistency(request.query.size, request.query.headHash));
};

export default routes;
