// /v1/claims/{id}/publication: publish a verdict as a public fact-check, read it with its rating history,
// and withdraw it with a reason.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PublishedRatingRecord } from '../../domain/types.js';
import { IdempotencyKeyHeader, problems } from '../../schemas/common.js';
import type { PublicationView } from '../../services/publications.js';
import type { ActorRefs } from '../presenters.js';
import { Publication, PublishBody, RatingScale, UnpublishBody } from './publication-schemas.js';
import { ClaimIdParams } from './schemas.js';

function toRatingDto(r: PublishedRatingRecord, refs: ActorRefs) {
  return {
    verdict: r.verdict, label: r.label, ratingValue: r.ratingValue, bestRating: r.bestRating, worstRating: r.worstRating,
    rationale: r.rationale, reviewedAt: r.reviewedAt, publishedAt: r.publishedAt, publishedBy: refs(r.publishedBy)!,
    audit: { seq: r.auditSeq, hash: r.auditHash },
  };
}

export function toPublicationDto(v: PublicationView, refs: ActorRefs): z.infer<typeof Publication> {
  const p = v.publication;
  return {
    claimId: p.claimId,
    slug: p.slug,
    url: v.url,
    state: p.unpublishedAt ? 'withdrawn' : 'published',
    underReview: v.underReview,
    claimReviewed: p.claimReviewed,
    datePublished: p.firstPublishedAt,
    dateModified: v.dateModified,
    withdrawn: p.unpublishedAt ? { at: p.unpublishedAt, by: refs(p.unpublishedBy)!, reason: p.unpublishReason ?? '' } : null,
    rating: toRatingDto(v.current, refs),
    history: v.ratings.map((r) => toRatingDto(r, refs)),
  };
}

const routes: FastifyPluginAsyncZod = async (app) => {
  const { publications, apiKeys } = app.services;
  const refs = apiKeys.actorRef;

  app.get('/rating-scale', {
    config: { permission: 'read' },
    schema: {
      operationId: 'getRatingScale',
      summary: 'The rating scale',
      description: 'The labels a verdict can carry (`label` in a status change), each with its ratingValue between worstRating and bestRating and the workflow verdict it counts as. Set by RATING_SCALE or RATING_SCALE_FILE; the default is True 5, Misleading 3, False 1, Unverifiable 3 on 1–5.',
      tags: ['Publishing'],
      response: { 200: RatingScale, ...problems(401, 403) },
    },
  }, async () => publications.scale);

  app.post('/claims/:id/publication', {
    config: { permission: 'publish' },
    // The body is optional: `curl -X POST` with none publishes with the defaults.
    preValidation: async (request) => {
      request.body ??= {};
    },
    schema: {
      operationId: 'publishClaim',
      summary: 'Publish the verdict',
      description: [
        'Publishes the claim\'s current verdict as a public fact-check page (`url`), readable without a key, with its ClaimReview.',
        'The first publication chooses the page\'s stable slug (201). After a re-review, publishing again shows the new rating with',
        '`dateModified` and a correction note listing the earlier ratings (200); publishing a withdrawn fact-check puts it back.',
        'When nothing changed, nothing is written (200). A claim without a verdict is 409 NOTHING_TO_PUBLISH.',
        'Each publication is an audit event: `verdict.published` (first, or after a withdrawal) or `verdict.updated`.',
      ].join('\n'),
      tags: ['Publishing'],
      params: ClaimIdParams,
      headers: z.object({ 'idempotency-key': IdempotencyKeyHeader }),
      body: PublishBody.optional(),
      response: { 200: Publication, 201: Publication, ...problems(400, 401, 403, 404, 409, 413, 415) },
    },
  }, async (request, reply) => {
    const { view, created } = await publications.publish(request.actor.id, request.params.id, request.body ?? {});
    reply.code(created ? 201 : 200);
    return toPublicationDto(view, refs);
  });

  app.get('/claims/:id/publication', {
    config: { permission: 'read' },
    schema: {
      operationId: 'getPublication',
      summary: 'Read the publication',
      description: 'The claim\'s public fact-check: its slug and URL, whether it is published, withdrawn or under re-review, and every rating it was published with, oldest first. 404 PUBLICATION_NOT_FOUND when the claim was never published.',
      tags: ['Publishing'],
      params: ClaimIdParams,
      response: { 200: Publication, ...problems(400, 401, 403, 404) },
    },
  }, async (request) => toPublicationDto(await publications.get(request.params.id), refs));

  app.delete('/claims/:id/publication', {
    config: { permission: 'publish' },
    schema: {
      operationId: 'unpublishClaim',
      summary: 'Withdraw the fact-check',
      description: 'Withdraws a published fact-check with a reason: its page then answers 410 Gone with the reason, and it leaves the index and the sitemap. The rating history is kept; publishing again puts the page back. Audit event `verdict.unpublished`.',
      tags: ['Publishing'],
      params: ClaimIdParams,
      body: UnpublishBody,
      response: { 200: Publication, ...problems(400, 401, 403, 404, 409, 413, 415) },
    },
  }, async (request) => toPublicationDto(await publications.unpublish(request.actor.id, request.params.id, request.body.reason), refs));
};

export default routes;
