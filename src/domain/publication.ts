// Pure rules of publishing: the stable slug of a fact-check, its public URL and the short claimReviewed.

/** Google asks for claimReviewed under 75 characters, so it fits a phone's search result. */
export const CLAIM_REVIEWED_MAX = 75;

/** Shortens text at a word boundary to at most `max` characters, ending with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/, '')}…`;
}

/** The default claimReviewed: the claim's text, shortened to Google's guidance. */
export const defaultClaimReviewed = (claimText: string): string => shorten(claimText, CLAIM_REVIEWED_MAX);

/**
 * A readable, stable slug: the claim's first words (ASCII, lower case) and the last characters of its id,
 * which keep two claims with the same words apart. Chosen once, at the first publication.
 */
export function slugFor(claimText: string, claimId: string): string {
  const words = claimText
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/(\d),(?=\d{3}\b)/g, '$1') // "11,000" reads as 11000, not 11-000
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let base = '';
  for (const w of words.split('-')) {
    if (!w) continue;
    if ((base ? base.length + 1 : 0) + w.length > 60) break;
    base = base ? `${base}-${w}` : w;
  }
  const suffix = claimId.slice(-6).toLowerCase();
  return base ? `${base}-${suffix}` : `fact-check-${suffix}`;
}

/** The public URL of a fact-check: the template with its {slug} filled in. */
export const reviewUrl = (template: string, slug: string): string => template.replace('{slug}', encodeURIComponent(slug));
