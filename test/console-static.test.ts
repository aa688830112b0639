// The console is served by the API server: / redirects to it, hashed assets are cached for a year,
// index.html is revalidated, unknown /console paths are the single-page app, a missing asset is a 404.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t, { type Test } from 'tap';
import Fastify from 'fastify';
import consolePlugin from '../src/plugins/console.js';
import problems from '../src/plugins/problems.js';
import { build } from './helper.js';

function fakeBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>console</title><script type="module" src="/console/assets/index-abc123.js"></script>');
  fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log("hi")');
  return dir;
}

async function serve(t: Test, webRoot: string) {
  const app = Fastify({ logger: false });
  await app.register(problems);
  await app.register(consolePlugin, { webRoot });
  await app.ready();
  t.teardown(() => app.close());
  return app;
}

t.test('/ and /console redirect to /console/', async (t) => {
  const ctx = await build(t);
  for (const url of ['/', '/console']) {
    const res = await ctx.app.inject(url);
    t.equal(res.statusCode, 302, url);
    t.equal(res.headers.location, '/console/');
  }
});

t.test('the console is served under a strict Content-Security-Policy that its own assets satisfy', async (t) => {
  const ctx = await build(t);
  const res = await ctx.app.inject('/console/');
  if (res.statusCode === 503) return t.skip('no web build (npm run build:web); npm test builds it first', () => {});
  t.equal(res.statusCode, 200);
  const csp = String(res.headers['content-security-policy']);
  t.match(csp, /script-src 'self'/, 'scripts only from the service itself');
  t.notMatch(csp, /script-src[^;]*'unsafe-inline'/, 'no inline scripts allowed');
  // What the page loads: script sources and <link> targets (not ordinary links such as /docs).
  const assets = [...res.body.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map((m) => m[1]!);
  t.ok(assets.some((a) => a.endsWith('.js')), 'the page loads its bundle');
  for (const a of assets.filter((x) => !x.startsWith('data:'))) t.match(a, /^\/console\/assets\//, `${a} is a same-origin, hashed asset (no CDN)`);
  t.notMatch(res.body, /<script>(?!<\/script>)/, 'no inline script in the shell');
});

t.test('assets are immutable for a year; the app shell is revalidated; deep links get the app', async (t) => {
  const dir = fakeBuild();
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  const app = await serve(t, dir);

  const asset = await app.inject('/console/assets/index-abc123.js');
  t.equal(asset.statusCode, 200);
  t.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable');
  t.match(asset.headers['content-type'], /javascript/);

  for (const url of ['/console/', '/console/claims/clm_01jd2x8q0m7k3v5n6p9r4s2t1w', '/console/sources?q=bitcoin', '/console/audit']) {
    const res = await app.inject(url);
    t.equal(res.statusCode, 200, url);
    t.equal(res.headers['cache-control'], 'no-cache', `${url}: revalidated, so a new build is picked up`);
    t.match(res.headers['content-type'], /^text\/html/);
    t.match(res.body, /<title>console<\/title>/);
  }

  const missing = await app.inject('/console/assets/index-old999.js');
  t.equal(missing.statusCode, 404, 'a replaced bundle is a 404, not the app');
  t.match(missing.headers['content-type'], /^application\/problem\+json/);
});

t.test('without a web build, /console says how to build it', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-empty-'));
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  const app = await serve(t, dir);
  const res = await app.inject('/console/');
  t.equal(res.statusCode, 503);
  t.match(res.body, /npm run build/);
});
