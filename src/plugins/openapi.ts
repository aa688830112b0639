// OpenAPI document generated from the route schemas, served at /openapi.json, with interactive docs at /docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import { LIMITS } from '../schemas/common.js';
import { SESSION_COOKIE } from './auth.js';

export const API_DESCRIPTION = `ClaimLedger holds factual claims, the sources that support or contradict them with exact quotes,
and the verdicts reviewers reach, with a tamper-evident history of every change.

**Authentication.** Every /v1 route needs \`Authorization: Bearer <API key>\`, or the console's session cookie
(\`POST /v1/session\`); each operation says which roles may call it. Changes made with the cookie must come from
the service's own origin (403 otherwise).

**Errors** are \`application/problem+json\` (RFC 9457) with a stable \`code\`; validation errors list each bad field in \`errors\`.
Unknown body fields are refused (400).

**Concurrency.** Claims and sources carry a \`version\`, sent as \`ETag\`. PATCH and status changes need \`If-Match\`
(428 without, 412 when stale). POSTs accept \`Idempotency-Key\` (replayed for 24 hours).

**Limits.** Request bodies up to ${LIMITS.bodyBytes} bytes; claim text ${LIMITS.claimText} characters; quotes ${LIMITS.quote};
source snapshots ${LIMITS.sourceContent}; ${LIMITS.tags} tags of ${LIMITS.tagLength} characters; pages of 1–${LIMITS.pageSize} items (default ${LIMITS.defaultPageSize}).`;

const RESPONSE_DESCRIPTIONS: Record<string, string> = {
  200: 'OK',
  201: 'Created',
  400: 'The request is invalid; `errors` lists each bad field.',
  401: 'No API key, or an unknown, revoked or expired one.',
  403: 'Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin.',
  404: 'Not found.',
  409: 'Conflicts with the current state; `rule` or `code` says which rule.',
  412: 'If-Match is stale: the resource changed since you read it.',
  413: 'The request body is too large.',
  415: 'Send application/json.',
  422: 'Well-formed but refers to something missing or does not match (e.g. a quote not in the source).',
  428: 'If-Match is required.',
  503: 'The database does not answer.',
};

type OpenApiDoc = { paths?: Record<string, Record<string, { responses?: Record<string, { description?: string; content?: Record<string, unknown> }> }>> };

/** Names each response by what it means and serves problems as application/problem+json. */
function polish<T>(doc: T): T {
  for (const ops of Object.values((doc as OpenApiDoc).paths ?? {})) {
    for (const op of Object.values(ops)) {
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (response.description === 'Default Response') response.description = RESPONSE_DESCRIPTIONS[status] ?? 'Response';
        if (Number(status) >= 400 && response.content?.['application/json']) {
          response.content = { 'application/problem+json': response.content['application/json'] };
        }
      }
    }
  }
  return doc;
}

export default fp<{ config: Config }>(
  async (app, { config }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title: 'ClaimLedger API', version: '1.0.0', description: API_DESCRIPTION },
        servers: [{ url: config.publicBaseUrl }],
        components: {
          securitySchemes: {
            bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API key, e.g. clk_01jd…; ask an admin for one.' },
            sessionCookie: {
              type: 'apiKey', in: 'cookie', name: SESSION_COOKIE,
              description: 'A console session from POST /v1/session. Changes made with it must come from the service\'s own origin (Origin header).',
            },
          },
        },
        tags: [
          { name: 'Claims', description: 'Claims and their verification status.' },
          { name: 'Evidence', description: 'Sources linked to claims, with quotes.' },
          { name: 'Sources', description: 'Articles, reports and other sources with text snapshots.' },
          { name: 'Search', description: 'Has this been checked? Full-text and quantity-aware matching, similar claims, ClaimReview.' },
          { name: 'API keys', description: 'Keys and roles.' },
          { name: 'Audit', description: 'The tamper-evident history: hash-chained events, export, verification and signed checkpoints.' },
          { name: 'Service', description: 'Health and documentation.' },
        ],
      },
      transform: jsonSchemaTransform,
      transformObject: (input) => polish(jsonSchemaTransformObject(input)),
    });
    await app.register(swaggerUi, { routePrefix: '/docs' });
  },
  { name: 'openapi' },
);
