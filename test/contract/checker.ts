// Checks real HTTP responses against openapi/openapi.json: the status must be documented for the
// operation, the media type must be one the response lists, every header must be documented (apart
// from HTTP plumbing and browser-security headers, listed below), required headers must be present,
// and header values and the body must validate against their schemas (Ajv, JSON Schema 2020-12).
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

interface Header { required?: boolean; schema?: object }
interface Response { content?: Record<string, { schema?: object }>; headers?: Record<string, Header> }
interface Operation { operationId: string; responses: Record<string, Response> }
export interface OpenApiDoc { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, object> } }

/** Headers that describe the connection or protect browsers, not the API: no client reads them. */
const PLUMBING = new Set([
  'content-type', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'vary',
  // helmet's browser-security headers
  'content-security-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy', 'cross-origin-embedder-policy',
  'origin-agent-cluster', 'referrer-policy', 'strict-transport-security', 'x-content-type-options', 'x-dns-prefetch-control',
  'x-download-options', 'x-frame-options', 'x-permitted-cross-domain-policies', 'x-xss-protection',
]);
const isPlumbing = (name: string) => PLUMBING.has(name) || name.startsWith('access-control-'); // CORS

export interface Observed {
  method: string;
  /** The path as requested, without the query. */
  path: string;
  status: number;
  headers: Headers;
  body: string;
}

export class ContractChecker {
  private readonly ajv: Ajv2020;
  private readonly routes: Array<{ template: string; regex: RegExp }>;
  /** operationId → statuses seen, to report what the run covered. */
  readonly covered = new Map<string, Set<string>>();

  constructor(readonly doc: OpenApiDoc) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats.default(this.ajv);
    // The whole document is one schema resource, so "#/components/schemas/X" resolves inside it.
    this.ajv.addSchema({ ...doc, $id: 'openapi.json' } as object);
    this.routes = Object.keys(doc.paths)
      .map((template) => ({ template, regex: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`) }))
      // Literal segments before templated ones, so /v1/claims:search never falls to /v1/claims/{id}.
      .sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));
  }

  operationFor(method: string, path: string): { template: string; op: Operation } | undefined {
    for (const { template, regex } of this.routes) {
      const op = this.doc.paths[template]?.[method.toLowerCase()];
      if (regex.test(path) && op) return { template, op };
    }
    return undefined;
  }

  private validate(pointer: string, value: unknown): string[] {
    const validate = this.ajv.getSchema(`openapi.json#${pointer}`);
    if (!validate) return [`no schema at ${pointer}`];
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }

  /** Everything about the response that disagrees with the document; empty when it conforms. */
  check(res: Observed): string[] {
    const found = this.operationFor(res.method, res.path);
    if (!found) return [`${res.method} ${res.path} is not a documented operation`];
    const { template, op } = found;
    const status = String(res.status);
    this.covered.set(op.operationId, (this.covered.get(op.operationId) ?? new Set()).add(status));
    const response = op.responses[status];
    if (!response) return [`${op.operationId}: status ${status} is not documented (documented: ${Object.keys(op.responses).join(', ')})`];
    const esc = (s: string) => s.replaceAll('~', '~0').replaceAll('/', '~1');
    const base = `/paths/${esc(template)}/${res.method.toLowerCase()}/responses/${status}`;
    const errors: string[] = [];

    const documented = new Map(Object.entries(response.headers ?? {}).map(([name, h]) => [name.toLowerCase(), { name, h }]));
    res.headers.forEach((value, name) => {
      if (isPlumbing(name)) return;
      const doc = documented.get(name);
      if (!doc) {
        errors.push(`${op.operationId} ${status}: header ${name} is not documented`);
        return;
      }
      if (doc.h.schema) errors.push(...this.validate(`${base}/headers/${esc(doc.name)}/schema`, value).map((e) => `${op.operationId} ${status} header ${name}: ${e}`));
    });
    for (const [name, { h }] of documented) {
      if (h.required && !res.headers.has(name)) errors.push(`${op.operationId} ${status}: required header ${name} is missing`);
    }

    const mediaType = res.headers.get('content-type')?.split(';')[0]?.trim();
    if (!response.content) {
      if (res.body.length) errors.push(`${op.operationId} ${status}: a body is sent but none is documented`);
      return errors;
    }
    if (!mediaType || !response.content[mediaType]) {
      errors.push(`${op.operationId} ${status}: media type ${mediaType} is not documented (documented: ${Object.keys(response.content).join(', ')})`);
      return errors;
    }
    const pointer = `${base}/content/${esc(mediaType)}/schema`;
    if (mediaType === 'text/event-stream') {
      // Server-Sent Events: the document describes a string; each data line must be JSON.
      errors.push(...this.validate(pointer, res.body));
      for (const [i, line] of res.body.split('\n').filter((l) => l.startsWith('data: ')).entries()) {
        try {
          JSON.parse(line.slice(6));
        } catch {
          errors.push(`${op.operationId} ${status}: event ${i + 1} has data that is not JSON`);
        }
      }
      return errors;
    }
    if (mediaType.endsWith('+xml') || mediaType.endsWith('/xml')) {
      // XML (the Atom feed): the document describes a string; the body must be one XML document.
      errors.push(...this.validate(pointer, res.body));
      if (!/^\s*(<\?xml[^>]*\?>\s*)?<[A-Za-z]/.test(res.body) || !/<\/[A-Za-z:]+>\s*$/.test(res.body)) {
        errors.push(`${op.operationId} ${status}: the ${mediaType} body is not an XML document`);
      }
      return errors;
    }
    if (mediaType === 'application/x-ndjson') {
      errors.push(...this.validate(pointer, res.body));
      res.body.split('\n').filter(Boolean).forEach((line, i) => {
        try {
          JSON.parse(line);
        } catch {
          errors.push(`${op.operationId} ${status}: line ${i + 1} is not JSON`);
        }
      });
      return errors;
    }
    let body: unknown;
    try {
      body = JSON.parse(res.body);
    } catch {
      return [...errors, `${op.operationId} ${status}: the ${mediaType} body is not JSON`];
    }
    errors.push(...this.validate(pointer, body).map((e) => `${op.operationId} ${status} body: ${e}`));
    return errors;
  }
}
