// Turns what @fastify/swagger + fastify-type-provider-zod generate into a document that OpenAPI tools
// (Spectral, Redocly, Prism, openapi-typescript) accept as it is:
// - components carry no `$id`/`$schema` (tools resolve `$id` as a base URI and then fail to find refs);
// - one schema per shape: zod's `XInput` twin is dropped where it is identical to `X`, and schemas no
//   operation reaches are dropped;
// - every response has its real media type (problems are application/problem+json) and documents the
//   headers it carries; a header parameter the server answers 428 without is required;
// - each response is named by what it means.
import canonicalize from 'canonicalize';
import { ERROR_CATALOGUE, type ErrorCode } from '../errors.js';

/** Response headers a client relies on. Routes list the ones they send with `responseHeaders`. */
export const RESPONSE_HEADERS = {
  etag: {
    name: 'ETag',
    description: 'The version of the resource, e.g. "3". Send it back as If-Match to change the resource.',
    schema: { type: 'string', examples: ['"3"'] },
  },
  location: {
    name: 'Location',
    description: 'The path of the resource that was created (or, for a source whose URL is known, that already exists).',
    schema: { type: 'string', examples: ['/v1/claims/clm_01jd2x8q0m7k3v5n6p9r4s2t1w'] },
  },
  'content-disposition': {
    name: 'Content-Disposition',
    description: 'Suggests a file name when saved.',
    schema: { type: 'string', examples: ['attachment; filename="claimledger-audit.ndjson"'] },
  },
  'idempotent-replayed': {
    name: 'Idempotent-Replayed',
    description: '"true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise.',
    schema: { type: 'string', enum: ['true'] },
  },
  'www-authenticate': {
    name: 'WWW-Authenticate',
    description: 'How to authenticate: a bearer API key.',
    schema: { type: 'string', examples: ['Bearer realm="claimledger"'] },
  },
  'set-cookie': {
    name: 'Set-Cookie',
    description: 'The console session cookie (HttpOnly, SameSite=Strict): set on sign-in, cleared on sign-out.',
    schema: { type: 'string', examples: ['claimledger_session=…; Path=/; HttpOnly; SameSite=Strict'] },
  },
  'cache-control': {
    name: 'Cache-Control',
    description: '"no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60".',
    schema: { type: 'string', enum: ['no-store', 'public, max-age=60'] },
  },
  'access-control-allow-origin': {
    name: 'Access-Control-Allow-Origin',
    description: '"*" on the public feeds: any web page may read them.',
    schema: { type: 'string', enum: ['*'] },
  },
  link: {
    name: 'Link',
    description: 'The next page of a feed (rel="next"); absent on the last page.',
    schema: { type: 'string', examples: ['<http://127.0.0.1:3000/feeds/claim-reviews.jsonld?cursor=f1.WyIyMDI2…>; rel="next"'] },
  },
  'ratelimit-limit': {
    name: 'RateLimit-Limit',
    description: 'Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0).',
    schema: { type: 'string', examples: ['600'] },
  },
  'ratelimit-remaining': {
    name: 'RateLimit-Remaining',
    description: 'Requests left in the current window.',
    schema: { type: 'string', examples: ['599'] },
  },
  'ratelimit-reset': {
    name: 'RateLimit-Reset',
    description: 'Seconds until the window resets.',
    schema: { type: 'string', examples: ['60'] },
  },
  'retry-after': {
    name: 'Retry-After',
    description: 'Seconds to wait before retrying.',
    schema: { type: 'string', examples: ['30'] },
  },
} as const;

export type ResponseHeaderName = keyof typeof RESPONSE_HEADERS;
/** Per status code, the headers a route sends; `required` ones are sent on every such response. */
export type ResponseHeadersDecl = Partial<Record<number, Array<ResponseHeaderName | { name: ResponseHeaderName; required: true }>>>;

declare module 'fastify' {
  interface FastifySchema {
    /** Documents the response headers the route sets itself (cross-cutting ones are added for it). */
    responseHeaders?: ResponseHeadersDecl;
  }
}

/** The error catalogue page, served beside /docs; each code has an anchor there. */
export const ERRORS_PAGE = '/docs/errors';
const errorLink = (code: string) => `[\`${code}\`](${ERRORS_PAGE}#${code})`;
const codesByStatus = new Map<number, ErrorCode[]>();
for (const [code, { status }] of Object.entries(ERROR_CATALOGUE) as Array<[ErrorCode, { status: number }]>) {
  codesByStatus.set(status, [...(codesByStatus.get(status) ?? []), code]);
}

