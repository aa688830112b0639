// Every route × every role (plus no key, an unknown key and a revoked key) against the roles table of
// the product contract, once with bearer keys and once with console session cookies: one policy for both.
// The table below is the policy as a user reads it; a /v1 route missing from it fails the test.
import t from 'tap';
import { ROLES, type Role } from '../../src/domain/types.js';
import { SYSTEM_ACTOR_ID } from '../../src/services/api-keys.js';
import { testConfig } from '../../src/config.js';
import { build as buildApp, SNAPSHOT, type TestContext } from '../helper.js';

// Webhook fixtures point at loopback, which only the allow-list lets through.
const build = (t: Parameters<typeof buildApp>[0]) => buildApp(t, { webhooks: { ...testConfig().webhooks, allowedAddresses: ['127.0.0.1'] } });

const ALL: Role[] = [...ROLES];
const READ = ALL;
const WRITE: Role[] = ['checker', 'reviewer', 'admin'];
const REVIEW: Role[] = ['reviewer', 'admin'];
const AUDIT: Role[] = ['auditor', 'admin'];
const ADMIN: Role[] = ['admin'];
/** Submitting a request: a tipline bot or newsroom CMS holds a reader key; auditors write nothing. */
const REQUEST: Role[] = ['reader', 'checker', 'reviewer', 'admin'];

interface Fixture {
  claimId: string;
  sourceId: string;
  evidenceId: string;
  keyId: string;
  webhookId: string;
  deliveryId: string;
  /** An open request (submitted by the system actor) and a second claim. */
  requestId: string;
  otherClaimId: string;
}

interface Case {
  /** Method and OpenAPI path, as listed in the spec. */
  route: string;
  /** A label when one route has several cases (e.g. status changes needing different roles). */
  label?: string;
  url: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  headers?: Record<string, string>;
  /** Set up the fixture so the call is valid (e.g. put the claim in review). */
  prepare?: (ctx: TestContext, f: Fixture) => void;
  allowed: Role[];
  ok: number;
  /** Allowed roles that get another answer than `ok` (a reader reads only the requests its key submitted). */
  outcome?: Partial<Record<Role, number>>;
}

