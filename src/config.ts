// Configuration: the only module that reads process.env. Validated once, with one message per bad variable.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_RATING_SCALE, RatingScaleSchema, type RatingScale } from './domain/rating-scale.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A non-negative whole number with a default; 0 turns the feature off where the README says so. */
const whole = () => z.coerce.number({ error: 'must be a number' }).int('must be an integer').min(0, 'must be 0 or more');
const count = (dflt: number) => whole().default(dflt);
const millis = (dflt: number) => whole().max(24 * 60 * 60 * 1000, 'must be at most a day (in milliseconds)').default(dflt);

const EnvSchema = z.object({
  PORT: z.coerce.number({ error: 'must be a number' }).int('must be an integer').min(0).max(65535).default(3000),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  DB_PATH: z.string().min(1, 'must not be empty').default('data/claimledger.db'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL (or unset, for SQLite at DB_PATH)' })
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number({ error: 'must be a number' }).int('must be an integer').min(1, 'must be at least 1').max(1000, 'must be at most 1000').default(10),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  SEED: z.enum(['auto', 'never'], { error: 'must be "auto" or "never"' }).default('auto'),
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  PUBLISHER_NAME: z.string().min(1, 'must not be empty').max(200).default('ClaimLedger'),
  PUBLISHER_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  AUDIT_SIGNING_KEY: z.string().min(1, 'must not be empty').optional(),
  REVIEW_URL_TEMPLATE: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL containing {slug}' })
    .refine((v) => v.includes('{slug}') || v.includes('%7Bslug%7D'), 'must contain {slug}')
    .optional(),
  RATING_SCALE: z.string().min(1).optional(),
  RATING_SCALE_FILE: z.string().min(1).optional(),
  RATE_LIMIT_MAX: count(600),
  RATE_LIMIT_ANONYMOUS_MAX: count(60),
  RATE_LIMIT_WINDOW_MS: millis(60_000),
  CORS_ORIGINS: z
    .string()
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'must be a comma-separated list of http(s) origins' })))
    .default([]),
  HEADERS_TIMEOUT_MS: millis(10_000),
  REQUEST_TIMEOUT_MS: millis(30_000),
  IDLE_TIMEOUT_MS: millis(60_000),
  KEEP_ALIVE_TIMEOUT_MS: millis(5_000),
  SHUTDOWN_TIMEOUT_MS: millis(10_000),
  MAX_HEADERS: count(100),
  READ_CACHE_ENTRIES: count(1000),
  MAX_EVENT_LOOP_DELAY_MS: millis(1_000),
  WEBHOOK_SECRETS_KEY: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -base64 32)').optional(),
  WEBHOOK_ALLOWED_ADDRESSES: z
    .string()
    .transform((v) => v.split(',').map((a) => a.trim()).filter(Boolean))
    .pipe(z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], { error: 'must be a comma-separated list of IP addresses or CIDR ranges' })))
    .default([]),
  WEBHOOK_TIMEOUT_MS: millis(10_000),
  WEBHOOK_CONCURRENCY: z.coerce.number({ error: 'must be a number' }).int('must be an integer').min(1, 'must be 1 or more').max(100).default(4),
  WEBHOOK_RETRY_BASE_MS: millis(5_000),
  WEBHOOK_RETRY_MAX_DELAY_MS: millis(4 * 60 * 60 * 1000),
  WEBHOOK_RETRY_FOR_MS: millis(24 * 60 * 60 * 1000),
  WEBHOOK_SECRET_OVERLAP_MS: millis(24 * 60 * 60 * 1000),
  WEBHOOK_LEASE_MS: millis(60_000),
});

