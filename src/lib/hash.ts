// Hashing helpers shared by sources (content digests), API keys and the audit chain.
import crypto, { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

// One-shot crypto.hash (Node ≥ 20.12) is twice as fast as createHash for short inputs; same digest.
const oneShot = typeof crypto.hash === 'function';

export function sha256Hex(input: string): string {
  return oneShot ? crypto.hash('sha256', input, 'hex') : createHash('sha256').update(input, 'utf8').digest('hex');
}

/** Thrown inside the fast path for anything it does not handle; never escapes. */
const UNSUPPORTED = Symbol('unsupported');
// With the u flag a surrogate pair is one code point: this matches lone surrogates only.
const LONE_SURROGATE = /\p{Cs}/u;
// What JSON.stringify would escape (", \\, control characters), or a surrogate: without any, a string's
// JSON text is the string in quotes.
const NEEDS_CARE = /["\\\u0000-\u001f\ud800-\udfff]/;

function quote(s: string): string {
  if (!NEEDS_CARE.test(s)) return `"${s}"`;
  if (LONE_SURROGATE.test(s)) throw UNSUPPORTED;
  return JSON.stringify(s);
}

/**
 * RFC 8785 for plain JSON data (strings without lone surrogates, finite numbers, booleans, null, dense
 * arrays, objects without toJSON), the way the canonicalize package writes it, in one pass without its
 * per-call Set, map and join. Throws UNSUPPORTED for anything else (and for deep or circular values).
 */
function fastCanonical(value: unknown, depth: number): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      if (!Number.isFinite(value)) throw UNSUPPORTED;
      return String(value); // JSON.stringify of a finite number is its Number::toString (-0 is "0" in both)
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      throw UNSUPPORTED;
  }
  if (value === null) return 'null';
  if (depth > 64 || typeof (value as { toJSON?: unknown }).toJSON === 'function') throw UNSUPPORTED;
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) throw UNSUPPORTED; // a hole: canonicalize's map() keeps it, join() writes it as nothing
      const item: unknown = value[i];
      if (i > 0) out += ',';
      out += item === undefined || typeof item === 'symbol' ? 'null' : fastCanonical(item, depth + 1);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  const keys = Object.keys(record);
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1]! > keys[i]!) {
      keys.sort(); // the default order, UTF-16 code units, as RFC 8785 and canonicalize sort
      break;
    }
  }
  for (const key of keys) {
    const item = record[key];
    if (item === undefined || typeof item === 'symbol') continue;
    if (out.length > 1) out += ',';
    out += `${quote(key)}:${fastCanonical(item, depth + 1)}`;
  }
  return `${out}}`;
}

/**
 * RFC 8785 canonical JSON: the same value always serialises to the same bytes. Plain data takes the fast
 * path above; anything else (and every error) is the canonicalize package's. test/lib/hash.test.ts holds the
 * two to identical output on generated values.
 */
export function canonicalJson(value: unknown): string {
  let out: string | undefined;
  try {
    out = fastCanonical(value, 0);
  } catch (err) {
    if (err !== UNSUPPORTED) throw err;
    out = canonicalize(value);
  }
  if (out === undefined) throw new TypeError('value cannot be canonicalised');
  return out;
}

/** The canonicalize package itself (tests compare the fast path with it). */
export const canonicalJsonReference = (value: unknown): string | undefined => canonicalize(value);
