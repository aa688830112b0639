// Input must be well-formed before any schema sees it: JSON bodies are strict UTF-8 with no lone surrogate
// and no "__proto__" key, and query strings decode cleanly. Each refusal is a 400 naming the field, so bad
// text is never silently changed (to U+FFFD) and stored, and never reaches SQLite as a string it cannot encode.
// Nor does any text hold U+0000 (NUL): PostgreSQL's text and JSON types cannot store it, so it is refused
// on both backends alike rather than stored on one and a 500 on the other.
import { isUtf8 } from 'node:buffer';
import fp from 'fastify-plugin';
import { AppError, type FieldError } from '../errors.js';

const MAX_REPORTED = 20;
const LONE_SURROGATE = 'contains a lone surrogate (an unpaired \\ud800–\\udfff): send well-formed Unicode';
const NOT_UTF8 = 'contains bytes that are not valid UTF-8';
const NUL = 'contains U+0000 (NUL), which text fields cannot hold';
const PROTO_KEY = 'the key "__proto__" is not accepted: it names the object prototype in JavaScript';

interface Frame {
  value: unknown;
  key: string | number | null;
  parent: Frame | null;
}

function pathOf(frame: Frame, root: string): string {
  const parts: Array<string | number> = [];
  for (let f: Frame | null = frame; f && f.key !== null; f = f.parent) parts.push(f.key);
  return [root, ...parts.reverse()].join('.');
}

/**
 * Every string and key in a parsed JSON value that `bad` flags, and every "__proto__" key. Iterative, so a
 * deeply nested body cannot overflow the stack; stops after MAX_REPORTED findings.
 */
export function illFormedFields(value: unknown, root: string, bad: (s: string) => boolean, message: string): FieldError[] {
  const out: FieldError[] = [];
  const stack: Frame[] = [{ value, key: null, parent: null }];
  while (stack.length && out.length < MAX_REPORTED) {
    const frame = stack.pop()!;
    const v = frame.value;
    if (typeof v === 'string') {
      if (bad(v)) out.push({ path: pathOf(frame, root), message });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: frame });
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        const child: Frame = { value: (v as Record<string, unknown>)[k], key: k, parent: frame };
        if (k === '__proto__') out.push({ path: pathOf(child, root), message: PROTO_KEY });
        else if (bad(k)) out.push({ path: pathOf(child, root), message: `the key ${message}` });
        else stack.push(child);
      }
    }
  }
  return out;
}

function refuse(where: string, errors: FieldError[]): never {
  throw new AppError(
    'VALIDATION_FAILED',
    `The request ${where} has ${errors.length} problem${errors.length === 1 ? '' : 's'}: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}.`,
    {},
    errors,
  );
}

const isLoneSurrogate = (s: string) => !s.isWellFormed();
const hasNul = (s: string) => s.includes('\0');

/** Parses a JSON body strictly; JSON.parse itself keeps "__proto__" as a plain key, which is then refused. */
export function parseJsonBody(body: Buffer): unknown {
  if (body.length === 0) throw new AppError('MALFORMED_BODY', 'The body is empty, but Content-Type says it is JSON.');
  const strict = isUtf8(body);
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw new AppError('MALFORMED_BODY', `The body is not valid JSON: ${(err as Error).message}`);
  }
  if (!strict) {
    // Decoding replaced each invalid byte sequence with U+FFFD; the fields holding one are the culprits.
    const errors = illFormedFields(value, 'body', (s) => s.includes('\uFFFD'), NOT_UTF8);
    refuse('body', errors.length ? errors : [{ path: 'body', message: NOT_UTF8 }]);
  }
  const errors = illFormedFields(value, 'body', isLoneSurrogate, LONE_SURROGATE);
  if (errors.length) refuse('body', errors);
  const nul = illFormedFields(value, 'body', hasNul, NUL);
  if (nul.length) refuse('body', nul);
  return value;
}

/** Each query parameter whose name or value is not valid percent-encoded UTF-8, named. */
export function illFormedQuery(url: string): FieldError[] {
  const q = url.indexOf('?');
  if (q < 0) return [];
  const out: FieldError[] = [];
  for (const part of url.slice(q + 1).split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    const key = decode(rawKey);
    const value = key === null ? null : decode(rawValue);
    if (key === null) out.push({ path: `query.${rawKey}`, message: 'the parameter name is not valid percent-encoded UTF-8' });
    else if (value === null) out.push({ path: `query.${key}`, message: 'is not valid percent-encoded UTF-8 (e.g. a malformed %-escape or an encoded lone surrogate)' });
    else if (hasNul(key)) out.push({ path: `query.${rawKey}`, message: `the parameter name ${NUL}` });
    else if (hasNul(value)) out.push({ path: `query.${key}`, message: NUL });
    if (out.length >= MAX_REPORTED) break;
  }
  return out;
}

function decode(s: string): string | null {
  try {
    const d = decodeURIComponent(s.replaceAll('+', ' '));
    return d.isWellFormed() ? d : null;
  } catch {
    return null;
  }
}

export default fp(
  async (app) => {
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, async (_request: unknown, body: Buffer) => parseJsonBody(body));

    // After authentication (onRequest) and body parsing, before the route's schema sees the input.
    // A plain callback, not an async function: every request passes it (see problems.ts).
    app.addHook('preValidation', (request, _reply, done) => {
      const query = illFormedQuery(request.url);
      if (query.length) refuse('query', query);
      const params = illFormedFields(request.params, 'params', isLoneSurrogate, LONE_SURROGATE);
      if (params.length) refuse('path', params);
      const nul = illFormedFields(request.params, 'params', hasNul, NUL);
      if (nul.length) refuse('path', nul);
      done();
    });
  },
  { name: 'well-formed-input' },
);
