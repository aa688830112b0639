// Configuration: defaults, and one clear message per bad environment variable.
import t from 'tap';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, testConfig } from '../src/config.js';
import { DEFAULT_RATING_SCALE } from '../src/domain/rating-scale.js';

t.test('defaults', async (t) => {
  t.same(loadConfig({}), {
    port: 3000,
    host: '127.0.0.1',
    dbPath: 'data/claimledger.db',
    databasePoolSize: 10,
    logLevel: 'info',
    seed: 'auto',
    publicBaseUrl: 'http://127.0.0.1:3000',
    publisherName: 'ClaimLedger',
    publisherUrl: 'http://127.0.0.1:3000',
    reviewUrlTemplate: 'http://127.0.0.1:3000/fact-checks/{slug}',
    ratingScale: DEFAULT_RATING_SCALE,
    auditSigningKeyPath: 'data/audit-signing-key.pem',
    rateLimit: { max: 600, anonymousMax: 60, windowMs: 60_000 },
    corsOrigins: [],
    timeouts: { headersMs: 10_000, requestMs: 30_000, idleMs: 60_000, keepAliveMs: 5_000, shutdownMs: 10_000 },
    maxHeaders: 100,
    readCacheEntries: 1000,
    maxEventLoopDelayMs: 1_000,
    webhooks: {
      secretsKey: undefined, allowedAddresses: [], timeoutMs: 10_000, concurrency: 4, retryBaseMs: 5_000, retryMaxDelayMs: 4 * 3_600_000,
      retryForMs: 86_400_000, secretOverlapMs: 86_400_000, leaseMs: 60_000,
    },
  });
  t.same(loadConfig({ PORT: '', SEED: '', LOG_LEVEL: '' }), loadConfig({}), 'empty values count as unset');
  t.match(testConfig(), { dbPath: ':memory:', logLevel: 'silent', seed: 'never' });
});

t.test('DATABASE_URL selects PostgreSQL; a bad URL or pool size is named', async (t) => {
  t.notOk('databaseUrl' in loadConfig({}), 'SQLite by default');
  t.match(loadConfig({ DATABASE_URL: 'postgres://app@db.internal:5432/claimledger', DATABASE_POOL_SIZE: '25' }), {
    databaseUrl: 'postgres://app@db.internal:5432/claimledger', databasePoolSize: 25,
  });
  t.match(loadConfig({ DATABASE_URL: 'postgresql://db/claimledger' }), { databaseUrl: 'postgresql://db/claimledger' });
  t.match(problemsOf({ DATABASE_URL: 'mysql://db/claimledger' }), [/^DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/]);
  t.match(problemsOf({ DATABASE_URL: 'not a url' }), [/^DATABASE_URL: /]);
  t.match(problemsOf({ DATABASE_POOL_SIZE: '0' }), [/^DATABASE_POOL_SIZE: must be at least 1/]);
});

t.test('protection settings are read; CORS origins are normalised; tests run without limits', async (t) => {
  const c = loadConfig({ RATE_LIMIT_MAX: '0', CORS_ORIGINS: 'https://newsroom.example/, http://localhost:5173', REQUEST_TIMEOUT_MS: '5000', MAX_HEADERS: '50' });
  t.same(c.corsOrigins, ['https://newsroom.example', 'http://localhost:5173']);
  t.equal(c.rateLimit.max, 0, '0 turns rate limiting off');
  t.equal(c.timeouts.requestMs, 5000);
  t.equal(c.maxHeaders, 50);
  t.match(testConfig(), { rateLimit: { max: 0 }, maxEventLoopDelayMs: 0 });
});

t.test('webhook settings are read', async (t) => {
  const c = loadConfig({ WEBHOOK_ALLOWED_ADDRESSES: '127.0.0.1, 10.0.0.0/8, ::1', WEBHOOK_CONCURRENCY: '8', WEBHOOK_SECRETS_KEY: 'k'.repeat(32) });
  t.same(c.webhooks.allowedAddresses, ['127.0.0.1', '10.0.0.0/8', '::1']);
  t.equal(c.webhooks.concurrency, 8);
  t.equal(c.webhooks.secretsKey, 'k'.repeat(32));
  t.equal(loadConfig({ WEBHOOK_LEASE_MS: '2000', WEBHOOK_TIMEOUT_MS: '1000' }).webhooks.leaseMs, 2000);
  t.match(problemsOf({ WEBHOOK_LEASE_MS: '10000' }), [/^WEBHOOK_LEASE_MS: must be longer than WEBHOOK_TIMEOUT_MS \(10000\)/], 'a lease no longer than the delivery deadline is refused');
});

t.test('values are read and derived', async (t) => {
  const c = loadConfig({ PORT: '8080', HOST: '0.0.0.0', DB_PATH: '/var/lib/claimledger/main.db', LOG_LEVEL: 'debug', SEED: 'never', PUBLISHER_NAME: 'Desk', PUBLIC_BASE_URL: 'https://facts.example.org/' });
  t.match(c, { port: 8080, host: '0.0.0.0', dbPath: '/var/lib/claimledger/main.db', logLevel: 'debug', seed: 'never', publisherName: 'Desk' });
  t.equal(c.publicBaseUrl, 'https://facts.example.org', 'trailing slash dropped');
  t.equal(c.publisherUrl, 'https://facts.example.org', 'publisher URL defaults to the public base URL');
  t.equal(c.auditSigningKeyPath, '/var/lib/claimledger/audit-signing-key.pem', 'signing key beside the database');
  t.equal(loadConfig({ HOST: '::1', PORT: '4000' }).publicBaseUrl, 'http://[::1]:4000', 'IPv6 hosts are bracketed');
  t.equal(loadConfig({ PUBLISHER_URL: 'https://news.example.com/' }).publisherUrl, 'https://news.example.com');
});

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error(`no ConfigError for ${JSON.stringify(env)}`);
}

