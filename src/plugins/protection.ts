// Protection from the Fastify ecosystem: rate limits (@fastify/rate-limit), security headers
// (helmet), load shedding (@fastify/under-pressure) and a closed-by-default CORS policy
// (@fastify/cors); plus no-store caching for keyed responses, a header-count limit and the drain on close.
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { bearerActor } from './auth.js';
import helmet from 'helmet';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { sha256Hex } from '../lib/hash.js';
import { SESSION_COOKIE } from './auth.js';
import { PROBLEM_CONTENT_TYPE, problemDocument } from './problems.js';

const DRAIN_RETRY_AFTER_S = 5;
const PRESSURE_RETRY_AFTER_S = 10;
/** How many recently authenticated key ids the rate limiter remembers (a few bytes each). */
const KNOWN_KEYS_CAP = 10_000;

declare module 'fastify' {
  interface FastifyInstance {
    /** Key ids that authenticated recently: the rate limiter trusts a token's id only when it is here. */
    recentKeyIds: Set<string>;
    /** sha256 of console session tokens that authenticated recently → their key id, so that a
     *  cookie-authenticated request counts against its key's budget, not its IP's (a newsroom shares one). */
    recentSessions: Map<string, string>;
    /** True from the moment the app starts closing: new requests get 503 and Connection: close. */
    draining: boolean;
  }
}

/** The key id a bearer token names (clk_<id>_<secret>), read without touching the database. */
function tokenKeyId(request: FastifyRequest): string | null {
  const m = /^Bearer\s+clk_([0-9a-z]{26})_/i.exec(request.headers.authorization ?? '');
  return m ? `key_${m[1]}` : null;
}