const CASES: Case[] = [
  { route: 'GET /v1/claims', url: () => '/v1/claims', allowed: READ, ok: 200 },
  { route: 'POST /v1/claims', url: () => '/v1/claims', body: () => ({ text: 'A new claim about 40% of something.' }), allowed: WRITE, ok: 201 },
  { route: 'GET /v1/claims/{id}', url: (f) => `/v1/claims/${f.claimId}`, allowed: READ, ok: 200 },
  { route: 'PATCH /v1/claims/{id}', url: (f) => `/v1/claims/${f.claimId}`, body: () => ({ tags: ['edited'] }), headers: { 'if-match': '"2"' }, allowed: WRITE, ok: 200 },
  { route: 'POST /v1/claims/{id}/status', label: 'to in_review', url: (f) => `/v1/claims/${f.claimId}/status`, body: () => ({ status: 'in_review' }), headers: { 'if-match': '"2"' }, allowed: WRITE, ok: 200 },
  {
    route: 'POST /v1/claims/{id}/status', label: 'verdict', url: (f) => `/v1/claims/${f.claimId}/status`,
    body: () => ({ status: 'verified', rationale: 'The NSA figure is quoted verbatim.' }), headers: { 'if-match': '"3"' },
    prepare: async (ctx, f) => void await ctx.app.services.claims.setStatus({ id: SYSTEM_ACTOR_ID, name: 'system', role: 'admin' }, f.claimId, '*', 'in_review', null),
    allowed: REVIEW, ok: 200,
  },
  { route: 'GET /v1/claims/{id}/evidence', url: (f) => `/v1/claims/${f.claimId}/evidence`, allowed: READ, ok: 200 },
  {
    route: 'POST /v1/claims/{id}/evidence', url: (f) => `/v1/claims/${f.claimId}/evidence`,
    body: (f) => ({ sourceId: f.sourceId, stance: 'contradicts', quote: 'were futile' }), allowed: WRITE, ok: 201,
  },
  {
    route: 'POST /v1/claims/{id}/evidence/{evidenceId}/retract', url: (f) => `/v1/claims/${f.claimId}/evidence/${f.evidenceId}/retract`,
    body: () => ({ reason: 'Wrong source.' }), allowed: WRITE, ok: 200,
  },
  { route: 'GET /v1/sources', url: () => '/v1/sources', allowed: READ, ok: 200 },
  { route: 'POST /v1/sources', url: () => '/v1/sources', body: () => ({ title: 'KDB report', citation: 'KDB report, 2018', kind: 'official' }), allowed: WRITE, ok: 201 },
  { route: 'GET /v1/sources/{id}', url: (f) => `/v1/sources/${f.sourceId}`, allowed: READ, ok: 200 },
  { route: 'PATCH /v1/sources/{id}', url: (f) => `/v1/sources/${f.sourceId}`, body: () => ({ publisher: 'FX Empire' }), headers: { 'if-match': '"1"' }, allowed: WRITE, ok: 200 },
  { route: 'GET /v1/api-keys', url: () => '/v1/api-keys', allowed: ADMIN, ok: 200 },
  { route: 'POST /v1/api-keys', url: () => '/v1/api-keys', body: () => ({ name: 'Newsroom', role: 'reader' }), allowed: ADMIN, ok: 201 },
  { route: 'POST /v1/api-keys/{id}/revoke', url: (f) => `/v1/api-keys/${f.keyId}/revoke`, body: () => ({}), allowed: ADMIN, ok: 200 },
  { route: 'GET /v1/me', url: () => '/v1/me', allowed: ALL, ok: 200 },
  { route: 'GET /v1/claims/{id}/history', url: (f) => `/v1/claims/${f.claimId}/history`, allowed: AUDIT, ok: 200 },
  { route: 'GET /v1/claims:counts', url: () => '/v1/claims:counts', allowed: READ, ok: 200 },
  { route: 'GET /v1/claims:search', url: () => '/v1/claims:search?query=11k%20bitcoin&includeUnreviewed=true', allowed: READ, ok: 200 },
  { route: 'GET /v1/claims/{id}/similar', url: (f) => `/v1/claims/${f.claimId}/similar`, allowed: READ, ok: 200 },
  {
    route: 'GET /v1/claims/{id}/claim-review', url: (f) => `/v1/claims/${f.claimId}/claim-review`,
    prepare: async (ctx, f) => {
      const system = { id: SYSTEM_ACTOR_ID, name: 'system', role: 'admin' as const };
      await ctx.app.services.claims.setStatus(system, f.claimId, '*', 'in_review', null);
      await ctx.app.services.claims.setStatus(system, f.claimId, '*', 'verified', 'The NSA figure is quoted verbatim.');
    },
    allowed: READ, ok: 200,
  },
  { route: 'POST /v1/requests', url: () => '/v1/requests', body: () => ({ text: 'Did North Korea get 11k bitcoin in 2017?', channel: 'cms', requesterRef: 'u-1' }), allowed: REQUEST, ok: 201 },
  { route: 'GET /v1/requests', url: () => '/v1/requests', allowed: READ, ok: 200 },
  { route: 'GET /v1/requests/{id}', url: (f) => `/v1/requests/${f.requestId}`, allowed: READ, ok: 200, outcome: { reader: 404 } },
  { route: 'POST /v1/requests/{id}/link', url: (f) => `/v1/requests/${f.requestId}/link`, body: (f) => ({ claimId: f.claimId }), allowed: WRITE, ok: 200 },
  { route: 'POST /v1/requests/{id}/claim', url: (f) => `/v1/requests/${f.requestId}/claim`, body: () => ({}), allowed: WRITE, ok: 201 },
  {
    route: 'POST /v1/requests/{id}/unlink', url: (f) => `/v1/requests/${f.requestId}/unlink`, body: () => ({ reason: 'Not about this claim.' }),
    prepare: async (ctx, f) => void await ctx.app.services.requests.link(SYSTEM_ACTOR_ID, f.requestId, f.claimId),
    allowed: WRITE, ok: 200,
  },
  {
    route: 'POST /v1/claims/{id}/requests/merge', url: (f) => `/v1/claims/${f.claimId}/requests/merge`, body: (f) => ({ fromClaimId: f.otherClaimId }),
    prepare: async (ctx, f) => void await ctx.app.services.requests.link(SYSTEM_ACTOR_ID, f.requestId, f.otherClaimId),
    allowed: WRITE, ok: 200,
  },
  { route: 'GET /v1/claims/{id}/demand', url: (f) => `/v1/claims/${f.claimId}/demand`, allowed: READ, ok: 200 },
  {
    route: 'POST /v1/claims/{id}/publication', url: (f) => `/v1/claims/${f.claimId}/publication`, body: () => ({}),
    prepare: (ctx, f) => verdict(ctx, f.claimId), allowed: REVIEW, ok: 201,
  },
  {
    route: 'GET /v1/claims/{id}/publication', url: (f) => `/v1/claims/${f.claimId}/publication`,
    prepare: async (ctx, f) => { await verdict(ctx, f.claimId); await ctx.app.services.publications.publish(SYSTEM_ACTOR_ID, f.claimId, {}); },
    allowed: READ, ok: 200,
  },
  {
    route: 'DELETE /v1/claims/{id}/publication', url: (f) => `/v1/claims/${f.claimId}/publication`, body: () => ({ reason: 'Published too early.' }),
    prepare: async (ctx, f) => { await verdict(ctx, f.claimId); await ctx.app.services.publications.publish(SYSTEM_ACTOR_ID, f.claimId, {}); },
    allowed: REVIEW, ok: 200,
  },
  { route: 'GET /v1/rating-scale', url: () => '/v1/rating-scale', allowed: READ, ok: 200 },
  {
    route: 'POST /v1/import/claim-reviews', url: () => '/v1/import/claim-reviews',
    body: () => ({
      '@context': 'https://schema.org', '@type': 'ClaimReview', url: 'https://factcheck.example.org/reviews/role-matrix',
      claimReviewed: 'The moon is made of cheese.', author: { '@type': 'Organization', name: 'Example Checks' },
      reviewRating: { '@type': 'Rating', alternateName: 'False' },
    }),
    allowed: WRITE, ok: 200,
  },
  { route: 'GET /v1/audit/events', url: () => '/v1/audit/events', allowed: AUDIT, ok: 200 },
  { route: 'GET /v1/audit/export', url: () => '/v1/audit/export', allowed: AUDIT, ok: 200 },
  { route: 'GET /v1/audit/verify', url: () => '/v1/audit/verify', allowed: AUDIT, ok: 200 },
  { route: 'GET /v1/audit/checkpoint', url: () => '/v1/audit/checkpoint', allowed: AUDIT, ok: 200 },
  { route: 'POST /v1/webhooks', url: () => '/v1/webhooks', body: () => ({ url: 'http://127.0.0.1:9/hook', eventTypes: ['claim.created'] }), allowed: ADMIN, ok: 201 },
  { route: 'GET /v1/webhooks', url: () => '/v1/webhooks', allowed: ADMIN, ok: 200 },
  { route: 'GET /v1/webhooks/{id}', url: (f) => `/v1/webhooks/${f.webhookId}`, allowed: ADMIN, ok: 200 },
  { route: 'PATCH /v1/webhooks/{id}', url: (f) => `/v1/webhooks/${f.webhookId}`, body: () => ({ enabled: false, reason: 'Paused.' }), allowed: ADMIN, ok: 200 },
  { route: 'DELETE /v1/webhooks/{id}', url: (f) => `/v1/webhooks/${f.webhookId}`, allowed: ADMIN, ok: 204 },
  { route: 'POST /v1/webhooks/{id}/rotate-secret', url: (f) => `/v1/webhooks/${f.webhookId}/rotate-secret`, body: () => ({}), allowed: ADMIN, ok: 200 },
  { route: 'GET /v1/webhooks/{id}/deliveries', url: (f) => `/v1/webhooks/${f.webhookId}/deliveries`, allowed: ADMIN, ok: 200 },
  {
    route: 'POST /v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', url: (f) => `/v1/webhooks/${f.webhookId}/deliveries/${f.deliveryId}/redeliver`,
    allowed: ADMIN, ok: 202,
  },
  { route: 'GET /v1/events/stream', url: () => '/v1/events/stream?follow=false&lastEventId=0', allowed: READ, ok: 200 },
  { route: 'GET /v1/audit/consistency', url: () => `/v1/audit/consistency?size=0&headHash=${'0'.repeat(64)}`, allowed: AUDIT, ok: 200 },
];

