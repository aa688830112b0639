// One error handler: domain errors, validation errors and everything else become RFC 9457 problem+json —
// including what Fastify and Node answer before a route runs (bad URLs, 405, 408, 414, 431).
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { AppError, ERROR_CATALOGUE, problemType, type ErrorCode, type FieldError } from '../errors.js';
import { LIMITS } from '../schemas/common.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemDocument(code: ErrorCode, detail: string, instance: string, extensions: Record<string, unknown> = {}, errors?: FieldError[]) {
  const { status, title } = ERROR_CATALOGUE[code];
  return { type: problemType(code), title, status, detail, instance, code, ...extensions, ...(errors ? { errors } : {}) };
}

function send(reply: FastifyReply, request: FastifyRequest, code: ErrorCode, detail: string, extensions: Record<string, unknown> = {}, errors?: FieldError[]) {
  const { status } = ERROR_CATALOGUE[code];
  if (status === 401) reply.header('www-authenticate', 'Bearer realm="claimledger"');
  return reply.code(status).type(PROBLEM_CONTENT_TYPE).send(problemDocument(code, detail, request.url, extensions, errors));
}

// Fastify's own error codes for bad requests, mapped into the catalogue.
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_BODY',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_BAD_URL: 'VALIDATION_FAILED',
  FST_ERR_MAX_PARAM_LENGTH: 'URI_TOO_LONG',
};

/** One {path, message} per problem; an unknown-keys issue becomes one entry per unknown key. */
function fieldErrors(where: string, validation: Array<{ instancePath: string; params: unknown; message?: string }>): FieldError[] {
  return validation.flatMap((v) => {
    const base = [where, ...v.instancePath.split('/').filter(Boolean)].join('.');
    const keys = (v.params as { keys?: unknown } | undefined)?.keys;
    if (Array.isArray(keys) && keys.length) return keys.map((k) => ({ path: `${base}.${String(k)}`, message: 'Unknown field: not accepted here' }));
    return [{ path: base, message: v.message ?? 'Invalid value' }];
  });
}

/**
 * Fastify's `frameworkErrors` option: errors Fastify meets while routing, before any hook runs — a path
 * that is not valid percent-encoded UTF-8 (which is also how a lone surrogate in a path arrives) and an
 * over-long path segment.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return send(reply, request, 'URI_TOO_LONG', `A segment of the path is longer than ${LIMITS.pathParamLength} characters.`);
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    const message = 'is not valid percent-encoded UTF-8 (e.g. a malformed %-escape or an encoded lone surrogate)';
    return send(reply, request, 'VALIDATION_FAILED', `The request path ${message}.`, {}, [{ path: 'path', message }]);
  }
  request.log.error({ err: error }, 'unhandled framework error');
  return send(reply, request, 'INTERNAL', 'Something went wrong on our side. The error has been logged; please retry or report it.');
}

const CLIENT_ERRORS: Record<string, [ErrorCode, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: ['REQUEST_TIMEOUT', 'The request did not arrive in full within the request timeout; the connection is closed.'],
  HPE_HEADER_OVERFLOW: ['HEADERS_TOO_LARGE', 'The request line and headers together are larger than the server accepts.'],
  HPE_HEADERS_TIMEOUT: ['REQUEST_TIMEOUT', 'The request headers did not arrive within the headers timeout; the connection is closed.'],
};

/**
 * Fastify's `clientErrorHandler` option: Node's HTTP parser refused the bytes (too large, too slow or not
 * HTTP), so there is no request object; answer with a problem on the raw socket and close it.
 */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [code, detail] = CLIENT_ERRORS[err.code ?? ''] ?? ['MALFORMED_REQUEST', 'The request is not valid HTTP/1.1.'];
  const body = JSON.stringify(problemDocument(code, detail, '/'));
  if (socket.writable) {
    const { status } = ERROR_CATALOGUE[code];
    socket.write(`HTTP/1.1 ${status} ${ERROR_CATALOGUE[code].title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy();
}

const METHODS: HTTPMethod[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export default fp(
  async (app) => {
    // A shadow router with every route's path and method, so that a miss can tell "no such path" (404)
    // from "this path, another method" (405 with Allow). Fastify's own router does not expose lookups.
    const known = FindMyWay({ maxParamLength: LIMITS.pathParamLength });
    const noop = () => {};
    app.addHook('onRoute', (route) => {
      // Catch-alls (the CORS preflight answers OPTIONS on "*") would make every path look known.
      if (route.url === '*' || route.url === '/*') return;
      const methods = (Array.isArray(route.method) ? route.method : [route.method]) as HTTPMethod[];
      for (const m of methods.includes('GET') ? [...methods, 'HEAD' as const] : methods) {
        if (!known.hasRoute(m, route.url)) known.on(m, route.url, noop);
      }
    });

    // Hooks that every request passes are plain callbacks, not async functions: each promise (and, with
    // AsyncLocalStorage in use, each promise hook) is a cost on the hot read path.
    app.addHook('onRequest', (request, _reply, done) => {
      if (request.url.length > LIMITS.urlLength) {
        throw new AppError('URI_TOO_LONG', `The request target is ${request.url.length} characters long; the limit is ${LIMITS.urlLength}.`);
      }
      done();
    });

    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof AppError) return send(reply, request, error.code, error.message, error.extensions, error.errors);

      if (hasZodFastifySchemaValidationErrors(error)) {
        const where = error.validationContext ?? 'body';
        const errors = fieldErrors(where, error.validation);
        return send(reply, request, 'VALIDATION_FAILED', `The request ${where} has ${errors.length} problem${errors.length === 1 ? '' : 's'}: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}.`, {}, errors);
      }

      const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
      if (mapped) return send(reply, request, mapped, error.message);
      if (error.statusCode === 429) return send(reply, request, 'RATE_LIMITED', error.message);
      if (error.statusCode === 503) return send(reply, request, 'UNAVAILABLE', error.message);
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return send(reply, request, 'VALIDATION_FAILED', error.message);
      }

      request.log.error({ err: error }, 'unhandled error');
      return send(reply, request, 'INTERNAL', 'Something went wrong on our side. The error has been logged; please retry or report it.');
    });

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0]!;
      const allowed = METHODS.filter((m) => known.find(m, path));
      if (allowed.length) {
        reply.header('allow', allowed.join(', '));
        return send(reply, request, 'METHOD_NOT_ALLOWED', `${path} does not accept ${request.method}; it accepts ${allowed.join(', ')}.`, { allow: allowed });
      }
      return send(reply, request, 'ROUTE_NOT_FOUND', `There is no route ${request.method} ${path}. See /docs for the API.`);
    });
  },
  { name: 'problems' },
);
