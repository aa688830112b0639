// The contract test: a real listening server on a temporary SQLite file with the seed data, driven over
// HTTP through every documented operation, happy paths and error rules. Each response is checked against
// openapi/openapi.json (status, media type, headers, body); an undocumented status or header fails.
import fs from 'node:fs';
import t, { type Test } from 'tap';
import { ROLES, type Role } from '../../src/db/schema.js';
import { ContractChecker, type OpenApiDoc } from './checker.js';
import { startSeededServer } from './server.js';
import { testConfig } from '../../src/config.js';

const doc = JSON.parse(fs.readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8')) as OpenApiDoc;
const checker = new ContractChecker(doc);

// Webhook receivers on loopback are allowed here: the subscriptions below point at a closed local port.
const { keys, base } = await startSeededServer(t, { webhooks: { ...testConfig().webhooks, allowedAddresses: ['127.0.0.1'] } });

interface Call {
  role?: Role | null;
  headers?: Record<string, string>;
  body?: unknown;
  /** A raw body sent as it is (for 413 and 415). */
  raw?: string;
}

/** Sends one request to the live server and checks the response against the document. */
async function call(t: Test, method: string, url: string, expected: number, opts: Call = {}) {
  const headers: Record<string, string> = { ...opts.headers };
  const role = opts.role === undefined ? 'admin' : opts.role;
  if (role) headers.authorization = `Bearer ${keys[role]}`;
  let body: string | undefined = opts.raw;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(base + url, { method, headers, body });
  const text = await res.text();
  const errors = checker.check({ method, path: new URL(url, base).pathname, status: res.status, headers: res.headers, body: text });
  t.equal(res.status, expected, `${method} ${url} answers ${expected}`, { body: text.slice(0, 400) });
  t.same(errors, [], `${method} ${url} ${res.status} conforms to the document`);
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, headers: res.headers, text, json: type.includes('json') && !type.includes('ndjson') ? (JSON.parse(text) as any) : undefined };
}

const claims = (await (await fetch(`${base}/v1/claims?limit=100`, { headers: { authorization: `Bearer ${keys.reader}` } })).json()) as { data: Array<{ id: string; status: string; text: string; version: number }> };
const byStatus = (s: string) => claims.data.find((c) => c.status === s)!;
const missingClaim = 'clm_00000000000000000000000000';

t.test('service routes need no key', async (t) => {
  await call(t, 'GET', '/health', 200, { role: null });
  const spec = await call(t, 'GET', '/openapi.json', 200, { role: null });
  t.equal(spec.json.openapi, '3.1.0');
});