/** An operation's example from the seed data (openapi/examples.json, written by `npm run examples`). */
export interface OperationExample {
  request?: { method: string; url: string; body?: unknown };
  status: number;
  response?: unknown;
}

/** The key @fastify/swagger copies from a route schema onto its operation, for polish() to consume. */
export const RESPONSE_HEADERS_KEY = 'x-response-headers';

const RESPONSE_DESCRIPTIONS: Record<string, string> = {
  200: 'OK',
  201: 'Created',
  400: 'The request is invalid; `errors` lists each bad field.',
  401: 'No API key, or an unknown, revoked or expired one.',
  403: 'Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin.',
  404: 'Not found.',
  405: 'The path exists but not with this method; `Allow` lists the methods it has.',
  409: 'Conflicts with the current state; `rule` or `code` says which rule.',
  412: 'If-Match is stale: the resource changed since you read it.',
  413: 'The request body is too large.',
  414: 'The URL is too long.',
  415: 'Send application/json.',
  422: 'Well-formed but refers to something missing or does not match (e.g. a quote not in the source).',
  428: 'If-Match is required.',
  429: 'Too many requests from this key or address; wait Retry-After seconds.',
  503: 'The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds.',
};

const PROBLEM_MEDIA_TYPE = 'application/problem+json';
const SCHEMA_REF = '#/components/schemas/';

type Json = Record<string, unknown>;
interface Header { description?: string; required?: boolean; schema: Json }
interface Response { description?: string; content?: Record<string, { schema?: Json; examples?: Json }>; headers?: Record<string, Header> }
interface Parameter { name: string; in: string; required?: boolean; description?: string; schema?: Json }
interface Operation {
  operationId?: string;
  description?: string;
  requestBody?: { content?: Record<string, { schema?: Json; examples?: Json }> };
  parameters?: Parameter[];
  responses?: Record<string, Response>;
  security?: unknown[];
  [RESPONSE_HEADERS_KEY]?: ResponseHeadersDecl;
  [key: string]: unknown;
}
interface Doc { paths?: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Json> } }

const canonical = (value: unknown) => canonicalize(value) ?? '';

/** Replaces every `$ref` to a schema named in `renames` with a ref to the new name. */
function renameRefs<T>(value: T, renames: Map<string, string>): T {
  if (renames.size === 0) return value;
  return JSON.parse(
    JSON.stringify(value).replace(/"#\/components\/schemas\/([^"]+)"/g, (whole, name: string) => {
      const to = renames.get(name);
      return to === undefined ? whole : JSON.stringify(SCHEMA_REF + to);
    }),
  ) as T;
}

/** The component schemas reachable from the paths, following refs between components. */
function reachableSchemas(doc: Doc): Set<string> {
  const schemas = doc.components?.schemas ?? {};
  const seen = new Set<string>();
  const refsIn = (value: unknown) => [...JSON.stringify(value).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
  const queue = refsIn(doc.paths ?? {});
  while (queue.length) {
    const name = queue.pop()!;
    if (seen.has(name) || !schemas[name]) continue;
    seen.add(name);
    queue.push(...refsIn(schemas[name]));
  }
  return seen;
}

/**
 * zod publishes each registered schema twice, for input (`XInput`) and output (`X`). Keep one schema
 * per shape: a twin identical to its output form (after the same merge is applied to the schemas it
 * refers to) is merged into it; a schema no operation reaches is dropped; an input form whose output
 * form is unused takes the plain name.
 */
function oneSchemaPerShape(doc: Doc): Doc {
  const schemas = doc.components?.schemas;
  if (!schemas) return doc;
  const twins = Object.keys(schemas).filter((n) => n.endsWith('Input') && schemas[n.slice(0, -'Input'.length)]);
  // Greatest fixpoint: assume every twin merges, then drop those that differ under that assumption.
  const merged = new Map(twins.map((n) => [n, n.slice(0, -'Input'.length)]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [input, output] of merged) {
      if (canonical(renameRefs(schemas[input], merged)) !== canonical(renameRefs(schemas[output], merged))) {
        merged.delete(input);
        changed = true;
      }
    }
  }
  let result = renameRefs(doc, merged);
  for (const input of merged.keys()) delete result.components!.schemas![input];

  const reachable = reachableSchemas(result);
  const all = result.components!.schemas!;
  for (const name of Object.keys(all)) if (!reachable.has(name)) delete all[name];
  const plain = new Map<string, string>();
  for (const name of Object.keys(all)) {
    const base = name.slice(0, -'Input'.length);
    if (name.endsWith('Input') && !all[base]) plain.set(name, base);
  }
  result = renameRefs(result, plain);
  const renamed = result.components!.schemas!;
  for (const [from, to] of plain) {
    renamed[to] = renamed[from]!;
    delete renamed[from];
  }
  result.components!.schemas = Object.fromEntries(Object.entries(renamed).sort(([a], [b]) => a.localeCompare(b)));
  return result;
}

function headerObject(name: ResponseHeaderName, required: boolean): Header {
  const { description, schema } = RESPONSE_HEADERS[name];
  return { description, ...(required ? { required: true } : {}), schema: { ...schema } as Json };
}

function addHeader(response: Response, name: ResponseHeaderName, required = false) {
  response.headers ??= {};
  response.headers[RESPONSE_HEADERS[name].name] = headerObject(name, required);
}

/** Every route can answer these, whatever it does: rate limiting and load shedding run before routing. */
function addCrossCuttingResponses(op: Operation) {
  op.responses ??= {};
  for (const status of ['429', '503']) {
    op.responses[status] ??= { content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: `${SCHEMA_REF}Problem` } } } };
  }
}

