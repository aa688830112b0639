// "Has this been checked?": GET /v1/claims:search (Google Fact Check Tools shape), similar claims, and the
// schema.org ClaimReview of a verdict.
import { compiledSerializerCompiler } from '../../lib/compiled-serializer.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { claimReview, googleClaimReview, type Publisher } from '../../domain/claim-review.js';
import { AppError } from '../../errors.js';
import { problems } from '../../schemas/common.js';
import type { ClaimRecord } from '../../domain/types.js';
import { toClaimDto } from '../presenters.js';
import { ClaimIdParams } from './schemas.js';
import { ClaimReviewLd, FactCheckSearchQuery, FactCheckSearchResponse, SimilarClaim, SimilarQuery } from './search-schemas.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  const { claims, sources, search, apiKeys, config } = app.services;
  const refs = apiKeys.actorRef;
  const publisher: Publisher = { name: config.publisherName, url: config.publisherUrl, publicBaseUrl: config.publicBaseUrl };

  const appearanceUrl = async (c: ClaimRecord): Promise<string | null> =>
    c.firstAppearanceUrl ?? (c.firstAppearanceSourceId ? ((await sources.find(c.firstAppearanceSourceId))?.canonicalUrl ?? null) : null);

  // '::' escapes the colon: Fastify would otherwise read ":search" as a path parameter.
  app.get('/claims::search', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'read' },
    schema: {
      operationId: 'searchFactChecks',
      summary: 'Search fact checks (Google Fact Check Tools shape)',
      description: [
        'Answers "has this been checked, and what was found?" in the response shape of Google Fact Check Tools `claims:search`,',
        'so a tool written for that API can point at ClaimLedger (send the key as `Authorization: Bearer`, not `?key=`).',
        'Matching is full text (stemmed, typo-tolerant) plus quantities: "11k bitcoin 2017", "more than 11000 BTC in 2017" and',
        '"eleven thousand bitcoins" find the same claim. Results are ordered by relevance; `nextPageToken` continues that order',
        'and only works with the same query. Each claim carries ClaimLedger extensions (`id`, `status`, `match`).',
      ].join('\n'),
      tags: ['Search'],
      querystring: FactCheckSearchQuery,
      response: { 200: FactCheckSearchResponse, ...problems(400, 401, 403) },
    },
  }, async (request) => {
    const { query, languageCode, maxAgeDays, pageSize, pageToken, includeUnreviewed } = request.query;
    let result;
    try {
      result = await search.claims({ q: query, limit: pageSize, cursor: pageToken, language: languageCode, maxAgeDays, verdictOnly: !includeUnreviewed });
    } catch (err) {
      // Google's parameter is pageToken, not cursor: name it in the problem.
      if (err instanceof AppError && err.code === 'VALIDATION_FAILED') throw new AppError('VALIDATION_FAILED', 'The pageToken is not one this service issued for this query.', {}, [{ path: 'querystring.pageToken', message: 'Invalid page token' }]);
      throw err;
    }
    return {
      claims: result.items.map(({ row, match }) => {
        const review = googleClaimReview(row, publisher);
        return {
          text: row.text,
          ...(row.claimant ? { claimant: row.claimant } : {}),
          ...(row.claimDate ? { claimDate: `${row.claimDate}T00:00:00Z` } : {}),
          claimReview: review ? [review] : [],
          id: row.id,
          status: row.status,
          match,
        };
      }),
      ...(result.nextCursor ? { nextPageToken: result.nextCursor } : {}),
    };
  });

  app.get('/claims/:id/similar', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'read' },
    schema: {
      operationId: 'listSimilarClaims',
      summary: 'Claims similar to a claim',
      description: 'Other claims ranked by how well they match this claim\'s words and figures, best first, each with `match` (bm25 score, snippet, matched words and figures) and `similarity` (0–1 overlap of the two texts).',
      tags: ['Search'],
      params: ClaimIdParams,
      querystring: SimilarQuery,
      response: { 200: z.object({ data: z.array(SimilarClaim).meta({ description: 'Best first; the claim itself is left out.' }) }), ...problems(400, 401, 403, 404) },
    },
  }, async (request) => {
    const claim = await claims.get(request.params.id);
    return { data: (await search.similar(claim, request.query.limit)).map(({ row, match, similarity }) => ({ ...toClaimDto(row, refs), match, similarity })) };
  });

  app.get('/claims/:id/claim-review', {
    config: { permission: 'read' },
    schema: {
      operationId: 'getClaimReview',
      summary: 'ClaimReview (schema.org JSON-LD) of a verdict',
      description: [
        'The verdict as schema.org ClaimReview, served as `application/ld+json`, to embed in a web page.',
        'Ratings on a 1–5 scale: verified → "True" (5), misleading → "Misleading" (3), false → "False" (1),',
        'unverifiable → "Unverifiable" (no ratingValue). The author and publisher are PUBLISHER_NAME and PUBLISHER_URL.',
        'A claim without a verdict (unverified or in review) has no ClaimReview: 404 with code CLAIM_REVIEW_NOT_FOUND',
        '(404 rather than 409 because nothing is wrong with the request: the review simply does not exist yet).',
      ].join('\n'),
      tags: ['Search'],
      params: ClaimIdParams,
      response: { 200: ClaimReviewLd, ...problems(400, 401, 403, 404) },
      produces: ['application/ld+json'],
    },
  }, async (request, reply) => {
    const claim = await claims.get(request.params.id);
    const review = claimReview(claim, publisher, await appearanceUrl(claim));
    if (!review) {
      throw new AppError('CLAIM_REVIEW_NOT_FOUND', `Claim ${claim.id} has no verdict yet (its status is "${claim.status}"), so there is no ClaimReview to publish.`, { claimStatus: claim.status });
    }
    reply.type('application/ld+json; charset=utf-8');
    return review;
  });
};

export default routes;