t.test('claims', async (t) => {
  await call(t, 'GET', '/v1/claims', 200, { role: 'reader' });
  const found = await call(t, 'GET', '/v1/claims?q=11000%20bitcoins', 200, { role: 'reader' });
  t.ok(found.json.data[0].match, 'a search hit says how it matched');
  await call(t, 'GET', '/v1/claims?limit=0', 400, { role: 'reader' });
  await call(t, 'GET', '/v1/claims', 401, { role: null });
  const counts = await call(t, 'GET', '/v1/claims:counts', 200, { role: 'reader' });
  t.equal(counts.json.total, claims.data.length, 'the counts add up to the claims listed');
  await call(t, 'GET', '/v1/claims:counts?updatedSince=yesterday', 400, { role: 'reader' });

  const created = await call(t, 'POST', '/v1/claims', 201, { role: 'checker', body: { text: 'Contract test: the moon is 384,400 km away.', tags: ['space'] } });
  t.equal(created.headers.get('location'), `/v1/claims/${created.json.id}`);
  await call(t, 'POST', '/v1/claims', 403, { role: 'reader', body: { text: 'Readers cannot log claims.' } });
  await call(t, 'POST', '/v1/claims', 400, { role: 'checker', body: { text: '', colour: 'red' } });
  await call(t, 'POST', '/v1/claims', 415, { role: 'checker', raw: 'plain text', headers: { 'content-type': 'text/plain' } });
  await call(t, 'POST', '/v1/claims', 413, { role: 'checker', raw: JSON.stringify({ text: 'x'.repeat(3 * 1024 * 1024) }), headers: { 'content-type': 'application/json' } });
  await call(t, 'POST', '/v1/claims', 422, { role: 'checker', body: { text: 'First appeared in a missing source.', firstAppearance: { sourceId: 'src_00000000000000000000000000' } } });

  const once = { text: 'Contract test: sent twice with one Idempotency-Key.' };
  const first = await call(t, 'POST', '/v1/claims', 201, { role: 'checker', body: once, headers: { 'idempotency-key': 'contract-1' } });
  const again = await call(t, 'POST', '/v1/claims', 201, { role: 'checker', body: once, headers: { 'idempotency-key': 'contract-1' } });
  t.equal(again.headers.get('idempotent-replayed'), 'true');
  t.equal(again.json.id, first.json.id, 'the replay is the first response');
  await call(t, 'POST', '/v1/claims', 422, { role: 'checker', body: { text: 'Another body' }, headers: { 'idempotency-key': 'contract-1' } });

  const id = created.json.id as string;
  const read = await call(t, 'GET', `/v1/claims/${id}`, 200, { role: 'reader' });
  t.equal(read.headers.get('etag'), `"${read.json.version}"`);
  await call(t, 'GET', `/v1/claims/${missingClaim}`, 404, { role: 'reader' });
  await call(t, 'GET', '/v1/claims/not-an-id', 400, { role: 'reader' });
  await call(t, 'GET', `/v1/claims/${id}?asOf=${new Date(Date.now() + 86_400_000).toISOString()}`, 400, { role: 'auditor' });
  await call(t, 'GET', `/v1/claims/${id}?asOf=${new Date().toISOString()}`, 200, { role: 'auditor' });
  await call(t, 'GET', `/v1/claims/${id}?asOf=${new Date().toISOString()}`, 403, { role: 'reader' });

  await call(t, 'PATCH', `/v1/claims/${id}`, 428, { role: 'checker', body: { claimant: 'NASA' } });
  await call(t, 'PATCH', `/v1/claims/${id}`, 412, { role: 'checker', body: { claimant: 'NASA' }, headers: { 'if-match': '"99"' } });
  await call(t, 'PATCH', `/v1/claims/${id}`, 400, { role: 'checker', body: {}, headers: { 'if-match': read.headers.get('etag')! } });
  await call(t, 'PATCH', `/v1/claims/${missingClaim}`, 404, { role: 'checker', body: { claimant: 'NASA' }, headers: { 'if-match': '"1"' } });
  await call(t, 'PATCH', `/v1/claims/${id}`, 422, { role: 'checker', body: { firstAppearance: { sourceId: 'src_00000000000000000000000000' } }, headers: { 'if-match': read.headers.get('etag')! } });
  const edited = await call(t, 'PATCH', `/v1/claims/${id}`, 200, { role: 'checker', body: { claimant: 'NASA' }, headers: { 'if-match': read.headers.get('etag')! } });

  await call(t, 'POST', `/v1/claims/${id}/status`, 428, { role: 'checker', body: { status: 'in_review' } });
  await call(t, 'POST', `/v1/claims/${id}/status`, 412, { role: 'checker', body: { status: 'in_review' }, headers: { 'if-match': '"1"' } });
  await call(t, 'POST', `/v1/claims/${id}/status`, 403, { role: 'reader', body: { status: 'in_review' }, headers: { 'if-match': edited.headers.get('etag')! } });
  await call(t, 'POST', `/v1/claims/${missingClaim}/status`, 404, { role: 'checker', body: { status: 'in_review' }, headers: { 'if-match': '"1"' } });
  await call(t, 'POST', `/v1/claims/${id}/status`, 400, { role: 'checker', body: { status: 'true-ish' }, headers: { 'if-match': edited.headers.get('etag')! } });
  const inReview = await call(t, 'POST', `/v1/claims/${id}/status`, 200, { role: 'checker', body: { status: 'in_review' }, headers: { 'if-match': edited.headers.get('etag')! } });
  const refused = await call(t, 'POST', `/v1/claims/${id}/status`, 409, { role: 'reviewer', body: { status: 'verified', rationale: 'No evidence yet.' }, headers: { 'if-match': inReview.headers.get('etag')! } });
  t.equal(refused.json.rule, 'verified-needs-supporting-evidence');

  const verdict = byStatus('verified');
  const locked = await call(t, 'GET', `/v1/claims/${verdict.id}`, 200, { role: 'reader' });
  await call(t, 'PATCH', `/v1/claims/${verdict.id}`, 409, { role: 'checker', body: { text: 'Rewritten after the verdict.' }, headers: { 'if-match': locked.headers.get('etag')! } });
});

