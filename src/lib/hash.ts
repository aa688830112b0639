// Hashing helpers shared by sources (content digests), API keys and the audit chain.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

export function sha256Hex(input: string): string {
  return createHash('sha256').update(input, 'utf8').digest('hex');
}

/** RFC 8785 canonical JSON: the same value always serialises to the same bytes. */
export function canonicalJson(value: unknown): string {
  const out = canonicalize(value);
  if (out === undefined) throw new TypeError('value cannot be canonicalised');
  return out;
}