export interface Config {
  port: number;
  host: string;
  /** Path of the SQLite file, or ":memory:" (tests). Unused when databaseUrl is set. */
  dbPath: string;
  /** A postgres:// URL: PostgreSQL instead of SQLite (several instances may share it). */
  databaseUrl?: string;
  /** Connections in this instance's PostgreSQL pool. */
  databasePoolSize: number;
  logLevel: (typeof LOG_LEVELS)[number];
  seed: 'auto' | 'never';
  publicBaseUrl: string;
  publisherName: string;
  publisherUrl: string;
  /** The public URL of a fact-check, with {slug} in it: ClaimLedger's own page unless REVIEW_URL_TEMPLATE moves it. */
  reviewUrlTemplate: string;
  /** The labels reviewers rate claims with (RATING_SCALE or RATING_SCALE_FILE; today's four by default). */
  ratingScale: RatingScale;
  /** PEM file of the Ed25519 key that signs audit checkpoints; generated beside the database when absent.
   *  ":memory:" means an ephemeral key made at start (the default with an in-memory database). */
  auditSigningKeyPath: string;
  /** Requests per window per API key (and per IP for callers without a valid key); 0 turns limiting off. */
  rateLimit: { max: number; anonymousMax: number; windowMs: number };
  /** Origins allowed to call the API from a browser; empty means CORS is closed. */
  corsOrigins: string[];
  /** HTTP timeouts (ms): all headers, the whole request with its body, an idle socket, an idle keep-alive
   *  connection, and the graceful drain on SIGTERM/SIGINT. */
  timeouts: { headersMs: number; requestMs: number; idleMs: number; keepAliveMs: number; shutdownMs: number };
  /** More request headers than this is 431. */
  maxHeaders: number;
  /** Claim reads and list pages kept, as sent, until the next commit; 0 turns the cache off. */
  readCacheEntries: number;
  /** Event-loop delay beyond which requests get 503 with Retry-After; 0 turns it off. */
  maxEventLoopDelayMs: number;
  webhooks: {
    /** Server secret the webhook signing secrets are encrypted under (HKDF); the audit signing key when unset. */
    secretsKey: string | undefined;
    /** Addresses or CIDR ranges receivers may resolve to although private, loopback or link-local. */
    allowedAddresses: string[];
    timeoutMs: number;
    concurrency: number;
    retryBaseMs: number;
    retryMaxDelayMs: number;
    retryForMs: number;
    /** How long the secret before a rotation keeps signing beside the new one. */
    secretOverlapMs: number;
    /**
     * How long a worker holds a message it took for sending. Another instance (or, on SQLite, the next
     * start) sends it again only once this has passed, so it must exceed timeoutMs.
     */
    leaseMs: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset, as in most twelve-factor tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message} (got ${JSON.stringify(present[String(i.path[0])])})`));
  }
  const e = parsed.data;
  // A lease shorter than a delivery's deadline would let a second instance send a message the first is
  // still waiting on, every time a receiver is slow.
  if (e.WEBHOOK_LEASE_MS <= e.WEBHOOK_TIMEOUT_MS) {
    throw new ConfigError([`WEBHOOK_LEASE_MS: must be longer than WEBHOOK_TIMEOUT_MS (${e.WEBHOOK_TIMEOUT_MS}) (got ${e.WEBHOOK_LEASE_MS})`]);
  }
  const ratingScale = loadRatingScale(e.RATING_SCALE, e.RATING_SCALE_FILE);
  const publicBaseUrl = (e.PUBLIC_BASE_URL ?? `http://${e.HOST.includes(':') ? `[${e.HOST}]` : e.HOST}:${e.PORT}`).replace(/\/+$/, '');
  const dataDir = e.DB_PATH === ':memory:' ? 'data' : path.dirname(e.DB_PATH);
  return {
    port: e.PORT,
    host: e.HOST,
    dbPath: e.DB_PATH,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    databasePoolSize: e.DATABASE_POOL_SIZE,
    logLevel: e.LOG_LEVEL,
    seed: e.SEED,
    publicBaseUrl,
    publisherName: e.PUBLISHER_NAME,
    publisherUrl: (e.PUBLISHER_URL ?? publicBaseUrl).replace(/\/+$/, ''),
    reviewUrlTemplate: (e.REVIEW_URL_TEMPLATE ?? `${publicBaseUrl}/fact-checks/{slug}`).replace('%7Bslug%7D', '{slug}'),
    ratingScale,
    auditSigningKeyPath: e.AUDIT_SIGNING_KEY ?? (e.DB_PATH === ':memory:' ? ':memory:' : path.join(dataDir, 'audit-signing-key.pem')),
    rateLimit: { max: e.RATE_LIMIT_MAX, anonymousMax: e.RATE_LIMIT_ANONYMOUS_MAX, windowMs: e.RATE_LIMIT_WINDOW_MS },
    corsOrigins: e.CORS_ORIGINS.map((o) => new URL(o).origin),
    timeouts: { headersMs: e.HEADERS_TIMEOUT_MS, requestMs: e.REQUEST_TIMEOUT_MS, idleMs: e.IDLE_TIMEOUT_MS, keepAliveMs: e.KEEP_ALIVE_TIMEOUT_MS, shutdownMs: e.SHUTDOWN_TIMEOUT_MS },
    maxHeaders: e.MAX_HEADERS,
    readCacheEntries: e.READ_CACHE_ENTRIES,
    maxEventLoopDelayMs: e.MAX_EVENT_LOOP_DELAY_MS,
    webhooks: {
      secretsKey: e.WEBHOOK_SECRETS_KEY,
      allowedAddresses: e.WEBHOOK_ALLOWED_ADDRESSES,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      concurrency: e.WEBHOOK_CONCURRENCY,
      retryBaseMs: e.WEBHOOK_RETRY_BASE_MS,
      retryMaxDelayMs: e.WEBHOOK_RETRY_MAX_DELAY_MS,
      retryForMs: e.WEBHOOK_RETRY_FOR_MS,
      secretOverlapMs: e.WEBHOOK_SECRET_OVERLAP_MS,
      leaseMs: e.WEBHOOK_LEASE_MS,
    },
  };
}

/** RATING_SCALE (JSON text) or RATING_SCALE_FILE (a JSON file), checked like every other variable. */
function loadRatingScale(json: string | undefined, file: string | undefined): RatingScale {
  if (json && file) throw new ConfigError(['RATING_SCALE and RATING_SCALE_FILE: set one or the other, not both']);
  const variable = json ? 'RATING_SCALE' : 'RATING_SCALE_FILE';
  let text = json;
  if (file) {
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      throw new ConfigError([`RATING_SCALE_FILE: cannot read ${file} (${(err as Error).message})`]);
    }
  }
  if (text === undefined) return DEFAULT_RATING_SCALE;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ConfigError([`${variable}: must be JSON ({"bestRating":…,"worstRating":…,"labels":[{"label":…,"ratingValue":…,"verdict":…}]})`]);
  }
  const parsed = RatingScaleSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${variable}: ${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`));
  return parsed.data;
}

/** A config for tests and tools: defaults with an in-memory database, overridable field by field. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  // Rate limiting and load shedding are off in tests unless a test turns them on: a busy CI machine must
  // not turn a slow moment into a 429 or 503.
  return {
    ...loadConfig({}), dbPath: ':memory:', auditSigningKeyPath: ':memory:', logLevel: 'silent', seed: 'never',
    rateLimit: { max: 0, anonymousMax: 0, windowMs: 60_000 }, maxEventLoopDelayMs: 0,
    ...overrides,
  };
}
