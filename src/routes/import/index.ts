// POST /v1/import/claim-reviews: other fact-checkers' ClaimReviews (JSON-LD or an HTML page embedding it)
// become external reviews on claims. All-or-nothing per request; idempotent by review URL.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parseJsonBody } from '../../plugins/well-formed-input.js';
import { IdempotencyKeyHeader, problems } from '../../schemas/common.js';

const Rejected = z.object({
  index: z.number().int().meta({ description: 'Position of the record among the ClaimReviews and other records of the file, from 0; -1 for a JSON-LD block of an HTML page that is not JSON.' }),
  url: z.string().nullable().meta({ description: 'The record\'s url, when it has a usable one.' }),
  reason: z.string().meta({ examples: ['reviewRating is missing: the review needs a rating'] }),
}).meta({ id: 'RejectedClaimReview' });

export const ImportReport = z
  .object({
    created: z.number().int().meta({ description: 'Reviews imported for the first time.' }),
    updated: z.number().int().meta({ description: 'Reviews imported before whose ClaimReview has changed (rating, date, …).' }),
    skipped: z.number().int().meta({ description: 'Reviews imported before, unchanged.' }),
    rejected: z.array(Rejected).meta({ description: 'Always empty on a 200: a file with a rejected record is a 422 that lists them and imports nothing.' }),
    reviews: z.array(z.object({
      index: z.number().int(),
      url: z.string(),
      outcome: z.enum(['created', 'updated', 'skipped']),
      reviewId: z.string(),
      claimId: z.string().meta({ description: 'The claim the review is on: an existing claim with the same text, or one created for it.' }),
      claimCreated: z.boolean(),
    })).meta({ description: 'Each review of the file, in file order.' }),
  })
  .meta({ id: 'ClaimReviewImportReport' });

const routes: FastifyPluginAsyncZod = async (app) => {
  const { claimReviewImport } = app.services;

  // JSON-LD is JSON (parsed as strictly as application/json); an HTML page is read as text and its
  // <script type="application/ld+json"> blocks are taken out by an HTML parser.
  app.addContentTypeParser('application/ld+json', { parseAs: 'buffer' }, async (_request: unknown, body: Buffer) => parseJsonBody(body));
  app.addContentTypeParser('text/html', { parseAs: 'string' }, async (_request: unknown, body: string) => body);

  app.post('/import/claim-reviews', {
    config: { permission: 'write' },
    schema: {
      operationId: 'importClaimReviews',
      summary: 'Import other fact-checkers\' ClaimReviews',
      description: [
        'Takes schema.org ClaimReview JSON-LD: one document, an array, a DataFeed (`dataFeedElement` of ClaimReviews or of DataFeedItems whose `item` is one),',
        'or an HTML page (`text/html`) whose script elements of type `application/ld+json` hold it. Each review needs `url`, `claimReviewed`, a `reviewRating`',
        'with `alternateName` (or `name`), and an `author` or `publisher` with a name.',
        'Each review is attached to the claim with the same text, or to a new claim (claimant, date and first appearance from `itemReviewed`). It is',
        'an external review, shown as `externalReviews` and in claims:search under its own publisher — never a verdict of this newsroom: the claim keeps its status.',
        'Idempotent by review URL: an unchanged review is skipped, a changed one updated. All or nothing: if any record cannot be read, nothing is imported',
        'and the 422 lists each rejected record with its reason. Every created claim and every created or updated review is an audit event.',
      ].join('\n'),
      tags: ['Import'],
      headers: z.object({ 'idempotency-key': IdempotencyKeyHeader }),
      body: z.unknown().meta({ description: 'ClaimReview JSON-LD (application/json or application/ld+json), or an HTML page (text/html).' }),
      consumes: ['application/json', 'application/ld+json', 'text/html'],
      response: { 200: ImportReport, ...problems(400, 401, 403, 409, 413, 415, 422) },
    },
  }, async (request) => {
    const html = (request.headers['content-type'] ?? '').toLowerCase().startsWith('text/html');
    return claimReviewImport.import(request.actor.id, request.body, html ? 'html' : 'json');
  });
};

export default routes;