t.test('each bad variable gives a ConfigError naming it', async (t) => {
  const cases: Array<[string, string]> = [
    ['PORT', 'abc'], ['PORT', '70000'], ['PORT', '3.5'], ['PORT', '-1'],
    ['SEED', 'maybe'], ['LOG_LEVEL', 'loud'], ['PUBLIC_BASE_URL', 'notaurl'], ['PUBLIC_BASE_URL', 'ftp://example.com'],
    ['PUBLISHER_URL', 'example.com'], ['PUBLISHER_NAME', 'x'.repeat(201)],
    ['RATE_LIMIT_MAX', '-1'], ['RATE_LIMIT_WINDOW_MS', 'soon'], ['REQUEST_TIMEOUT_MS', '1.5'], ['SHUTDOWN_TIMEOUT_MS', String(2 * 86_400_000)],
    ['MAX_HEADERS', 'many'], ['READ_CACHE_ENTRIES', '-3'], ['CORS_ORIGINS', 'https://ok.example, not-an-origin'],
    ['WEBHOOK_ALLOWED_ADDRESSES', '127.0.0.1, localhost'], ['WEBHOOK_CONCURRENCY', '0'], ['WEBHOOK_SECRETS_KEY', 'short'], ['WEBHOOK_RETRY_FOR_MS', '-5'],
  ];
  for (const [name, value] of cases) {
    const problems = problemsOf({ [name]: value });
    t.equal(problems.length, 1, `${name}=${value}: one problem`);
    t.match(problems[0], new RegExp(`^${name}: `), `${name}=${value}: names the variable`);
    t.match(problems[0], JSON.stringify(value).slice(0, 20), 'and shows the value it got');
  }
  try {
    loadConfig({ LOG_LEVEL: 'loud' });
  } catch (err) {
    t.type(err, ConfigError);
    t.match((err as Error).message, /Invalid configuration:\n {2}- LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent/);
  }
});

t.test('several bad variables are all reported at once', async (t) => {
  const problems = problemsOf({ PORT: 'abc', SEED: 'maybe', LOG_LEVEL: 'loud', PUBLIC_BASE_URL: 'notaurl' });
  t.same(problems.map((p) => p.split(':')[0]).sort(), ['LOG_LEVEL', 'PORT', 'PUBLIC_BASE_URL', 'SEED']);
});

t.test('REVIEW_URL_TEMPLATE points fact-check URLs at a newsroom\'s own site', async (t) => {
  t.equal(loadConfig({ PUBLIC_BASE_URL: 'https://facts.example.org' }).reviewUrlTemplate, 'https://facts.example.org/fact-checks/{slug}');
  t.equal(loadConfig({ REVIEW_URL_TEMPLATE: 'https://news.example/fact-checks/{slug}' }).reviewUrlTemplate, 'https://news.example/fact-checks/{slug}');
  t.match(problemsOf({ REVIEW_URL_TEMPLATE: 'https://news.example/fact-checks/' })[0], /^REVIEW_URL_TEMPLATE: must contain \{slug\}/);
  t.match(problemsOf({ REVIEW_URL_TEMPLATE: 'news.example/{slug}' })[0], /^REVIEW_URL_TEMPLATE: /);
});

t.test('RATING_SCALE and RATING_SCALE_FILE declare a custom rating scale', async (t) => {
  const scale = {
    name: 'Meter', bestRating: 6, worstRating: 1,
    labels: [
      { label: 'True', ratingValue: 6, verdict: 'verified' }, { label: 'Mostly true', ratingValue: 5, verdict: 'verified' },
      { label: 'Missing context', ratingValue: 3, verdict: 'misleading' }, { label: 'Mostly false', ratingValue: 2, verdict: 'false' },
      { label: 'Pants on fire', ratingValue: 1, verdict: 'false' }, { label: 'Unproven', ratingValue: 3, verdict: 'unverifiable' },
    ],
  };
  t.same(loadConfig({ RATING_SCALE: JSON.stringify(scale) }).ratingScale, scale);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scale-'));
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'scale.json');
  fs.writeFileSync(file, JSON.stringify(scale));
  t.same(loadConfig({ RATING_SCALE_FILE: file }).ratingScale, scale);
  t.match(problemsOf({ RATING_SCALE_FILE: path.join(dir, 'missing.json') })[0], /^RATING_SCALE_FILE: cannot read/);
  t.match(problemsOf({ RATING_SCALE: '{nope' })[0], /^RATING_SCALE: must be JSON/);
  t.match(problemsOf({ RATING_SCALE: JSON.stringify(scale), RATING_SCALE_FILE: file })[0], /not both/);
  const noFalse = { ...scale, labels: scale.labels.filter((l) => l.verdict !== 'false') };
  t.match(problemsOf({ RATING_SCALE: JSON.stringify(noFalse) }).join('\n'), /no label counts as the verdict "false"/);
  const outOfRange = { ...scale, labels: [...scale.labels, { label: 'Off the chart', ratingValue: 9, verdict: 'verified' }] };
  t.match(problemsOf({ RATING_SCALE: JSON.stringify(outOfRange) }).join('\n'), /labels\.6\.ratingValue: must lie between/);
  const twice = { ...scale, labels: [...scale.labels, { label: 'true', ratingValue: 6, verdict: 'verified' }] };
  t.match(problemsOf({ RATING_SCALE: JSON.stringify(twice) }).join('\n'), /appears twice/);
});