t.test('evidence', async (t) => {
  const claim = byStatus('unverified');
  const withEvidence = await call(t, 'GET', `/v1/claims/${byStatus('verified').id}`, 200, { role: 'reader' });
  const seeded = withEvidence.json.evidence[0];
  const source = await call(t, 'GET', `/v1/sources/${seeded.source.id}`, 200, { role: 'reader' });
  const quote = source.json.content.slice(0, 60).trim();

  const added = await call(t, 'POST', `/v1/claims/${claim.id}/evidence`, 201, { role: 'checker', body: { sourceId: seeded.source.id, stance: 'context', quote } });
  await call(t, 'POST', `/v1/claims/${claim.id}/evidence`, 409, { role: 'checker', body: { sourceId: seeded.source.id, stance: 'context', quote } });
  await call(t, 'POST', `/v1/claims/${claim.id}/evidence`, 422, { role: 'checker', body: { sourceId: seeded.source.id, stance: 'supports', quote: 'Words that appear nowhere in the snapshot at all.' } });
  await call(t, 'POST', `/v1/claims/${claim.id}/evidence`, 412, { role: 'checker', body: { sourceId: seeded.source.id, stance: 'context', quote }, headers: { 'if-match': '"999"' } });
  await call(t, 'POST', `/v1/claims/${missingClaim}/evidence`, 404, { role: 'checker', body: { sourceId: seeded.source.id, stance: 'context', quote } });
  await call(t, 'POST', `/v1/claims/${claim.id}/evidence`, 400, { role: 'checker', body: { stance: 'agrees' } });
  await call(t, 'POST', `/v1/claims/${claim.id}/evidence`, 403, { role: 'reader', body: { sourceId: seeded.source.id, stance: 'context', quote } });

  await call(t, 'GET', `/v1/claims/${claim.id}/evidence`, 200, { role: 'reader' });
  await call(t, 'GET', `/v1/claims/${missingClaim}/evidence`, 404, { role: 'reader' });

  const retractUrl = `/v1/claims/${claim.id}/evidence/${added.json.id}/retract`;
  await call(t, 'POST', retractUrl, 400, { role: 'checker', body: {} });
  await call(t, 'POST', retractUrl, 200, { role: 'checker', body: { reason: 'Added by the contract test.' } });
  await call(t, 'POST', retractUrl, 409, { role: 'checker', body: { reason: 'Twice.' } });
  await call(t, 'POST', `/v1/claims/${claim.id}/evidence/evd_00000000000000000000000000/retract`, 404, { role: 'checker', body: { reason: 'Missing.' } });
});

