// Locating an evidence quote inside a source's content snapshot.
//
// Quotes must be verbatim, but people (and copy-paste) routinely change whitespace and swap typographic
// punctuation for ASCII. Both sides are therefore normalised before comparing, while a map from every
// normalised UTF-16 offset back to the original content is kept, so the resulting selector always points
// at the text as it appears in the original: content.slice(start, end) === exact.
//
// The selector follows the W3C Web Annotation model: TextQuoteSelector (exact/prefix/suffix) combined with
// TextPositionSelector (start/end, UTF-16 code-unit offsets into the original content).

export interface QuoteMatch {
  /** The matched text exactly as it appears in the original content. */
  exact: string;
  /** Up to PREFIX_LENGTH characters of original content immediately before the match. */
  prefix: string;
  /** Up to SUFFIX_LENGTH characters of original content immediately after the match. */
  suffix: string;
  /** UTF-16 offset of the first matched code unit in the original content. */
  start: number;
  /** UTF-16 offset just past the last matched code unit in the original content (exclusive). */
  end: number;
}

export const PREFIX_LENGTH = 32;
export const SUFFIX_LENGTH = 32;

/**
 * Typographic punctuation folded to ASCII. Besides the required set (‘ ’ ‚ ‛ “ ” „ ‟ ″ ′ « » – — …) this also
 * folds the single guillemets ‹ › and the other Unicode hyphens/dashes U+2010–U+2015, which are
 * visually indistinguishable in most fonts.
 */
const PUNCTUATION: Readonly<Record<string, string>> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'", // ‚
  '\u201B': "'", // ‛
  '\u2032': "'", // ′
  '\u2039': "'", // ‹
  '\u203A': "'", // ›
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u201F': '"', // ‟
  '\u2033': '"', // ″ (mapped before NFKC, which would otherwise turn it into two primes)
  '\u00AB': '"', // «
  '\u00BB': '"', // »
  '\u2010': '-', // ‐ hyphen
  '\u2011': '-', // ‑ non-breaking hyphen
  '\u2012': '-', // ‒ figure dash
  '\u2013': '-', // – en dash
  '\u2014': '-', // — em dash
  '\u2015': '-', // ― horizontal bar
  '\u2026': '...', // …
};

const PUNCTUATION_RE = /[\u2018\u2019\u201A\u201B\u2032\u2039\u203A\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2026]/g;
const WHITESPACE_RE = /\s/;

function foldPunctuation(s: string): string {
  return s.replace(PUNCTUATION_RE, (ch) => PUNCTUATION[ch] ?? ch);
}

/** Normalises one grapheme cluster: typographic punctuation → ASCII, NFKC, then punctuation again. */
function normaliseSegment(segment: string): string {
  return foldPunctuation(foldPunctuation(segment).normalize('NFKC'));
}

interface Segment {
  segment: string;
  index: number;
}

/**
 * Splits text into grapheme clusters. NFKC is applied per cluster (composition never needs to look across
 * a cluster boundary in practice), which is what lets every normalised character be traced back to a
 * contiguous range of the original.
 */
let graphemeSegmenter: Intl.Segmenter | null | undefined;

function segments(text: string): Iterable<Segment> {
  if (graphemeSegmenter === undefined) {
    graphemeSegmenter =
      typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter('en', { granularity: 'grapheme' })
        : null;
  }
  if (graphemeSegmenter) return graphemeSegmenter.segment(text);
  // Fallback for runtimes without Intl.Segmenter: a code point plus any following combining marks.
  const out: Segment[] = [];
  for (const m of text.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) out.push({ segment: m[0], index: m.index });
  return out;
}

interface MappedText {
  text: string;
  /** For each UTF-16 unit of `text`, the original offset where the source of that unit starts. */
  starts: number[];
  /** For each UTF-16 unit of `text`, the original offset just past the source of that unit. */
  ends: number[];
}

/** Normalises `input` and records, for every output code unit, the original range it came from. */
function normaliseWithMap(input: string): MappedText {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastWasSpace = false;

  for (const { segment, index } of segments(input)) {
    const segEnd = index + segment.length;
    const normalised = normaliseSegment(segment);
    for (let i = 0; i < normalised.length; i++) {
      const ch = normalised[i]!;
      if (WHITESPACE_RE.test(ch)) {
        if (lastWasSpace) {
          // Extend the current whitespace run to cover this original segment too.
          ends[ends.length - 1] = segEnd;
        } else {
          chars.push(' ');
          starts.push(index);
          ends.push(segEnd);
          lastWasSpace = true;
        }
      } else {
        chars.push(ch);
        starts.push(index);
        ends.push(segEnd);
        lastWasSpace = false;
      }
    }
  }

  // Trim: a single leading and/or trailing space can remain after collapsing runs.
  let from = 0;
  let to = chars.length;
  if (to > 0 && chars[0] === ' ') from = 1;
  if (to > from && chars[to - 1] === ' ') to -= 1;

  return {
    text: chars.slice(from, to).join(''),
    starts: starts.slice(from, to),
    ends: ends.slice(from, to),
  };
}

/**
 * Normalises text for quote comparison: typographic quotes → ASCII ' or ", en/em dashes → "-",
 * ellipsis → "...", NFKC, every run of whitespace (including NBSP and newlines) → one space, trimmed.
 * Case is kept: quotes must be verbatim apart from these normalisations.
 */
export function normaliseText(s: string): string {
  return normaliseWithMap(s).text;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Finds `quote` in `content`, comparing normalised text (see normaliseText), and returns a selector into
 * the ORIGINAL content, or null when the quote normalises to empty or does not occur. When the quote occurs
 * several times, the first occurrence wins. If the match begins or ends part-way through a character that
 * normalisation expanded (e.g. "…" → "..."), the selector is widened to cover that whole original character.
 */
export function findQuote(content: string, quote: string): QuoteMatch | null {
  const needle = normaliseText(quote);
  if (needle.length === 0) return null;

  const haystack = normaliseWithMap(content);
  const at = haystack.text.indexOf(needle);
  if (at < 0) return null;

  const start = haystack.starts[at]!;
  const end = haystack.ends[at + needle.length - 1]!;

  let prefixStart = Math.max(0, start - PREFIX_LENGTH);
  // Do not cut a surrogate pair in half at the outer edge of the context.
  if (prefixStart > 0 && isLowSurrogate(content.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(content.length, end + SUFFIX_LENGTH);
  if (suffixEnd < content.length && isHighSurrogate(content.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;

  return {
    exact: content.slice(start, end),
    prefix: content.slice(prefixStart, start),
    suffix: content.slice(end, suffixEnd),
    start,
    end,
  };
}
