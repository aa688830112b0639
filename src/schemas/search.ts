// Schemas for search hits, shared by /v1/claims and /v1/sources. Registered once as OpenAPI components.
import { z } from 'zod';

export const MatchedQuantity = z
  .object({
    raw: z.string().meta({ description: 'The figure as the claim writes it.', examples: ['more than 11,000 bitcoins'] }),
    value: z.number().meta({ examples: [11000] }),
    unit: z.string().nullable().meta({ examples: ['BTC'] }),
    queryRaw: z.string().meta({ description: 'The figure as the query wrote it.', examples: ['11k bitcoin'] }),
  })
  .meta({ id: 'MatchedQuantity', description: 'A quantity of the hit equal to one in the query (same value; same unit unless the query gave none).' });

export const SearchMatch = z
  .object({
    score: z.number().meta({
      description: 'Relevance, higher is better: bm25 over the query words and quantities. Comparable only within one result list.',
      examples: [3.58],
    }),
    snippet: z.string().meta({
      description: 'An excerpt of the text, HTML-escaped, with matched words and figures in <mark>…</mark>.',
      examples: ['North Korea harvested <mark>more than 11,000 bitcoins</mark> in <mark>2017</mark> through mining and thefts.'],
    }),
    matchedTerms: z.array(z.string()).meta({ description: 'Words of the hit that matched query words (after stemming and typo correction), lower-case.', examples: [['youbit']] }),
    matchedQuantities: z.array(MatchedQuantity).meta({ description: 'Figures of the hit that equal figures of the query.' }),
    corrections: z
      .array(z.object({ from: z.string(), to: z.array(z.string()) }))
      .meta({ description: 'Query words found in no document and replaced by close index terms (stems), e.g. youbti → youbit.' }),
  })
  .meta({ id: 'SearchMatch', description: 'Why a hit matched a full-text query.' });

/** The `q` parameter of list routes. */
export const SearchQueryParam = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .meta({ description: 'Full-text query. Words are stemmed, numbers are read as quantities ("11k bitcoin", "40 percent"), typos in rare words are corrected. Results are ordered by relevance.' });
