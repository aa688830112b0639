// "Has this been checked?": GET /v1/claims:search (Google Fact Check Tools shape), similar claims, and the
// schema.org ClaimReview of a verdict.
import { compiledSerializerCompiler } from '../../lib/compiled-serializer.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { claimReviewDocument, googleClaimReview, type Publisher } from '../../domain/claim-review.js';
import { AppError } from '../../errors.js';
import { problems } from '../../schemas/common.js';
import type { ExternalReviewRecord } from '../../domain/types.js';
import { toClaimDto, toGoogleExternalReview } from '../presenters.js';
import { siteMatches } from '../../services/search.js';
import { ClaimIdParams } from './schemas.js';
import { ClaimReviewLd, FACT_CHECK_SEARCH_PARAMETERS, FactCheckSearchQuery, FactCheckSearchResponse, SimilarClaim, SimilarQuery } from './search-schemas.js';

/** Why a parameter Google's API takes is not taken here: a tool written for Google learns what to change. */
const UNSUPPORTED_BECAUSE: Record<string, string> = {
  key: 'Send the API key as "Authorization: Bearer <key>", not as ?key=.',
  access_token: 'Send the API key as "Authorization: Bearer <key>", not as ?access_token=.',
  fields: 'Partial responses are not supported: the whole response is always returned.',
  prettyPrint: 'Responses are always compact JSON.',
  alt: 'Responses are always JSON.',
  callback: 'JSONP is not supported; use CORS (CORS_ORIGINS).',
};

const known: ReadonlySet<string> = new Set(FACT_CHECK_SEARCH_PARAMETERS);

/** Every query parameter this route does not honour is named in a 400, never silently ignored. */
function refuseUnsupportedParameters(query: unknown): void {
  const unsupported = Object.keys((query ?? {}) as Record<string, unknown>).filter((k) => !known.has(k));
  if (unsupported.length === 0) return;
  throw new AppError(
    'VALIDATION_FAILED',
    `Unsupported parameter${unsupported.length === 1 ? '' : 's'}: ${unsupported.join(', ')}. claims:search takes ${FACT_CHECK_SEARCH_PARAMETERS.join(', ')}.`,
    {},
    unsupported.map((k) => ({ path: `querystring.${k}`, message: `Unsupported parameter. ${UNSUPPORTED_BECAUSE[k] ?? 'ClaimLedger does not support it.'}` })),
  );
}

const routes: FastifyPluginAsyncZod = async (app) => {
  const { claims, search, apiKeys, config, publications, claimReviewImport } = app.services;
  const refs = apiKeys.actorRef;
  const publisher: Publisher = { name: config.publisherName, url: config.publisherUrl, publicBaseUrl: config.publicBaseUrl };

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
        '`reviewPublisherSiteFilter` keeps claims reviewed by that site (then `query` may be left out: reviewed claims newest first);',
        '`offset` skips results when no `pageToken` is given. Any other parameter — including Google\'s `key`, `fields` and',
        '`prettyPrint` — is a 400 that names it: nothing is silently ignored.',
      ].join('\n'),
      tags: ['Search'],
      querystring: FactCheckSearchQuery,
      response: { 200: FactCheckSearchResponse, ...problems(400, 401, 403) },
    },
    preValidation: async (request) => refuseUnsupportedParameters(request.query),
  }, async (request) => {
    const { query, languageCode, reviewPublisherSiteFilter, maxAgeDays, pageSize, pageToken, offset, includeUnreviewed } = request.query;
    let result;
    try {
      result = await search.claims({
        q: query, limit: pageSize, cursor: pageToken, offset, language: languageCode, maxAgeDays,
        verdictOnly: !includeUnreviewed, reviewSite: reviewPublisherSiteFilter,
      });
    } catch (err) {
      // Google's parameter is pageToken, not cursor: name it in the problem.
      if (err instanceof AppError && err.code === 'VALIDATION_FAILED') throw new AppError('VALIDATION_FAILED', 'The pageToken is not one this service issued for this query.', {}, [{ path: 'querystring.pageToken', message: 'Invalid page token' }]);
      throw err;
    }
    const bySite = (site: string) => reviewPublisherSiteFilter === undefined || siteMatches(reviewPublisherSiteFilter, site);
    const external = new Map<string, ExternalReviewRecord[]>();
    for (const x of await claimReviewImport.forClaims(result.items.map((i) => i.row.id))) external.set(x.claimId, [...(external.get(x.claimId) ?? []), x]);
    // This newsroom's review links to its public fact-check page once published (and not withdrawn).
    const pages = new Map<string, string>();
    for (const { row } of result.items) {
      const found = await publications.find(row.id);
      if (found && !found.publication.unpublishedAt) pages.set(row.id, found.url);
    }
    return {
      claims: result.items.map(({ row, match }) => {
        const verdict = googleClaimReview(row, publisher);
        const page = pages.get(row.id);
        const own = verdict && page ? { ...verdict, url: page } : verdict;
        const theirs = (external.get(row.id) ?? []).filter((x) => bySite(x.publisherSite)).map(toGoogleExternalReview);
        return {
          text: row.text,
          ...(row.claimant ? { claimant: row.claimant } : {}),
          ...(row.claimDate ? { claimDate: `${row.claimDate}T00:00:00Z` } : {}),
          claimReview: [...(own && bySite(own.publisher.site) ? [own] : []), ...theirs],
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
        'The fact-check as schema.org ClaimReview, served as `application/ld+json`, with every property Google\'s fact-check',
        'documentation requires or recommends. Once the claim has been published it is the published rating — also while the',
        'claim is re-reviewed — with `dateModified` after a correction, and `url` is the public page. Before the first',
        'publication it previews the current verdict (the `url` it will have). Ratings come from the rating scale',
        '(`GET /v1/rating-scale`; by default True 5, Misleading 3, False 1, Unverifiable 3 on 1–5). The author and publisher are',
        'PUBLISHER_NAME and PUBLISHER_URL. A claim never published and without a verdict is 404 CLAIM_REVIEW_NOT_FOUND;',
        'a withdrawn fact-check is 410 FACT_CHECK_WITHDRAWN.',
      ].join('\n'),
      tags: ['Search'],
      params: ClaimIdParams,
      response: { 200: ClaimReviewLd, ...problems(400, 401, 403, 404, 410) },
      produces: ['application/ld+json'],
    },
  }, async (request, reply) => {
    const { input } = await publications.reviewInput(request.params.id);
    reply.type('application/ld+json; charset=utf-8');
    return claimReviewDocument(input, publisher);
  });
};

export default routes;