t.test('sources', async (t) => {
  const body = { url: 'https://example.org/contract-test', title: 'Contract test source', kind: 'research', content: 'The moon is about 384,400 km from the Earth.' };
  const created = await call(t, 'POST', '/v1/sources', 201, { role: 'checker', body });
  await call(t, 'POST', '/v1/sources', 200, { role: 'checker', body });
  await call(t, 'POST', '/v1/sources', 400, { role: 'checker', body: { title: 'No URL nor citation', kind: 'news' } });
  await call(t, 'GET', '/v1/sources', 200, { role: 'reader' });
  await call(t, 'GET', '/v1/sources?limit=1000', 400, { role: 'reader' });
  await call(t, 'GET', `/v1/sources/${created.json.id}`, 200, { role: 'reader' });
  await call(t, 'GET', '/v1/sources/src_00000000000000000000000000', 404, { role: 'reader' });
  const etag = created.headers.get('etag')!;
  await call(t, 'PATCH', `/v1/sources/${created.json.id}`, 428, { role: 'checker', body: { title: 'Renamed' } });
  await call(t, 'PATCH', `/v1/sources/${created.json.id}`, 412, { role: 'checker', body: { title: 'Renamed' }, headers: { 'if-match': '"42"' } });
  await call(t, 'PATCH', `/v1/sources/${created.json.id}`, 200, { role: 'checker', body: { title: 'Renamed' }, headers: { 'if-match': etag } });
  await call(t, 'PATCH', '/v1/sources/src_00000000000000000000000000', 404, { role: 'checker', body: { title: 'Renamed' }, headers: { 'if-match': '"1"' } });
  const other = await call(t, 'POST', '/v1/sources', 201, { role: 'checker', body: { ...body, url: 'https://example.org/contract-test-2' } });
  const current = await call(t, 'GET', `/v1/sources/${created.json.id}`, 200, { role: 'reader' });
  await call(t, 'PATCH', `/v1/sources/${created.json.id}`, 409, { role: 'checker', body: { url: other.json.url }, headers: { 'if-match': current.headers.get('etag')! } });
});

t.test('API keys', async (t) => {
  const created = await call(t, 'POST', '/v1/api-keys', 201, { body: { name: 'Contract desk', role: 'reader' } });
  await call(t, 'POST', '/v1/api-keys', 403, { role: 'reviewer', body: { name: 'Not allowed', role: 'admin' } });
  await call(t, 'POST', '/v1/api-keys', 400, { body: { name: 'No role' } });
  await call(t, 'GET', '/v1/api-keys', 200);
  await call(t, 'POST', `/v1/api-keys/${created.json.id}/revoke`, 200, { body: { reason: 'Contract test.' } });
  await call(t, 'POST', `/v1/api-keys/${created.json.id}/revoke`, 409, { body: {} });
  await call(t, 'POST', '/v1/api-keys/key_00000000000000000000000000/revoke', 404, { body: {} });
  await call(t, 'GET', '/v1/api-keys', 403, { role: 'auditor' });
  await call(t, 'GET', '/v1/me', 200, { role: 'reader' });
  await call(t, 'GET', '/v1/me', 401, { role: null, headers: { authorization: 'Bearer clk_not-a-key' } });
});

t.test('console session', async (t) => {
  await call(t, 'POST', '/v1/session', 401, { role: null, body: { key: 'clk_not-a-key' } });
  await call(t, 'POST', '/v1/session', 403, { role: null, body: { key: keys.reader }, headers: { origin: 'https://elsewhere.example' } });
  await call(t, 'POST', '/v1/session', 400, { role: null, body: {} });
  const signedIn = await call(t, 'POST', '/v1/session', 201, { role: null, body: { key: keys.reader } });
  const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
  await call(t, 'GET', '/v1/me', 200, { role: null, headers: { cookie } });
  await call(t, 'DELETE', '/v1/session', 403, { role: null, headers: { cookie, origin: 'https://elsewhere.example' } });
  await call(t, 'DELETE', '/v1/session', 204, { role: null, headers: { cookie, origin: base } });
});

t.test('search, similar claims and ClaimReview', async (t) => {
  const hits = await call(t, 'GET', '/v1/claims:search?query=11k%20bitcoin%202017&includeUnreviewed=true', 200, { role: 'reader' });
  t.ok(hits.json.claims.length > 0, 'the seeded claim is found');
  await call(t, 'GET', '/v1/claims:search', 400, { role: 'reader' });
  const verified = byStatus('verified');
  await call(t, 'GET', `/v1/claims/${verified.id}/similar`, 200, { role: 'reader' });
  await call(t, 'GET', `/v1/claims/${missingClaim}/similar`, 404, { role: 'reader' });
  const review = await call(t, 'GET', `/v1/claims/${verified.id}/claim-review`, 200, { role: 'reader' });
  t.match(review.headers.get('content-type'), /^application\/ld\+json/);
  await call(t, 'GET', `/v1/claims/${byStatus('unverified').id}/claim-review`, 404, { role: 'reader' });
  await call(t, 'GET', `/v1/claims/${verified.id}/history`, 200, { role: 'auditor' });
  await call(t, 'GET', `/v1/claims/${verified.id}/history`, 403, { role: 'reader' });
  await call(t, 'GET', `/v1/claims/${missingClaim}/history`, 404, { role: 'auditor' });
});

