// Public feeds of published fact-checks, for other tools to poll: a schema.org DataFeed of ClaimReviews
// (/feeds/claim-reviews.jsonld) and Atom (/feeds/fact-checks.atom). No key; ETag/304; CORS for any
// origin (the data is public); each entry names the audit event that published it, and each page carries
// a signed checkpoint of the log so a reader can prove that event is in it (`claimledger audit verify`).
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { always } from '../../plugins/openapi-polish.js';
import { LIMITS, problems, Timestamp } from '../../schemas/common.js';
import type { FeedPage } from '../../services/feeds.js';

/** Terms of the feed that schema.org has no word for, in ClaimLedger's own namespace. */
const AUDIT_NS = 'urn:claimledger:audit#';

export const FeedQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(LIMITS.defaultPageSize).meta({ description: `Entries per page, 1–${LIMITS.pageSize}.` }),
  cursor: z.string().max(200).optional().meta({ description: 'The next page, from the previous page\'s `nextPage` (or its Link rel="next" header).' }),
  updatedSince: Timestamp.optional().meta({ description: 'Only fact-checks published, corrected or re-published at or after this instant: poll with the time of your last read.' }),
});

const SignedCheckpointLd = z.object({
  checkpoint: z.object({ origin: z.string(), size: z.number().int(), headHash: z.string() }),
  signature: z.string(),
  publicKey: z.string(),
  keyId: z.string(),
}).meta({ description: 'A signed checkpoint of the audit log (as GET /v1/audit/checkpoint gives it), taken after the entries were read: every entry\'s audit.seq is at most checkpoint.size. Save it as a file for `claimledger audit verify --checkpoint`.' });

export const ClaimReviewFeed = z
  .object({
    '@context': z.array(z.unknown()),
    '@type': z.literal('DataFeed'),
    url: z.string(),
    name: z.string(),
    publisher: z.object({ '@type': z.literal('Organization'), name: z.string(), url: z.string() }),
    dateModified: z.string().optional().meta({ description: 'The newest change among the entries.' }),
    dataFeedElement: z.array(z.object({
      '@type': z.literal('DataFeedItem'),
      dateCreated: z.string().meta({ description: 'The first publication.' }),
      dateModified: z.string().meta({ description: 'The latest publication, correction or re-publication.' }),
      audit: z.object({ seq: z.number().int(), hash: z.string() }).meta({ description: 'The audit event that published the rating the entry shows.' }),
      item: z.record(z.string(), z.unknown()).meta({ description: 'The ClaimReview, as GET /v1/claims/{id}/claim-review serves it.' }),
    })),
    auditCheckpoint: SignedCheckpointLd,
    nextPage: z.string().optional().meta({ description: 'The URL of the next page; absent on the last.' }),
  })
  .meta({ id: 'ClaimReviewFeed', description: 'A schema.org DataFeed of ClaimReviews (JSON-LD), most recently changed first.' });