/** Shows the seed-data example: the request line and body, and the response it got. */
function addExample(op: Operation, example: OperationExample | undefined) {
  if (!example) return;
  const summary = example.request ? `${example.request.method} ${example.request.url} on the seed data` : 'On the seed data';
  const requestMedia = op.requestBody?.content?.['application/json'];
  if (requestMedia && example.request?.body !== undefined) requestMedia.examples = { seedData: { summary, value: example.request.body } };
  const response = op.responses?.[String(example.status)];
  const [mediaType, media] = Object.entries(response?.content ?? {})[0] ?? [];
  if (mediaType && media && example.response !== undefined) media.examples = { seedData: { summary, value: example.response } };
  if (example.request) op.description = `${op.description ?? ''}\n\n**Example:** \`${example.request.method} ${example.request.url}\` (seed data; request and response bodies below).`.trim();
}

/** Media types, headers, descriptions and required parameters of one operation. */
function polishOperation(op: Operation, example?: OperationExample) {
  addExample(op, example);
  addCrossCuttingResponses(op);
  const declared = op[RESPONSE_HEADERS_KEY] ?? {};
  delete op[RESPONSE_HEADERS_KEY];
  const headerParams = (op.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name.toLowerCase());
  const idempotent = headerParams.includes('idempotency-key');

  for (const [status, response] of Object.entries(op.responses ?? {})) {
    const code = Number(status);
    if (!response.description || response.description === 'Default Response') response.description = RESPONSE_DESCRIPTIONS[status] ?? 'Response';
    const codes = codesByStatus.get(code);
    if (code >= 400 && codes && !response.description.includes(ERRORS_PAGE)) response.description += ` Codes: ${codes.map(errorLink).join(', ')}.`;
    if (code >= 400 && response.content) {
      // Whatever the route produces on success, its errors are problem documents.
      const schema = Object.values(response.content)[0]?.schema;
      response.content = { [PROBLEM_MEDIA_TYPE]: { schema: schema ?? { $ref: `${SCHEMA_REF}Problem` } } };
    }
    for (const entry of declared[code] ?? []) {
      if (typeof entry === 'string') addHeader(response, entry);
      else addHeader(response, entry.name, entry.required);
    }
    // Headers the plugins send, whichever route answers.
    if (code === 401) addHeader(response, 'www-authenticate', true);
    if (code === 429) addHeader(response, 'retry-after', true);
    if (code === 503) addHeader(response, 'retry-after');
    for (const name of ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'cache-control'] as const) addHeader(response, name);
    if (idempotent && code !== 401) addHeader(response, 'idempotent-replayed');
  }
  // The server answers 428 when If-Match is missing, so it is a required header, whatever zod says.
  if (op.responses?.['428']) {
    for (const p of op.parameters ?? []) if (p.in === 'header' && p.name.toLowerCase() === 'if-match') p.required = true;
  }
}

/** Applies every rule above to a generated document. */
export function polish<T>(input: T, examples: Record<string, OperationExample> = {}): T {
  let doc = JSON.parse(JSON.stringify(input)) as Doc;
  for (const schema of Object.values(doc.components?.schemas ?? {})) {
    delete schema.$id;
    delete schema.$schema;
  }
  for (const ops of Object.values(doc.paths ?? {})) for (const op of Object.values(ops)) polishOperation(op, op.operationId ? examples[op.operationId] : undefined);
  doc = oneSchemaPerShape(doc);
  return doc as T;
}


/** Headers sent on every response of that status, for a route's `responseHeaders`. */
export const always = (...names: ResponseHeaderName[]) => names.map((name) => ({ name, required: true as const }));
