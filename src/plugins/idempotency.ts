// Idempotency-Key for POST /v1 routes: a retry with the same key and body replays the first response,
// the same key with another body is refused (422), and a retry racing the first attempt gets 409.
//
// A successful change and the record of its response are written in the same unit of work: the handler
// runs inside the transaction that stores the serialised response, so a crash keeps both or neither.
// A refused request (4xx) changed nothing; its answer is recorded afterwards so a retry gets the same one.
// Secrets in a response (a new API key) are never stored: the replay carries everything else.
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import { AppError } from '../errors.js';
import { canonicalJson, sha256Hex } from '../lib/hash.js';
import type { Repositories } from '../repositories/types.js';

const RETENTION_MS = 24 * 60 * 60 * 1000;
const PURGE_EVERY_MS = 60_000;
const REPLAYED_HEADERS = ['content-type', 'location', 'etag'];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Response fields that are secrets (a new API key): never stored for a replay, so a replay omits them. */
    secretResponseFields?: string[];
  }
  interface FastifyRequest {
    /** Set while a keyed POST runs and its response is not recorded yet. */
    idempotency: { actorId: string; key: string; fingerprint: string } | null;
  }
}

/** The response body as stored for replays: secret fields removed, so the database never holds them. */
export function withoutSecrets(payload: string, fields: string[] | undefined): string {
  if (!fields?.length) return payload;
  const body = JSON.parse(payload) as Record<string, unknown>;
  for (const f of fields) delete body[f];
  return JSON.stringify(body);
}

export default fp(
  async (app) => {
    const storage = app.storage;
    /** Keys whose first request is still running, in this process. */
    const inFlight = new Set<string>();
    /** The slot each request holds, so only the request that took a slot frees it. */
    const held = new WeakMap<FastifyRequest, string>();
    const slot = (actorId: string, key: string) => `${actorId}\u0000${key}`;
    let lastPurge = 0;

    app.decorateRequest('idempotency', null);

    async function record(r: Repositories, request: FastifyRequest, reply: FastifyReply, body: string): Promise<void> {
      const rec = request.idempotency!;
      const headers: Record<string, string> = {};
      for (const h of REPLAYED_HEADERS) {
        const v = reply.getHeader(h);
        if (v !== undefined) headers[h] = String(v);
      }
      const now = Date.now();
      if (now - lastPurge > PURGE_EVERY_MS) {
        lastPurge = now;
        await r.idempotency.deleteOlderThan(new Date(now - RETENTION_MS).toISOString());
      }
      const stored = withoutSecrets(body, request.routeOptions.config?.secretResponseFields);
      await r.idempotency.insert({ ...rec, statusCode: reply.statusCode, headers, body: stored, createdAt: new Date(now).toISOString() });
      request.idempotency = null;
    }

    // Every POST handler runs inside the unit of work that records its response when a key was sent.
    app.addHook('onRoute', (route) => {
      const methods = [route.method].flat();
      if (!methods.includes('POST') || !route.url.startsWith('/v1')) return;
      const handler = route.handler as RouteHandlerMethod;
      route.handler = async function (this: typeof app, request: FastifyRequest, reply: FastifyReply) {
        if (!request.idempotency) return handler.call(this, request, reply);
        return storage.withTransaction(async (r) => {
          const body: unknown = await handler.call(this, request, reply);
          if (reply.sent) return body;
          if (reply.getHeader('content-type') === undefined) reply.type('application/json; charset=utf-8');
          // The route's own serializer, so the record holds exactly the bytes sent.
          const payload = typeof body === 'string' ? body : (reply.serialize(body) as string);
          await record(r, request, reply, payload);
          return payload;
        });
      };
    });

    // preHandler runs after authentication (onRequest) and body validation, so the actor is known.
    // A plain callback on the path of every request that is not a keyed POST (see problems.ts).
    app.addHook('preHandler', (request, reply, done) => {
      const key = request.headers['idempotency-key'];
      if (request.method !== 'POST' || typeof key !== 'string' || !request.actor) return done();
      return replayOrReserve(request, reply, key, request.actor.id);
    });

    async function replayOrReserve(request: FastifyRequest, reply: FastifyReply, key: string, actorId: string) {
      if (key.length === 0 || key.length > 255) throw new AppError('VALIDATION_FAILED', 'Idempotency-Key must be 1–255 characters.', {}, [{ path: 'headers.idempotency-key', message: 'must be 1–255 characters' }]);
      const fingerprint = sha256Hex(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`);
      const taken = slot(actorId, key);
      if (inFlight.has(taken)) throw new AppError('IDEMPOTENCY_IN_PROGRESS', 'The first request with this Idempotency-Key has not finished yet; retry shortly.');
      // The slot is taken before the lookup is awaited: on PostgreSQL the lookup is a round trip, and two
      // racing retries that both checked the slot first would both find no record and both run the change.
      // (onResponse gives the slot back, also after a replay or a refusal.)
      inFlight.add(taken);
      held.set(request, taken);
      const existing = await storage.read.idempotency.find(actorId, key);
      if (existing) {
        if (existing.fingerprint !== fingerprint) {
          throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request. Use a new key for a new request.');
        }
        reply.code(existing.statusCode).headers({ ...existing.headers, 'idempotent-replayed': 'true' });
        return reply.send(existing.body);
      }
      request.idempotency = { actorId, key, fingerprint };
    }

    app.addHook('onSend', (request, reply, payload, done) => {
      if (!request.idempotency) return done(null, payload);
      return recordOnSend(request, reply, payload);
    });

    async function recordOnSend(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
      const rec = request.idempotency;
      if (!rec) return payload;
      // Still unrecorded: the request was refused. A 4xx changed nothing and is replayed as it was; after
      // a 5xx (or a body that cannot be replayed faithfully) the client may retry for real.
      if (reply.statusCode < 500 && typeof payload === 'string') {
        await storage.withTransaction((r) => record(r, request, reply, payload));
      }
      request.idempotency = null;
      return payload;
    }

    const release = (request: FastifyRequest) => {
      const taken = held.get(request);
      if (taken !== undefined) inFlight.delete(taken);
    };
    app.addHook('onResponse', (request, _reply, done) => {
      release(request);
      done();
    });
    app.addHook('onRequestAbort', (request, done) => {
      release(request);
      done();
    });
  },
  { name: 'idempotency', dependencies: ['database', 'auth'] },
);
