// Writes openapi/examples.json: for each operation, an example request and response taken from a fresh
// database with the seed data, as the API really answered. The OpenAPI document (and so /docs) shows them;
// test/openapi.test.ts checks that every operation has them and that each still fits its schema.
// Run `npm run examples` after changing what an operation accepts or returns.
import fs from 'node:fs';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { ROLES, type Role } from '../src/db/schema.js';
import { SYSTEM_ACTOR_ID } from '../src/services/api-keys.js';
import { loadSeed } from '../src/services/seed.js';

export interface OperationExample {
  request?: { method: string; url: string; body?: unknown };
  status: number;
  /** The response body; long strings and lists are shortened to keep the document readable. */
  response: unknown;
}

const MAX_STRING = 300;
const MAX_ITEMS = 2;

/** Shortens long strings and lists so that an example shows the shape without the whole seed. */
function trim(value: unknown): unknown {
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map(trim);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trim(v)]));
  return value;
}

export async function captureExamples(): Promise<Record<string, OperationExample>> {
  const app = await buildApp(testConfig({ publicBaseUrl: 'http://127.0.0.1:3000' }), { logger: false });
  await app.ready();
  // Examples send no webhooks: the subscription below points at a made-up receiver, and stays queued.
  await app.services.webhooks.worker.stop();
  await loadSeed(app.services);
  const keys = {} as Record<Role, string>;
  for (const role of ROLES) keys[role] = (await app.services.apiKeys.create(SYSTEM_ACTOR_ID, { name: `Newsroom ${role}`, role })).token;
  const examples: Record<string, OperationExample> = {};

  async function call(operationId: string, method: string, url: string, opts: { role?: Role; body?: unknown; headers?: Record<string, string> } = {}) {
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers: { authorization: `Bearer ${keys[opts.role ?? 'admin']}`, ...opts.headers },
      ...(opts.body === undefined ? {} : { payload: opts.body as object }),
    });
    if (res.statusCode >= 400) throw new Error(`${operationId}: ${method} ${url} answered ${res.statusCode}: ${res.body}`);
    const type = String(res.headers['content-type'] ?? '');
    // Line-based bodies (NDJSON, Server-Sent Events) are shown as text, shortened; XML (the Atom feed, asked
    // for one entry) as it is, since a cut XML document is not one.
    const lines = type.includes('ndjson') || type.includes('event-stream');
    const response = lines ? res.body.split('\n').slice(0, MAX_ITEMS).join('\n') + '\n' : type.includes('xml') ? res.body : type.includes('json') ? trim(res.json()) : undefined;
    examples[operationId] = { request: { method, url, ...(opts.body === undefined ? {} : { body: opts.body }) }, status: res.statusCode, response };
    return res;
  }

  await call('listClaims', 'GET', '/v1/claims?limit=2', { role: 'reader' });
  const all = (await app.inject({ url: '/v1/claims?limit=100', headers: { authorization: `Bearer ${keys.reader}` } })).json() as { data: Array<{ id: string; status: string }> };
  const verified = all.data.find((c) => c.status === 'verified')!;
  const unverified = all.data.find((c) => c.status === 'unverified')!;

  await call('getHealth', 'GET', '/health');
  await call('countClaims', 'GET', '/v1/claims:counts', { role: 'reader' });
  const claim = (await call('getClaim', 'GET', `/v1/claims/${verified.id}`, { role: 'reader' })).json() as { evidence: Array<{ source: { id: string } }> };
  const created = (await call('createClaim', 'POST', '/v1/claims', {
    role: 'checker',
    body: { text: 'North Korea stole more than $500 million in cryptocurrency in 2017.', claimant: 'A columnist', language: 'en', tags: ['north-korea', 'crypto'] },
  })).json() as { id: string; version: number };
  const edited = (await call('updateClaim', 'PATCH', `/v1/claims/${created.id}`, {
    role: 'checker', body: { claimant: 'The Daily Example' }, headers: { 'if-match': `"${created.version}"` },
  })).json() as { version: number };
  const inReview = (await call('changeClaimStatus', 'POST', `/v1/claims/${created.id}/status`, {
    role: 'checker', body: { status: 'in_review', rationale: 'Checking the figure against the sources.' }, headers: { 'if-match': `"${edited.version}"` },
  })).json() as { version: number };
  await app.inject({
    method: 'POST', url: `/v1/claims/${created.id}/status`, headers: { authorization: `Bearer ${keys.reviewer}`, 'if-match': `"${inReview.version}"` },
    payload: { status: 'unverifiable', rationale: 'No public figure for 2017 alone; the estimates found cover 2017 and 2018 together.' },
  });
  await call('publishClaim', 'POST', `/v1/claims/${created.id}/publication`, { role: 'reviewer', body: { claimReviewed: 'North Korea stole over $500 million in crypto in 2017' } });
  await call('unpublishClaim', 'DELETE', `/v1/claims/${created.id}/publication`, { role: 'reviewer', body: { reason: 'Published before the second reviewer signed it off.' } });
  await call('getRatingScale', 'GET', '/v1/rating-scale', { role: 'reader' });
  await call('getPublication', 'GET', `/v1/claims/${verified.id}/publication`, { role: 'reader' });
  const sourceId = claim.evidence[0]!.source.id;
  const source = (await call('getSource', 'GET', `/v1/sources/${sourceId}`, { role: 'reader' })).json() as { content: string };
  const quote = source.content.split(/(?<=\.)\s/)[0]!.trim();
  const evidence = (await call('attachEvidence', 'POST', `/v1/claims/${unverified.id}/evidence`, {
    role: 'checker', body: { sourceId, stance: 'context', quote, note: 'Background for the claim.' },
  })).json() as { id: string };
  await call('listEvidence', 'GET', `/v1/claims/${unverified.id}/evidence`, { role: 'reader' });
  await call('retractEvidence', 'POST', `/v1/claims/${unverified.id}/evidence/${evidence.id}/retract`, { role: 'checker', body: { reason: 'Attached to the wrong claim.' } });
  const newSource = (await call('createSource', 'POST', '/v1/sources', {
    role: 'checker',
    body: { url: 'https://www.example.com/2018/ransomware-report', title: 'Ransomware report 2018', publisher: 'Example Security', kind: 'research', publishedAt: '2018-02-01', content: 'The report attributes the attacks to the Lazarus group.' },
  })).json() as { id: string; version: number };
  await call('listSources', 'GET', '/v1/sources?limit=2', { role: 'reader' });
  await call('updateSource', 'PATCH', `/v1/sources/${newSource.id}`, { role: 'checker', body: { author: 'J. Doe' }, headers: { 'if-match': `"${newSource.version}"` } });
  const asked = (await call('createRequest', 'POST', '/v1/requests', {
    role: 'reader', body: { text: 'Is it true that North Korea got 11k bitcoin in 2017?', url: 'https://social.example/post/123', channel: 'whatsapp-tipline', language: 'en', requesterRef: 'u-7f3a9c' },
  })).json() as { id: string; matches: Array<{ claimId: string }> };
  const again = (await app.inject({
    method: 'POST', url: '/v1/requests', headers: { authorization: `Bearer ${keys.reader}` },
    payload: { text: 'Did NK harvest 11,000 BTC?', channel: 'cms', requesterRef: 'desk-2' },
  })).json() as { id: string };
  const another = (await app.inject({
    method: 'POST', url: '/v1/requests', headers: { authorization: `Bearer ${keys.reader}` },
    payload: { text: 'North Korea bitcoin mining 2017 futile?', channel: 'cms', requesterRef: 'desk-3' },
  })).json() as { id: string };
  await call('linkRequest', 'POST', `/v1/requests/${asked.id}/link`, { role: 'checker', body: { claimId: asked.matches[0]!.claimId } });
  await call('createClaimFromRequest', 'POST', `/v1/requests/${again.id}/claim`, { role: 'checker', body: { text: 'North Korea harvested 11,000 BTC.', claimant: 'A tipline user' } });
  await call('unlinkRequest', 'POST', `/v1/requests/${again.id}/unlink`, { role: 'checker', body: { reason: 'Asks about the same figure as the seed claim; relinked there.' } });
  await app.inject({ method: 'POST', url: `/v1/requests/${another.id}/link`, headers: { authorization: `Bearer ${keys.checker}` }, payload: { claimId: created.id } });
  await call('mergeClaimRequests', 'POST', `/v1/claims/${asked.matches[0]!.claimId}/requests/merge`, { role: 'checker', body: { fromClaimId: created.id, reason: 'Same claim, asked twice.' } });
  await call('listRequests', 'GET', '/v1/requests?limit=2', { role: 'checker' });
  await call('getRequest', 'GET', `/v1/requests/${asked.id}`, { role: 'checker' });
  await call('getClaimDemand', 'GET', `/v1/claims/${asked.matches[0]!.claimId}/demand`, { role: 'reader' });
  const key = (await call('createApiKey', 'POST', '/v1/api-keys', { body: { name: 'Newsroom desk', role: 'reader' } })).json() as { id: string };
  await call('listApiKeys', 'GET', '/v1/api-keys?limit=2');
  await call('revokeApiKey', 'POST', `/v1/api-keys/${key.id}/revoke`, { body: { reason: 'The desk moved to a new key.' } });
  await call('getMe', 'GET', '/v1/me', { role: 'reader' });
  await call('getClaimHistory', 'GET', `/v1/claims/${verified.id}/history`, { role: 'auditor' });
  await call('searchFactChecks', 'GET', `/v1/claims:search?query=${encodeURIComponent('Lazarus Sony Pictures 2014')}`, { role: 'reader' });
  await call('listSimilarClaims', 'GET', `/v1/claims/${verified.id}/similar?limit=2`, { role: 'reader' });
  await call('getClaimReview', 'GET', `/v1/claims/${verified.id}/claim-review`, { role: 'reader' });
  await call('importClaimReviews', 'POST', '/v1/import/claim-reviews', {
    role: 'checker',
    body: {
      '@context': 'https://schema.org', '@type': 'ClaimReview', url: 'https://factcheck.example.org/2026/11/lazarus-wannacry',
      name: 'Did North Korea run WannaCry?', claimReviewed: 'North Korea\'s Lazarus group was behind the 2017 WannaCry ransomware attack.',
      datePublished: '2026-11-20', inLanguage: 'en', author: { '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example.org' },
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Mostly true' },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Organization', name: 'UK National Cyber Security Centre' }, datePublished: '2017-06-14' },
    },
  });
  await call('getClaimReviewFeed', 'GET', '/feeds/claim-reviews.jsonld?limit=1', { role: 'reader' });
  await call('getFactCheckAtomFeed', 'GET', '/feeds/fact-checks.atom?limit=1', { role: 'reader' });
  await call('listAuditEvents', 'GET', '/v1/audit/events?limit=2', { role: 'auditor' });
  await call('exportAuditLog', 'GET', '/v1/audit/export', { role: 'auditor' });
  await call('verifyAuditLog', 'GET', '/v1/audit/verify', { role: 'auditor' });
  const checkpoint = (await call('getAuditCheckpoint', 'GET', '/v1/audit/checkpoint', { role: 'auditor' })).json() as { checkpoint: { size: number; headHash: string } };
  await call('checkAuditConsistency', 'GET', `/v1/audit/consistency?size=${checkpoint.checkpoint.size}&headHash=${checkpoint.checkpoint.headHash}`, { role: 'auditor' });
  const hook = (await call('createWebhook', 'POST', '/v1/webhooks', {
    body: { url: 'https://cms.example.org/hooks/claimledger', description: 'Newsroom CMS', eventTypes: ['claim.status_changed', 'evidence.added'], filter: { tags: ['north-korea'] } },
  })).json() as { id: string };
  const queued = await app.services.claims.create(SYSTEM_ACTOR_ID, { text: 'North Korea mined 70 bitcoins in May 2017.', tags: ['north-korea'] });
  await app.services.claims.setStatus({ id: SYSTEM_ACTOR_ID, name: 'system', role: 'admin' }, queued.id, '*', 'in_review', null);
  await call('listWebhooks', 'GET', '/v1/webhooks?limit=2');
  await call('getWebhook', 'GET', `/v1/webhooks/${hook.id}`);
  await call('updateWebhook', 'PATCH', `/v1/webhooks/${hook.id}`, { body: { eventTypes: ['claim.status_changed', 'evidence.added', 'evidence.retracted'] } });
  await call('rotateWebhookSecret', 'POST', `/v1/webhooks/${hook.id}/rotate-secret`, { body: { overlapSeconds: 86400 } });
  const deliveries = (await call('listWebhookDeliveries', 'GET', `/v1/webhooks/${hook.id}/deliveries?limit=2`)).json() as { data: Array<{ id: string }> };
  await call('redeliverWebhook', 'POST', `/v1/webhooks/${hook.id}/deliveries/${deliveries.data[0]!.id}/redeliver`);
  const spare = (await app.inject({ method: 'POST', url: '/v1/webhooks', headers: { authorization: `Bearer ${keys.admin}` }, payload: { url: 'https://old.example.org/hook', eventTypes: ['claim.created'] } })).json() as { id: string };
  await call('deleteWebhook', 'DELETE', `/v1/webhooks/${spare.id}`);
  await call('streamEvents', 'GET', '/v1/events/stream?follow=false&lastEventId=40', { role: 'reader' });
  const session = await call('createSession', 'POST', '/v1/session', { body: { key: keys.reader } });
  const cookie = String(session.headers['set-cookie']).split(';')[0]!;
  await call('deleteSession', 'DELETE', '/v1/session', { headers: { cookie, origin: 'http://127.0.0.1:3000' } });
  await app.close();
  // Keys are secrets even in a throwaway database: show their shape, never one that worked.
  return JSON.parse(JSON.stringify(examples).replace(/clk_[0-9a-z]{26}_[A-Za-z0-9_-]{43}/g, 'clk_01jd2x8q0m7k3v5n6p9r4s2t1w_the-secret-part-shown-only-once')
    .replace(/whsec_[A-Za-z0-9+/]{43}=/g, 'whsec_c2hvd24tb25seS1vbmNlLXN0b3JlLWl0LW5vdy4uLi4uLi4=')) as typeof examples;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const examples = await captureExamples();
  fs.writeFileSync(new URL('../openapi/examples.json', import.meta.url), JSON.stringify(examples, null, 2) + '\n');
  console.error(`wrote openapi/examples.json (${Object.keys(examples).length} operations)`);
}
