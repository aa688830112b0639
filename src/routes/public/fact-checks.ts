// The public side: fact-check pages (/fact-checks/{slug}), their index with search (/fact-checks) and
// /sitemap.xml. No key needed; only published fact-checks are shown. Server-rendered HTML with the
// ClaimReview JSON-LD embedded, cacheable with ETag / If-None-Match (304).
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { claimReviewDocument, type Publisher } from '../../domain/claim-review.js';
import type { PublishedRatingRecord } from '../../domain/types.js';
import { escapeHtml, html, jsonForScript, safeHref, type SafeHtml } from '../../lib/html.js';
import type { PublicationView } from '../../services/publications.js';

const STANCE_HEADINGS = { supports: 'Supports the claim', contradicts: 'Contradicts the claim', context: 'Context' } as const;
const PAGE_CACHE = 'public, max-age=60, stale-while-revalidate=300';

/** "3 December 2026": dates for readers; the <time> element carries the exact instant. */
const readable = (iso: string): string =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const time = (iso: string) => html`<time datetime="${iso}">${readable(iso)}</time>`;

const STYLE = `
:root{color-scheme:light;--ink:#1a1a1a;--muted:#4a4a4a;--line:#d0d0d0;--accent:#0b5394;--note:#fff4d6}
body{font:1.05rem/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);background:#fff;margin:0}
header,main,footer{max-width:46rem;margin:0 auto;padding:1rem 1.25rem}
header{border-bottom:1px solid var(--line)}
a{color:var(--accent)}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.2rem;margin:1.75rem 0 .5rem}
.kicker{text-transform:uppercase;letter-spacing:.06em;font-size:.8rem;color:var(--muted);margin:0}
.rating{font-size:1.3rem;margin:.25rem 0}
.note{background:var(--note);border-left:4px solid #b7791f;padding:.75rem 1rem;margin:1rem 0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem}dt{font-weight:600}dd{margin:0}
blockquote{margin:.5rem 0;padding:.25rem 1rem;border-left:4px solid var(--line);font-style:italic}
ul.evidence,ul.list{padding-left:0;list-style:none}ul.evidence>li,ul.list>li{border-top:1px solid var(--line);padding:.75rem 0}
.muted{color:var(--muted)}
form{display:flex;gap:.5rem;flex-wrap:wrap;margin:1rem 0}input[type=search]{flex:1;min-width:12rem;font:inherit;padding:.4rem}
button{font:inherit;padding:.4rem .9rem}
`;

