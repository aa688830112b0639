// Canonical form of a source URL, used to detect the same source being registered twice.
//
// Built on the WHATWG URL parser, which already lower-cases the scheme and host, converts IDNs to punycode,
// drops the default port (:80 for http, :443 for https) and resolves "." / ".." path segments. On top of
// that we drop the fragment, drop utm_* tracking parameters (keeping every other parameter verbatim and in
// its original order), drop empty query pieces, and remove a "?" left with nothing after it.
// Path case is kept: paths are case-sensitive on most servers.

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);
const MAX_ERROR_INPUT = 200;

function describe(input: string): string {
  return JSON.stringify(input.length > MAX_ERROR_INPUT ? `${input.slice(0, MAX_ERROR_INPUT)}…` : input);
}

/** True for a raw query piece ("key=value" or "key") whose key is utm_<anything>, case-insensitively. */
function isTrackingParam(piece: string): boolean {
  const eq = piece.indexOf('=');
  const rawKey = (eq < 0 ? piece : piece.slice(0, eq)).replace(/\+/g, ' ');
  let key: string;
  try {
    key = decodeURIComponent(rawKey);
  } catch {
    key = rawKey;
  }
  return /^utm_/i.test(key);
}

/**
 * Returns the canonical form of an http(s) URL.
 * Throws a plain Error with a descriptive message for input that is not a valid absolute URL, or whose
 * scheme is not http or https.
 */
export function canonicaliseUrl(input: string): string {
  if (typeof input !== 'string') throw new Error('URL must be a string');
  const trimmed = input.trim();
  if (trimmed === '') throw new Error('URL must not be empty');

  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(`Invalid URL ${describe(trimmed)}: expected an absolute http(s) URL`);
  }

  if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
    throw new Error(
      `Unsupported URL scheme "${url.protocol.replace(/:$/, '')}" in ${describe(trimmed)}: only http and https URLs are accepted`,
    );
  }
  if (url.hostname === '') throw new Error(`Invalid URL ${describe(trimmed)}: missing host`);

  url.hash = '';

  const kept = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((piece) => piece !== '' && !isTrackingParam(piece));
  // Assigning '' also removes a bare trailing "?".
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';

  return url.href;
}
