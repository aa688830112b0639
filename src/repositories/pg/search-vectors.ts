// How a claim and a source become a tsvector. Column weights stand for the FTS5 columns on SQLite:
// claims: A = quantity tokens, B = text, C = claimant, D = tags; sources: A = title, B = publisher, C = content.
// Quantity tokens (q_btc_11000, q_any_11000) are computed here by the same code that builds the query's
// tokens (domain/search-query.ts), and stored as whole lexemes (the text parser would split them at "_").
import type { QuantityJson } from '../../domain/types.js';
import { quantityToken } from '../../domain/search-query.js';

export const TS_CONFIG = 'claimledger';

/** $2 text, $3 claimant, $4 tags (space-separated), $5 quantity tokens (text[]). */
export const CLAIM_VECTOR =
  `setweight(to_tsvector('${TS_CONFIG}', $2::text), 'B') || setweight(to_tsvector('${TS_CONFIG}', $3::text), 'C') || ` +
  `setweight(to_tsvector('${TS_CONFIG}', $4::text), 'D') || setweight(array_to_tsvector($5::text[]), 'A')`;

/** $2 title, $3 publisher, $4 content. */
export const SOURCE_VECTOR =
  `setweight(to_tsvector('${TS_CONFIG}', $2::text), 'A') || setweight(to_tsvector('${TS_CONFIG}', $3::text), 'B') || ` +
  `setweight(to_tsvector('${TS_CONFIG}', $4::text), 'C')`;

export function quantityTokens(quantities: readonly QuantityJson[]): string[] {
  const out = new Set<string>();
  for (const q of quantities) {
    out.add(quantityToken(q));
    if (q.unit !== null) out.add(quantityToken({ unit: null, value: q.value }));
  }
  return [...out];
}