function layout(publisherName: string, title: string, body: SafeHtml, extraHead: SafeHtml | string = '') {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
${extraHead}
</head>
<body>
<header><a href="/fact-checks">${publisherName} fact-checks</a></header>
<main id="main">
${body}
</main>
<footer class="muted">Fact-checks published by ${publisherName}.</footer>
</body>
</html>
`.value;
}

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Sends a cacheable body, or 304 when the client's If-None-Match already names it. */
function sendCached(request: FastifyRequest, reply: FastifyReply, status: number, type: string, body: string, cacheControl = PAGE_CACHE) {
  const etag = etagOf(body);
  reply.header('etag', etag).header('cache-control', cacheControl).header('vary', 'accept-encoding');
  const inm = request.headers['if-none-match'];
  if (status === 200 && inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*')) {
    return reply.code(304).send();
  }
  return reply.code(status).type(type).send(body);
}

function ratingLine(r: PublishedRatingRecord) {
  return html`<strong>${r.label}</strong> <span class="muted">(${r.ratingValue} on a scale from ${r.worstRating}, the worst, to ${r.bestRating}, the best)</span>`;
}

const routes: FastifyPluginAsyncZod = async (app) => {
  const { publications, search, config } = app.services;
  const publisher: Publisher = { name: config.publisherName, url: config.publisherUrl, publicBaseUrl: config.publicBaseUrl };
  const pagePath = (slug: string) => `/fact-checks/${encodeURIComponent(slug)}`;

  async function factCheckPage(v: PublicationView): Promise<string> {
    // What was published, not what the claim has become since: a re-review's edits and new evidence stay
    // off the page until the next publication.
    const { claim, evidence } = await publications.asPublished(v);
    const { input } = await publications.reviewInput(v.claim.id);
    const doc = claimReviewDocument(input, publisher);
    const p = v.publication;
    const r = v.current;
    const earlier = v.ratings.slice(0, -1);
    const firstAppearance = input.firstAppearance;
    const firstHref = safeHref(firstAppearance?.url);
    const body = html`
<article>
<p class="kicker">Fact check</p>
<h1>${p.claimReviewed}</h1>
${v.underReview ? html`<p class="note" role="note"><strong>Under re-review.</strong> We are checking this claim again. The rating below is the one we published on ${time(r.publishedAt)}; it stands until a new rating is published.</p>` : ''}
${earlier.length ? html`<section class="note" aria-labelledby="correction"><h2 id="correction">Correction</h2>
<p>This fact-check was updated on ${time(r.publishedAt)}: its rating is now <strong>${r.label}</strong>. Earlier ratings:</p>
<ul>${earlier.map((e) => html`<li><strong>${e.label}</strong>, published ${time(e.publishedAt)}</li>`)}</ul></section>` : ''}
<section aria-labelledby="rating">
<h2 id="rating">Our rating</h2>
<p class="rating">${ratingLine(r)}</p>
</section>
<section aria-labelledby="claim">
<h2 id="claim">The claim</h2>
<blockquote>${claim.text}</blockquote>
<dl>
<dt>Claimant</dt><dd>${input.claimant ? html`${input.claimant.name}${input.claimant.type === 'Person' ? ' (person)' : ' (organisation)'}` : 'Unknown'}</dd>
${claim.claimDate ? html`<dt>Claimed on</dt><dd>${time(`${claim.claimDate}T00:00:00.000Z`)}</dd>` : ''}
${firstAppearance ? html`<dt>First appeared</dt><dd>${firstHref ? html`<a href="${firstHref}" rel="nofollow noopener">${firstAppearance.name ?? firstHref}</a>` : firstAppearance.name ?? ''}${firstAppearance.date ? html` (${firstAppearance.date.slice(0, 10)})` : ''}</dd>` : ''}
${input.appearances.length > 1 ? html`<dt>Also appeared</dt><dd><ul>${input.appearances.slice(1).map((a) => {
      const href = safeHref(a.url);
      return html`<li>${href ? html`<a href="${href}" rel="nofollow noopener">${a.name ?? href}</a>` : a.name ?? ''}${a.date ? html` (${a.date.slice(0, 10)})` : ''}</li>`;
    })}</ul></dd>` : ''}
</dl>
</section>
<section aria-labelledby="why">
<h2 id="why">Why we rated it ${r.label}</h2>
<p>${r.rationale ?? 'No rationale was published.'}</p>
</section>
<section aria-labelledby="evidence">
<h2 id="evidence">Evidence</h2>
${evidence.length === 0 ? html`<p>No evidence is attached.</p>` : html`<ul class="evidence">${evidence.map(({ row, source }) => {
      const href = safeHref(source.canonicalUrl);
      return html`<li><p><strong>${STANCE_HEADINGS[row.stance]}</strong></p>
${row.quote ? html`<blockquote${href ? html` cite="${href}"` : ''}>${row.quote}</blockquote>` : ''}
<p>Source: ${href ? html`<a href="${href}" rel="noopener">${source.title}</a>` : source.title}${source.publisher ? html`, ${source.publisher}` : ''}${source.publishedAt ? html`, ${source.publishedAt.slice(0, 10)}` : ''}${!href && source.citation ? html` (${source.citation})` : ''}</p>
${row.note ? html`<p class="muted">${row.note}</p>` : ''}</li>`;
    })}</ul>`}
</section>
<p class="muted">Published ${time(p.firstPublishedAt)}${v.dateModified ? html`; updated ${time(v.dateModified)}` : ''}.</p>
</article>`;
    const head = html`<link rel="canonical" href="${v.url}">
<script type="application/ld+json">${jsonForScript(doc)}</script>`;
    return layout(config.publisherName, `Fact check: ${p.claimReviewed}`, body, head);
  }

  app.get('/fact-checks/:slug', {
    schema: { hide: true, params: z.object({ slug: z.string().max(200) }) },
  }, async (request, reply) => {
    const v = await publications.bySlug(request.params.slug);
    if (!v) {
      const body = layout(config.publisherName, 'Fact-check not found', html`<h1>Fact-check not found</h1><p>There is no published fact-check at this address. <a href="/fact-checks">See all fact-checks</a>.</p>`);
      return sendCached(request, reply, 404, 'text/html; charset=utf-8', body, 'public, max-age=60');
    }
    if (v.publication.unpublishedAt) {
      const body = layout(config.publisherName, 'Fact-check withdrawn', html`<h1>This fact-check was withdrawn</h1>
<p>We withdrew it on ${time(v.publication.unpublishedAt)}.</p>
<p><strong>Reason:</strong> ${v.publication.unpublishReason ?? ''}</p>
<p><a href="/fact-checks">See all fact-checks</a>.</p>`);
      return sendCached(request, reply, 410, 'text/html; charset=utf-8', body, 'public, max-age=60');
    }
    return sendCached(request, reply, 200, 'text/html; charset=utf-8', await factCheckPage(v));
  });

  app.get('/fact-checks', {
    schema: {
      hide: true,
      querystring: z.object({
        q: z.string().trim().max(200).optional(),
        before: z.string().regex(/^[0-9TZ:.-]{20,30}_clm_[0-9a-z]{26}$/).optional(),
      }),
    },
  }, async (request, reply) => {
    const q = request.query.q || undefined;
    type Item = { slug: string; claimReviewed: string; label: string; at: string; underReview: boolean };
    let items: Item[] = [];
    let next: string | null = null;
    if (q) {
      // The search service ranks every claim; only the published ones are shown.
      const hits = (await search.claims({ q, limit: 50 })).items;
      for (const { row } of hits) {
        const v = await publications.find(row.id);
        if (v && !v.publication.unpublishedAt) items.push({ slug: v.publication.slug, claimReviewed: v.publication.claimReviewed, label: v.current.label, at: v.publication.updatedAt, underReview: v.underReview });
      }
    } else {
      const [updatedAt, claimId] = request.query.before ? [request.query.before.slice(0, request.query.before.indexOf('_clm_')), request.query.before.slice(request.query.before.indexOf('_clm_') + 1)] : [];
      const rows = await publications.list({ limit: 50, ...(updatedAt && claimId ? { before: { updatedAt, claimId } } : {}) });
      const pageRows = rows.slice(0, 50);
      if (rows.length > 50) { const last = pageRows.at(-1)!.publication; next = `${last.updatedAt}_${last.claimId}`; }
      items = pageRows.map(({ publication, latest }) => ({ slug: publication.slug, claimReviewed: publication.claimReviewed, label: latest.label, at: publication.updatedAt, underReview: false }));
    }
    const body = html`
<h1>Fact-checks</h1>
<form method="get" action="/fact-checks" role="search">
<label for="q">Search fact-checks</label>
<input type="search" id="q" name="q" value="${q ?? ''}">
<button type="submit">Search</button>
</form>
${q ? html`<p>${items.length} published fact-check${items.length === 1 ? '' : 's'} match “${q}”. <a href="/fact-checks">Show all</a>.</p>` : ''}
${items.length ? html`<ul class="list">${items.map((i) => html`<li><a href="${pagePath(i.slug)}">${i.claimReviewed}</a><br><strong>${i.label}</strong> <span class="muted">· ${time(i.at)}${i.underReview ? ' · under re-review' : ''}</span></li>`)}</ul>` : html`<p>No fact-checks${q ? ' match this search' : ' are published yet'}.</p>`}
${next ? html`<p><a href="/fact-checks?before=${encodeURIComponent(next)}">Older fact-checks</a></p>` : ''}`;
    return sendCached(request, reply, 200, 'text/html; charset=utf-8', layout(config.publisherName, q ? `Fact-checks matching “${q}”` : 'Fact-checks', body));
  });

  app.get('/sitemap.xml', { schema: { hide: true } }, async (request, reply) => {
    const urls: string[] = [];
    let before: { updatedAt: string; claimId: string } | undefined;
    for (;;) {
      const rows = await publications.list({ limit: 1000, ...(before ? { before } : {}) });
      for (const { publication } of rows.slice(0, 1000)) {
        urls.push(`<url><loc>${escapeHtml(`${config.publicBaseUrl}${pagePath(publication.slug)}`)}</loc><lastmod>${escapeHtml(publication.updatedAt)}</lastmod></url>`);
      }
      if (rows.length <= 1000) break;
      const last = rows[999]!.publication;
      before = { updatedAt: last.updatedAt, claimId: last.claimId };
    }
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<url><loc>${escapeHtml(`${config.publicBaseUrl}/fact-checks`)}</loc></url>\n${urls.join('\n')}\n</urlset>\n`;
    return sendCached(request, reply, 200, 'application/xml; charset=utf-8', xml);
  });
};

export default routes;