const xml = (s: string): string => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** The Atom document of a feed page (RFC 4287), with the audit event of each entry and the checkpoint. */
export function atomDocument(page: FeedPage, self: string, next: string | null, publisher: { name: string; url: string }): string {
  // Atom requires <updated>; an empty feed has had no change to date, so the epoch.
  const updated = page.updated ?? new Date(0).toISOString();
  const entries = page.entries.map(({ fact, review, url, audit }) => {
    const label = fact.latest.label;
    return [
      '  <entry>',
      `    <id>${xml(url)}</id>`,
      `    <title>${xml(`${label}: ${fact.publication.claimReviewed}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(url)}"/>`,
      `    <published>${xml(fact.publication.firstPublishedAt)}</published>`,
      `    <updated>${xml(fact.publication.updatedAt)}</updated>`,
      `    <category term="${xml(label)}" label="${xml(label)}"/>`,
      `    <summary type="text">${xml(`${review.claimReviewed} — ${label}${fact.latest.rationale ? `. ${fact.latest.rationale}` : ''}`)}</summary>`,
      `    <cl:audit seq="${audit.seq}" hash="${xml(audit.hash)}"/>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:cl="${AUDIT_NS}">`,
    `  <id>${xml(self.split('?')[0]!)}</id>`,
    `  <title>${xml(`${publisher.name} fact-checks`)}</title>`,
    `  <updated>${xml(updated)}</updated>`,
    `  <author><name>${xml(publisher.name)}</name><uri>${xml(publisher.url)}</uri></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(publisher.url)}"/>`,
    ...(next ? [`  <link rel="next" type="application/atom+xml" href="${xml(next)}"/>`] : []),
    `  <cl:checkpoint type="application/json">${xml(JSON.stringify(page.checkpoint))}</cl:checkpoint>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

const routes: FastifyPluginAsyncZod = async (app) => {
  const { feeds, config } = app.services;
  const base = config.publicBaseUrl;

  const pageUrl = (path: string, query: Record<string, string | number | undefined>) => {
    const q = new URLSearchParams(Object.entries(query).flatMap(([k, v]): Array<[string, string]> => (v === undefined ? [] : [[k, String(v)]])));
    return `${base}${path}${q.size ? `?${q}` : ''}`;
  };

  /** Public, cacheable, readable from any origin; 304 when the client's ETag still matches. */
  function send(request: FastifyRequest, reply: FastifyReply, type: string, body: string, next: string | null) {
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    reply
      .header('etag', etag)
      .header('cache-control', 'public, max-age=60')
      .header('access-control-allow-origin', '*')
      .header('access-control-expose-headers', 'etag, link')
      .header('cross-origin-resource-policy', 'cross-origin')
      .header('vary', 'accept-encoding');
    const match = request.headers['if-none-match'];
    if (match && match.split(',').map((t) => t.trim().replace(/^W\//, '')).some((t) => t === etag || t === '*')) return reply.code(304).send();
    // The next page's link goes with the page: a 304 tells the client to reuse the one it holds.
    if (next) reply.header('link', `<${next}>; rel="next"`);
    return reply.type(type).send(body);
  }

  const feedRoute = (path: string, operationId: string, summary: string, description: string, type: string, response: z.ZodType) => ({
    path,
    options: {
      schema: {
        operationId, summary, description, tags: ['Feeds'], security: [],
        querystring: FeedQuery,
        headers: z.object({ 'if-none-match': z.string().max(1000).optional().meta({ description: 'An ETag of this feed you hold: 304 if it is unchanged.' }) }),
        response: { 200: response, 304: z.null().meta({ description: 'Not modified: the ETag you sent is current.' }), ...problems(400) },
        responseHeaders: { 200: [...always('etag', 'cache-control', 'access-control-allow-origin'), 'link' as const], 304: always('etag') },
        produces: [type],
      },
    },
  });

  for (const kind of ['jsonld', 'atom'] as const) {
    const def = kind === 'jsonld'
      ? feedRoute('/feeds/claim-reviews.jsonld', 'getClaimReviewFeed', 'ClaimReview feed (schema.org DataFeed, JSON-LD)',
        'Published fact-checks as a schema.org DataFeed of ClaimReviews, most recently changed first, paged (`nextPage`, Link rel="next"). Each DataFeedItem carries `audit` {seq, hash}: the audit event that published its rating; `auditCheckpoint` is a signed checkpoint covering them. Withdrawn fact-checks are left out. Needs no key; any origin may read it (CORS); ETag and 304.',
        'application/ld+json', ClaimReviewFeed)
      : feedRoute('/feeds/fact-checks.atom', 'getFactCheckAtomFeed', 'Fact-check feed (Atom)',
        'Published fact-checks as an Atom feed, most recently changed first, paged (link rel="next"). Each entry carries `cl:audit` (seq and hash of the audit event that published its rating); the feed carries `cl:checkpoint`, a signed checkpoint of the audit log as JSON. Withdrawn fact-checks are left out. Needs no key; any origin may read it (CORS); ETag and 304.',
        'application/atom+xml', z.string().meta({ description: 'An Atom 1.0 document.' }));

    app.get(def.path, def.options, async (request, reply) => {
      const { limit, cursor, updatedSince } = request.query as z.infer<typeof FeedQuery>;
      const page = await feeds.page({ limit, cursor, updatedSince });
      const size = limit === LIMITS.defaultPageSize ? undefined : limit;
      const self = pageUrl(def.path, { limit: size, cursor, updatedSince });
      const next = page.nextCursor ? pageUrl(def.path, { limit: size, cursor: page.nextCursor, updatedSince }) : null;
      if (kind === 'atom') return send(request, reply, 'application/atom+xml; charset=utf-8', atomDocument(page, self, next, feeds.publisher), next);
      const body: z.infer<typeof ClaimReviewFeed> = {
        '@context': ['https://schema.org', { audit: `${AUDIT_NS}event`, seq: `${AUDIT_NS}seq`, hash: `${AUDIT_NS}hash`, auditCheckpoint: `${AUDIT_NS}checkpoint`, nextPage: { '@id': `${AUDIT_NS}nextPage`, '@type': '@id' } }],
        '@type': 'DataFeed',
        url: self,
        name: `${feeds.publisher.name} fact-checks`,
        publisher: { '@type': 'Organization', name: feeds.publisher.name, url: feeds.publisher.url },
        ...(page.updated ? { dateModified: page.updated } : {}),
        dataFeedElement: page.entries.map((e) => ({
          '@type': 'DataFeedItem' as const,
          dateCreated: e.fact.publication.firstPublishedAt,
          dateModified: e.fact.publication.updatedAt,
          audit: e.audit,
          item: e.review as unknown as Record<string, unknown>,
        })),
        auditCheckpoint: page.checkpoint,
        ...(next ? { nextPage: next } : {}),
      };
      return send(request, reply, 'application/ld+json; charset=utf-8', JSON.stringify(body), next);
    });

    // Preflight for browsers that send If-None-Match from another origin.
    app.options(def.path, { schema: { hide: true } }, async (_request, reply) => {
      reply
        .header('access-control-allow-origin', '*')
        .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
        .header('access-control-allow-headers', 'if-none-match')
        .header('access-control-max-age', '600')
        .code(204)
        .send();
    });
  }
};

export default routes;