export { AUDIT, CASES };

async function verdict(ctx: TestContext, claimId: string) {
  const system = { id: SYSTEM_ACTOR_ID, name: 'system', role: 'admin' as const };
  await ctx.app.services.claims.setStatus(system, claimId, '*', 'in_review', null);
  await ctx.app.services.claims.setStatus(system, claimId, '*', 'verified', 'The NSA figure is quoted verbatim.');
}

async function fixture(ctx: TestContext): Promise<Fixture> {
  const s = ctx.app.services;
  // A subscription to a closed port on loopback (allowed in this test): the claim below queues one message.
  const { webhook } = await s.webhooks.create(SYSTEM_ACTOR_ID, { url: 'http://127.0.0.1:9/hook', eventTypes: ['claim.created'] });
  const { source } = await s.sources.create(SYSTEM_ACTOR_ID, { title: 'Snapshot', kind: 'news', url: `https://example.com/${Math.random()}`, content: SNAPSHOT });
  const claim = await s.claims.create(SYSTEM_ACTOR_ID, { text: 'North Korea harvested more than 11,000 bitcoins in 2017.' });
  const { evidence: ev } = await s.evidence.add(SYSTEM_ACTOR_ID, claim.id, '*', { sourceId: source.id, stance: 'supports', quote: 'harvested more than 11,000 bitcoins in 2017' });
  const { key } = await s.apiKeys.create(SYSTEM_ACTOR_ID, { name: 'victim', role: 'reader' });
  const [message] = await s.webhooks.deliveries(webhook.id, { limit: 1 });
  const { request } = await s.requests.submit(SYSTEM_ACTOR_ID, { text: 'Did North Korea get 11k bitcoin in 2017?', channel: 'cms', requesterRef: 'u-1' });
  const other = await s.claims.create(SYSTEM_ACTOR_ID, { text: 'NK harvested 11,000 BTC in 2017.' });
  return { claimId: claim.id, sourceId: source.id, evidenceId: ev.id, keyId: key.id, webhookId: webhook.id, deliveryId: message!.id, requestId: request.id, otherClaimId: other.id };
}