t.test('publishing', async (t) => {
  await call(t, 'GET', '/v1/rating-scale', 200, { role: 'reader' });
  await call(t, 'GET', '/v1/rating-scale', 401, { role: null });
  const created = await call(t, 'POST', '/v1/claims', 201, { role: 'checker', body: { text: 'A contract-test claim about 12 bitcoins.', claimant: 'A blogger', claimantType: 'Person' } });
  const id = created.json.id as string;
  await call(t, 'POST', `/v1/claims/${id}/publication`, 409, { role: 'reviewer', body: {} });
  await call(t, 'GET', `/v1/claims/${id}/publication`, 404, { role: 'reader' });
  const reviewing = await call(t, 'POST', `/v1/claims/${id}/status`, 200, { role: 'checker', body: { status: 'in_review' }, headers: { 'if-match': created.headers.get('etag')! } });
  await call(t, 'POST', `/v1/claims/${id}/status`, 200, {
    role: 'reviewer', body: { status: 'unverifiable', rationale: 'No source can settle it.', label: 'Unverifiable' }, headers: { 'if-match': `"${reviewing.json.version}"` },
  });
  await call(t, 'POST', `/v1/claims/${id}/publication`, 403, { role: 'checker', body: {} });
  await call(t, 'POST', `/v1/claims/${id}/publication`, 400, { role: 'reviewer', body: { claimReviewed: 'x'.repeat(80) } });
  await call(t, 'POST', `/v1/claims/${id}/publication`, 201, { role: 'reviewer', body: { claimReviewed: 'A blogger on 12 bitcoins' } });
  await call(t, 'POST', `/v1/claims/${id}/publication`, 200, { role: 'reviewer', body: {} });
  await call(t, 'POST', `/v1/claims/${missingClaim}/publication`, 404, { role: 'reviewer', body: {} });
  await call(t, 'GET', `/v1/claims/${id}/publication`, 200, { role: 'reader' });
  await call(t, 'DELETE', `/v1/claims/${id}/publication`, 400, { role: 'reviewer', body: {} });
  await call(t, 'DELETE', `/v1/claims/${id}/publication`, 403, { role: 'checker', body: { reason: 'Not mine to withdraw.' } });
  await call(t, 'DELETE', `/v1/claims/${missingClaim}/publication`, 404, { role: 'reviewer', body: { reason: 'Missing.' } });
  await call(t, 'DELETE', `/v1/claims/${id}/publication`, 200, { role: 'reviewer', body: { reason: 'Withdrawn by the contract test.' } });
  await call(t, 'DELETE', `/v1/claims/${id}/publication`, 409, { role: 'reviewer', body: { reason: 'Twice.' } });
  await call(t, 'GET', `/v1/claims/${id}/claim-review`, 410, { role: 'reader' });
});

t.test('audit', async (t) => {
  await call(t, 'GET', '/v1/audit/events?limit=5', 200, { role: 'auditor' });
  await call(t, 'GET', '/v1/audit/events?cursor=garbage', 400, { role: 'auditor' });
  await call(t, 'GET', '/v1/audit/events', 403, { role: 'reviewer' });
  const exported = await call(t, 'GET', '/v1/audit/export', 200, { role: 'auditor' });
  t.ok(exported.text.split('\n').filter(Boolean).length > 10, 'the export has one line per event');
  await call(t, 'GET', '/v1/audit/export', 403, { role: 'reader' });
  await call(t, 'GET', '/v1/audit/export', 401, { role: null });
  await call(t, 'GET', '/v1/audit/verify', 200, { role: 'auditor' });
  await call(t, 'GET', '/v1/audit/verify', 403, { role: 'checker' });
  await call(t, 'GET', '/v1/audit/checkpoint', 401, { role: null });
  const checkpoint = await call(t, 'GET', '/v1/audit/checkpoint', 200, { role: 'auditor' });
  const { size, headHash } = checkpoint.json.checkpoint;
  await call(t, 'GET', `/v1/audit/consistency?size=${size}&headHash=${headHash}`, 200, { role: 'auditor' });
  await call(t, 'GET', '/v1/audit/consistency?size=-1&headHash=xyz', 400, { role: 'auditor' });
});

