// One error handler: domain errors, validation errors and everything else become RFC 9457 problem+json.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_CATALOGUE, problemType, type ErrorCode, type FieldError } from '../errors.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

function send(reply: FastifyReply, request: FastifyRequest, code: ErrorCode, detail: string, extensions: Record<string, unknown> = {}, errors?: FieldError[]) {
  const { status, title } = ERROR_CATALOGUE[code];
  if (status === 401) reply.header('www-authenticate', 'Bearer realm="claimledger"');
  return reply
    .code(status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ type: problemType(code), title, status, detail, instance: request.url, code, ...extensions, ...(errors ? { errors } : {}) });
}

// Fastify's own error codes for bad requests, mapped into the catalogue.
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_BODY',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_BODY',
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

export default fp(
  async (app) => {
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
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return send(reply, request, 'VALIDATION_FAILED', error.message);
      }

      request.log.error({ err: error }, 'unhandled error');
      return send(reply, request, 'INTERNAL', 'Something went wrong on our side. The error has been logged; please retry or report it.');
    });

    app.setNotFoundHandler((request, reply) => send(reply, request, 'ROUTE_NOT_FOUND', `There is no route ${request.method} ${request.url.split('?')[0]}. See /docs for the API.`));
  },
  { name: 'problems' },
);