t.test('every /v1 route in the OpenAPI document has a policy entry', async (t) => {
  const ctx = await build(t);
  const spec = ctx.app.swagger() as { paths: Record<string, Record<string, { security?: unknown[] }>> };
  // Public routes (security: [], i.e. signing in and out) need no role; test/auth/sessions.test.ts covers them.
  const documented = Object.entries(spec.paths)
    .filter(([p]) => p.startsWith('/v1'))
    .flatMap(([p, ops]) => Object.entries(ops).filter(([, op]) => op.security?.length !== 0).map(([m]) => `${m.toUpperCase()} ${p}`));
  const covered = new Set(CASES.map((c) => c.route));
  for (const route of documented) t.ok(covered.has(route), `${route} has a policy entry in the role matrix`);
  for (const route of covered) t.ok(documented.includes(route), `${route} is a documented route`);
});

const expectedFor = (c: Case, role: Role): number => (c.allowed.includes(role) ? (c.outcome?.[role] ?? c.ok) : 403);

for (const c of CASES) {
  t.test(`${c.route}${c.label ? ` (${c.label})` : ''}`, async (t) => {
    const ctx = await build(t);
    const revoked = await ctx.app.services.apiKeys.create(SYSTEM_ACTOR_ID, { name: 'old', role: 'admin' });
    await ctx.app.services.apiKeys.revoke(SYSTEM_ACTOR_ID, revoked.key.id);
    const method = c.route.split(' ')[0]!;
    // A browser sends Origin with every request that is not GET or HEAD; the console is same-origin.
    const browser: Record<string, string> = method === 'GET' ? {} : { origin: 'http://localhost' };
    const sessionCookie = async (key: string) => {
      const res = await ctx.app.inject({ method: 'POST', url: '/v1/session', payload: { key } });
      t.equal(res.statusCode, 201, 'signed in');
      return { cookie: String(res.headers['set-cookie']).split(';')[0]!, ...browser };
    };
    const endedSession = await sessionCookie(ctx.keys.admin);
    t.equal((await ctx.app.inject({ method: 'DELETE', url: '/v1/session', headers: { ...endedSession, origin: 'http://localhost' } })).statusCode, 204, 'signed out');
    const callers: Array<[string, Record<string, string>, number]> = [
      ['no key', {}, 401],
      ['unknown key', { authorization: 'Bearer clk_00000000000000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }, 401],
      ['revoked key', { authorization: `Bearer ${revoked.token}` }, 401],
      ['signed-out session', endedSession, 401],
      ...ALL.map((role): [string, Record<string, string>, number] => [role, ctx.auth(role), expectedFor(c, role)]),
    ];
    for (const role of ALL) callers.push([`${role} session`, await sessionCookie(ctx.keys[role]), expectedFor(c, role)]);
    for (const [who, auth, expected] of callers) {
      const f = await fixture(ctx);
      await c.prepare?.(ctx, f);
      const res = await ctx.app.inject({ method: method as 'GET', url: c.url(f), headers: { ...auth, ...c.headers }, ...(c.body ? { payload: c.body(f) as object } : {}) });
      t.equal(res.statusCode, expected, `${who} → ${expected} (${res.body.slice(0, 200)})`);
      if (expected === 401) t.match(res.headers['www-authenticate'], /^Bearer/, `${who}: WWW-Authenticate: Bearer`);
      if (expected >= 400) t.match(res.headers['content-type'], /^application\/problem\+json/);
      if (expected === 403) t.ok(res.json().requiredRole, `${who}: the 403 names the role needed`);
    }
  });
}
