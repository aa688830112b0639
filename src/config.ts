// Configuration: the only module that reads process.env. Validated once, with one message per bad variable.
import path from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const EnvSchema = z.object({
  PORT: z.coerce.number({ error: 'must be a number' }).int('must be an integer').min(0).max(65535).default(3000),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  DB_PATH: z.string().min(1, 'must not be empty').default('data/claimledger.db'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  SEED: z.enum(['auto', 'never'], { error: 'must be "auto" or "never"' }).default('auto'),
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  PUBLISHER_NAME: z.string().min(1, 'must not be empty').max(200).default('ClaimLedger'),
  PUBLISHER_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  AUDIT_SIGNING_KEY: z.string().min(1, 'must not be empty').optional(),
});

export interface Config {
  port: number;
  host: string;
  /** Path of the SQLite file, or ":memory:" (tests). */
  dbPath: string;
  logLevel: (typeof LOG_LEVELS)[number];
  seed: 'auto' | 'never';
  publicBaseUrl: string;
  publisherName: string;
  publisherUrl: string;
  /** PEM file of the Ed25519 key that signs audit checkpoints; generated beside the database when absent.
   *  ":memory:" means an ephemeral key made at start (the default with an in-memory database). */
  auditSigningKeyPath: string;
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
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(present[String(i.path[0])])})`));
  }
  const e = parsed.data;
  const publicBaseUrl = (e.PUBLIC_BASE_URL ?? `http://${e.HOST.includes(':') ? `[${e.HOST}]` : e.HOST}:${e.PORT}`).replace(/\/+$/, '');
  const dataDir = e.DB_PATH === ':memory:' ? 'data' : path.dirname(e.DB_PATH);
  return {
    port: e.PORT,
    host: e.HOST,
    dbPath: e.DB_PATH,
    logLevel: e.LOG_LEVEL,
    seed: e.SEED,
    publicBaseUrl,
    publisherName: e.PUBLISHER_NAME,
    publisherUrl: (e.PUBLISHER_URL ?? publicBaseUrl).replace(/\/+$/, ''),
    auditSigningKeyPath: e.AUDIT_SIGNING_KEY ?? (e.DB_PATH === ':memory:' ? ':memory:' : path.join(dataDir, 'audit-signing-key.pem')),
  };
}

/** A config for tests and tools: defaults with an in-memory database, overridable field by field. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), dbPath: ':memory:', auditSigningKeyPath: ':memory:', logLevel: 'silent', seed: 'never', ...overrides };
}