t.test('webhooks', async (t) => {
  const body = { url: 'http://127.0.0.1:9/contract-hook', eventTypes: ['claim.created'], filter: { statuses: ['unverified'] } };
  const created = await call(t, 'POST', '/v1/webhooks', 201, { body });
  t.match(created.json.secret, /^whsec_/);
  await call(t, 'POST', '/v1/webhooks', 422, { body: { ...body, url: 'http://10.0.0.1/hook' } });
  await call(t, 'POST', '/v1/webhooks', 400, { body: { url: body.url, eventTypes: ['claim.deleted'] } });
  await call(t, 'POST', '/v1/webhooks', 403, { role: 'auditor', body });
  const id = created.json.id as string;
  await call(t, 'GET', '/v1/webhooks', 200);
  await call(t, 'GET', '/v1/webhooks?cursor=garbage', 400);
  await call(t, 'GET', `/v1/webhooks/${id}`, 200);
  await call(t, 'GET', '/v1/webhooks/whk_00000000000000000000000000', 404);
  await call(t, 'PATCH', `/v1/webhooks/${id}`, 200, { body: { enabled: false, reason: 'Contract test.' } });
  await call(t, 'PATCH', `/v1/webhooks/${id}`, 200, { body: { enabled: true } });
  await call(t, 'PATCH', `/v1/webhooks/${id}`, 400, { body: {} });
  await call(t, 'PATCH', `/v1/webhooks/${id}`, 422, { body: { url: 'http://[::1]/hook' } });
  await call(t, 'PATCH', '/v1/webhooks/whk_00000000000000000000000000', 404, { body: { enabled: false } });
  await call(t, 'POST', `/v1/webhooks/${id}/rotate-secret`, 200, { body: { overlapSeconds: 60 } });
  await call(t, 'POST', '/v1/webhooks/whk_00000000000000000000000000/rotate-secret', 404, { body: {} });
  await call(t, 'POST', '/v1/claims', 201, { role: 'checker', body: { text: 'Contract test: queued for a webhook.' } });
  const log = await call(t, 'GET', `/v1/webhooks/${id}/deliveries`, 200);
  await call(t, 'GET', '/v1/webhooks/whk_00000000000000000000000000/deliveries', 404);
  await call(t, 'POST', `/v1/webhooks/${id}/deliveries/${log.json.data[0].id}/redeliver`, 202);
  await call(t, 'POST', `/v1/webhooks/${id}/deliveries/msg_00000000000000000000000000/redeliver`, 404);
  await call(t, 'DELETE', `/v1/webhooks/${id}`, 204);
  await call(t, 'DELETE', `/v1/webhooks/${id}`, 404);
});