/** A console session token in the Cookie header, read without touching the database. */
function sessionToken(request: FastifyRequest): string | null {
  if (request.headers.authorization) return null; // a bearer key wins over the cookie (see auth)
  const m = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([A-Za-z0-9_-]{43})(?:;|$)`).exec(request.headers.cookie ?? '');
  return m?.[1] ?? null;
}

/**
 * helmet's security headers, worked out once. @fastify/helmet builds helmet's middleware again for every
 * request (parsing the Content-Security-Policy directives each time: a tenth of the CPU of a small
 * request, and much of its garbage). With a static configuration the headers never change, so helmet
 * runs once here, against a response that records what it sets.
 */
export function helmetHeaders(options: Parameters<typeof helmet>[0] = {}): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(options)({} as never, recorder as never, (err?: unknown) => {
    if (err) throw err;
  });
  return headers;
}

function sendProblem(reply: FastifyReply, request: FastifyRequest, code: 'UNAVAILABLE', detail: string) {
  return reply.code(503).type(PROBLEM_CONTENT_TYPE).send(problemDocument(code, detail, request.url));
}

export default fp<{ config: Config }>(
  async (app, { config }) => {
    app.decorate('draining', false);
    app.decorate('recentKeyIds', new Set<string>());
    app.decorate('recentSessions', new Map<string, string>());

    const rememberKey = (id: string) => {
      if (app.recentKeyIds.has(id)) return;
      if (app.recentKeyIds.size >= KNOWN_KEYS_CAP) app.recentKeyIds.clear();
      app.recentKeyIds.add(id);
    };

    // A key id counts for rate limiting once it has authenticated, so a caller cannot dodge the per-IP
    // limit by inventing token ids; remembering ids costs no database lookup per request.
    // Plain callbacks, not async functions, on every request's path (see problems.ts).
    app.addHook('preValidation', (request, _reply, done) => {
      const id = request.actor?.id;
      if (!id) return done();
      const session = sessionToken(request);
      if (session) {
        const hash = sha256Hex(session);
        if (app.recentSessions.get(hash) !== id) {
          if (app.recentSessions.size >= KNOWN_KEYS_CAP) app.recentSessions.clear();
          app.recentSessions.set(hash, id);
        }
      }
      rememberKey(id);
      done();
    });

    app.addHook('onRequest', (request, reply, done) => {
      if (app.draining) {
        reply.header('connection', 'close').header('retry-after', String(DRAIN_RETRY_AFTER_S));
        return Promise.resolve(sendProblem(reply, request, 'UNAVAILABLE', 'The server is shutting down; retry shortly (on a new connection).'));
      }
      // Node keeps at most maxHeadersCount headers and silently drops the rest; one more than the limit
      // is allowed in so that "too many" can be told apart and refused.
      if (config.maxHeaders > 0 && request.raw.rawHeaders.length / 2 > config.maxHeaders) {
        throw new AppError('HEADERS_TOO_LARGE', `The request has more than ${config.maxHeaders} headers.`);
      }
      done();
    });
    app.addHook('preClose', async () => {
      app.draining = true;
    });

    app.addHook('onSend', (request, reply, payload, done) => {
      // Keyed responses are personal: no shared cache may keep them, and no browser cache either.
      if (request.headers.authorization || request.routeOptions.config?.permission) reply.header('cache-control', 'no-store');
      if (app.draining) reply.header('connection', 'close');
      done(null, payload);
    });

    const securityHeaders = helmetHeaders();
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(securityHeaders);
      done();
    });
    // CORS is closed unless origins are listed; then only those origins may call, with a key in a header.
    await app.register(cors, {
      origin: config.corsOrigins.length ? config.corsOrigins : false,
      methods: ['GET', 'HEAD', 'POST', 'PATCH'],
      allowedHeaders: ['authorization', 'content-type', 'if-match', 'idempotency-key'],
      exposedHeaders: ['etag', 'location', 'retry-after', 'idempotent-replayed', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'],
      maxAge: 600,
    });

    if (config.rateLimit.max > 0) {
      await app.register(rateLimit, {
        // Not per route (route hooks run after the global ones, i.e. after authentication) but as a global
        // onRequest hook below, so that it runs before the key is checked and unknown routes count too.
        global: false,
        timeWindow: config.rateLimit.windowMs,
        max: (_request, key) => (key.startsWith('key:') ? config.rateLimit.max : config.rateLimit.anonymousMax),
        keyGenerator: async (request) => {
          const session = sessionToken(request);
          const keyId = tokenKeyId(request);
          // A key this instance has not seen authenticate yet (just started, or one of several instances) is
          // authenticated here, on a route that would authenticate it anyway (the lookup is shared with
          // auth.ts): otherwise the first requests of a burst, all rate-checked before any of them is
          // authenticated (every backend but SQLite answers asynchronously), counted against the
          // anonymous per-IP limit and got 429.
          if (keyId && !app.recentKeyIds.has(keyId) && request.routeOptions.config?.permission) {
            const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
            const actor = token ? await bearerActor(request, app.services.apiKeys, token).catch(() => null) : null;
            if (actor?.id === keyId) rememberKey(keyId);
          }
          const id = keyId ?? (session ? (app.recentSessions.get(sha256Hex(session)) ?? null) : null);
          return id && app.recentKeyIds.has(id) ? `key:${id}` : `ip:${request.ip}`;
        },
        // RateLimit-Limit / -Remaining / -Reset (IETF draft) and Retry-After, not the x- variants.
        enableDraftSpec: true,
        errorResponseBuilder: (_request, context) =>
          new AppError('RATE_LIMITED', `Too many requests: the limit is ${context.max} per ${Math.round(config.rateLimit.windowMs / 1000)} s. Retry after ${context.after}.`),
      });
      app.addHook('onRequest', app.rateLimit());
    }

    if (config.maxEventLoopDelayMs > 0) {
      await app.register(underPressure, {
        maxEventLoopDelay: config.maxEventLoopDelayMs,
        retryAfter: PRESSURE_RETRY_AFTER_S,
        pressureHandler: (request, reply, type, value) => {
          // Sent here; Fastify then skips the rest of the request because the reply has been sent.
          reply.header('retry-after', String(PRESSURE_RETRY_AFTER_S));
          sendProblem(reply, request, 'UNAVAILABLE', `The server is overloaded (${type}: ${Math.round(Number(value))}); retry in ${PRESSURE_RETRY_AFTER_S} s.`);
        },
      });
    }
  },
  { name: 'protection', dependencies: ['problems'] },
);
