// OpenAPI document generated from the route schemas, served at /openapi.json, with interactive docs at /docs.
import fs from 'node:fs';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import { LIMITS } from '../schemas/common.js';
import { SESSION_COOKIE } from './auth.js';
import { polish, RESPONSE_HEADERS_KEY, type OperationExample } from './openapi-polish.js';
import docsErrors from '../routes/docs-errors.js';

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

// Requests and responses recorded on the seed data by `npm run examples`, shown in /docs for each operation.
const EXAMPLES_FILE = new URL('../../openapi/examples.json', import.meta.url);
const examples = (fs.existsSync(EXAMPLES_FILE) ? JSON.parse(fs.readFileSync(EXAMPLES_FILE, 'utf8')) : {}) as Record<string, OperationExample>;

export default fp<{ config: Config }>(
  async (app, { config }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        // The contact is whoever runs this deployment: the publisher named in its ClaimReviews.
        info: { title: 'ClaimLedger API', version: '1.0.0', description: API_DESCRIPTION, contact: { name: config.publisherName, url: config.publisherUrl } },
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
          { name: 'Requests', description: '"Is this true?" from readers, tiplines and newsroom desks: matched to known claims, linked by checkers, counted as demand, answered when a verdict is published.' },
          { name: 'Publishing', description: 'Verdicts published as public fact-check pages, their corrections and withdrawals.' },
          { name: 'Feeds', description: 'Public feeds of published fact-checks (JSON-LD DataFeed and Atom), with audit proofs.' },
          { name: 'Import', description: 'Other fact-checkers\' ClaimReviews, imported as external reviews.' },
          { name: 'API keys', description: 'Keys and roles.' },
          { name: 'Audit', description: 'The tamper-evident history: hash-chained events, export, verification and signed checkpoints.' },
          { name: 'Webhooks', description: 'Signed event notifications (Standard Webhooks) to other systems, with a delivery log.' },
          { name: 'Events', description: 'A live stream of changes (Server-Sent Events) for the console.' },
          { name: 'Service', description: 'Health and documentation.' },
        ],
      },
      // A route's `responseHeaders` travels to polish() as an x- key, which @fastify/swagger copies onto the operation.
      transform: (input) => {
        const { responseHeaders, ...schema } = input.schema ?? {};
        const out = jsonSchemaTransform({ ...input, schema });
        return responseHeaders && out.schema ? { ...out, schema: { ...out.schema, [RESPONSE_HEADERS_KEY]: responseHeaders } } : out;
      },
      transformObject: (input) => polish(jsonSchemaTransformObject(input), examples),
    });
    // staticCSP: the docs page sends its own Content-Security-Policy, which replaces helmet's API-wide one.
    await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
    await app.register(docsErrors);
  },
  { name: 'openapi' },
);