t.test('requests and demand', async (t) => {
  const btc = claims.data.find((c) => /11,000 bitcoins/.test(c.text))!;
  const asked = await call(t, 'POST', '/v1/requests', 201, { role: 'reader', body: { text: 'Did North Korea get 11k bitcoin in 2017?', channel: 'contract-test', requesterRef: 'u-1', url: 'https://example.org/post' } });
  t.equal(asked.json.matches[0]?.claimId, btc.id, 'the request matches the seeded claim');
  await call(t, 'POST', '/v1/requests', 400, { role: 'reader', body: { text: 'x', channel: 'Not A Label', requesterRef: 'u-1' } });
  await call(t, 'POST', '/v1/requests', 403, { role: 'auditor', body: { text: 'x', channel: 'cms', requesterRef: 'u-1' } });
  await call(t, 'GET', '/v1/requests?channel=contract-test', 200, { role: 'checker' });
  await call(t, 'GET', '/v1/requests?status=closed', 400, { role: 'checker' });
  await call(t, 'GET', `/v1/requests/${asked.json.id}`, 200, { role: 'reader' });
  await call(t, 'GET', '/v1/requests/req_00000000000000000000000000', 404, { role: 'checker' });
  await call(t, 'POST', `/v1/requests/${asked.json.id}/link`, 200, { role: 'checker', body: { claimId: btc.id } });
  await call(t, 'POST', `/v1/requests/${asked.json.id}/link`, 422, { role: 'checker', body: { claimId: missingClaim } });
  await call(t, 'POST', `/v1/requests/${asked.json.id}/claim`, 409, { role: 'checker', body: {} });
  await call(t, 'POST', `/v1/requests/${asked.json.id}/unlink`, 200, { role: 'checker', body: { reason: 'Contract test.' } });
  await call(t, 'POST', `/v1/requests/${asked.json.id}/unlink`, 409, { role: 'checker', body: { reason: 'Contract test.' } });
  const created = await call(t, 'POST', `/v1/requests/${asked.json.id}/claim`, 201, { role: 'checker', body: { text: 'Contract test: North Korea got 11,000 BTC in 2017.' } });
  const merged = await call(t, 'POST', `/v1/claims/${btc.id}/requests/merge`, 200, { role: 'checker', body: { fromClaimId: created.json.claim.id, reason: 'Same claim.' } });
  t.equal(merged.json.moved, 1);
  await call(t, 'POST', `/v1/claims/${btc.id}/requests/merge`, 400, { role: 'checker', body: { fromClaimId: btc.id } });
  await call(t, 'GET', `/v1/claims/${btc.id}/demand`, 200, { role: 'reader' });
  await call(t, 'GET', `/v1/claims/${missingClaim}/demand`, 404, { role: 'reader' });
  await call(t, 'GET', '/v1/claims?sort=demand&minRequests=1', 200, { role: 'reader' });
});

t.test('live event stream', async (t) => {
  const events = await call(t, 'GET', '/v1/events/stream?follow=false&lastEventId=0', 200, { role: 'reader' });
  t.match(events.headers.get('content-type'), /^text\/event-stream/);
  t.match(events.text, /^id: \d+$/m, 'events carry their seq as id');
  await call(t, 'GET', '/v1/events/stream?follow=false', 400, { role: 'reader', headers: { 'last-event-id': 'yesterday' } });
  await call(t, 'GET', '/v1/events/stream?follow=false', 401, { role: null });
});

t.test('public feeds', async (t) => {
  for (const path of ['/feeds/claim-reviews.jsonld', '/feeds/fact-checks.atom']) {
    const page = await call(t, 'GET', `${path}?limit=2`, 200, { role: null });
    const etag = page.headers.get('etag')!;
    await call(t, 'GET', `${path}?limit=2`, 304, { role: null, headers: { 'if-none-match': etag } });
    await call(t, 'GET', `${path}?limit=0`, 400, { role: null });
    await call(t, 'GET', `${path}?cursor=nope`, 400, { role: null });
  }
});

t.test('import of other fact-checkers\' ClaimReviews', async (t) => {
  const review = {
    '@context': 'https://schema.org', '@type': 'ClaimReview', url: 'https://factcheck.example.org/reviews/contract',
    claimReviewed: 'Contract tests prove every route conforms.', author: { '@type': 'Organization', name: 'Example Checks' },
    reviewRating: { '@type': 'Rating', alternateName: 'Half true' },
  };
  const created = await call(t, 'POST', '/v1/import/claim-reviews', 200, { role: 'checker', body: review });
  t.equal(created.json.created, 1);
  t.equal((await call(t, 'POST', '/v1/import/claim-reviews', 200, { role: 'checker', body: [review] })).json.skipped, 1);
  await call(t, 'POST', '/v1/import/claim-reviews', 200, {
    role: 'checker', raw: `<html><script type="application/ld+json">${JSON.stringify(review)}</script></html>`, headers: { 'content-type': 'text/html' },
  });
  const rejected = await call(t, 'POST', '/v1/import/claim-reviews', 422, { role: 'checker', body: { ...review, url: 'nope' } });
  t.equal(rejected.json.code, 'IMPORT_REJECTED');
  await call(t, 'POST', '/v1/import/claim-reviews', 400, { role: 'checker', raw: '{', headers: { 'content-type': 'application/ld+json' } });
  const read = await call(t, 'GET', `/v1/claims/${created.json.reviews[0].claimId}`, 200, { role: 'reader' });
  t.equal(read.json.externalReviews[0].ratingText, 'Half true');
});

t.test('every operation, as the document describes it: 401 without a key, 403 for a role it does not list, 415 and 413 for bodies', async (t) => {
  const prefixes: Record<string, string> = { claims: 'clm', sources: 'src', 'api-keys': 'key', evidence: 'evd', webhooks: 'whk', deliveries: 'msg' };
  // A well-formed id for each path parameter, named after the collection before it.
  const fill = (template: string) => template.replace(/([^/]+)\/\{([^}]+)\}/g, (_m, collection: string, param: string) => {
    const prefix = param === 'evidenceId' ? 'evd' : param === 'deliveryId' ? 'msg' : prefixes[collection];
    return `${collection}/${prefix}_00000000000000000000000000`;
  });
  for (const [template, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops) as Array<[string, (typeof doc.paths)[string][string] & { security?: Array<Record<string, string[]>>; requestBody?: unknown }]>) {
      const url = fill(template);
      const M = method.toUpperCase();
      const body = op.requestBody ? {} : undefined;
      if (op.responses['401'] && op.security?.length !== 0) await call(t, M, url, 401, { role: null, body });
      const allowed = op.security?.[0]?.bearerAuth;
      const outsider = allowed?.length ? ROLES.find((r) => !allowed.includes(r)) : undefined;
      if (op.responses['403'] && outsider) await call(t, M, url, 403, { role: outsider, body });
      const insider = (allowed?.[0] ?? 'admin') as Role;
      const role = op.security?.length === 0 ? null : insider;
      if (op.responses['415']) await call(t, M, url, 415, { role, raw: 'plain', headers: { 'content-type': 'text/plain' } });
      if (op.responses['413']) await call(t, M, url, 413, { role, raw: `{"x":"${'x'.repeat(3 * 1024 * 1024)}"}`, headers: { 'content-type': 'application/json' } });
    }
  }
});

t.test('429 when a key goes over its rate limit', async (t) => {
  const limited = await startSeededServer(t, { rateLimit: { max: 2, anonymousMax: 2, windowMs: 60_000 } });
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) {
    const res = await fetch(`${limited.base}/v1/me`, { headers: { authorization: `Bearer ${limited.keys.reader}` } });
    statuses.push(res.status);
    t.same(checker.check({ method: 'GET', path: '/v1/me', status: res.status, headers: res.headers, body: await res.text() }), [], `request ${i + 1} (${res.status}) conforms`);
  }
  // A valid key has its own budget of 2 from its first call.
  t.same(statuses, [200, 200, 429, 429]);
});

t.test('every documented operation was driven to a success and an error', async (t) => {
  for (const ops of Object.values(doc.paths)) {
    for (const op of Object.values(ops)) {
      const seen = [...(checker.covered.get(op.operationId) ?? [])];
      t.ok(seen.some((s) => s.startsWith('2')), `${op.operationId}: a success was checked`);
      // Errors other than 429 and 503 (which every operation documents, and which the 429 test and
      // test/hardening drive), where the operation has any.
      const own = Object.keys(op.responses).filter((s) => Number(s) >= 400 && s !== '429' && s !== '503');
      if (own.length) t.ok(seen.some((s) => own.includes(s)), `${op.operationId}: an error was checked`);
      const untried = Object.keys(op.responses).filter((s) => !seen.includes(s));
      if (untried.length) t.comment(`${op.operationId}: documented but not driven here: ${untried.join(', ')}`);
    }
  }
});
