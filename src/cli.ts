// The `claimledger` command: serve, migrate, seed, keys …. Every command honours the same configuration.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runAudit } from './cli/audit.js';
import { runBackup, runRestore } from './cli/backup.js';
import { importClaimsNdjson } from './cli/import-ndjson.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { ROLES, type Role } from './domain/types.js';
import { AppError } from './errors.js';
import { openStorage } from './repositories/open.js';
import { redactUrl } from './repositories/pg/storage.js';
import { toApiKeyDto } from './routes/presenters.js';
import { SYSTEM_ACTOR_ID } from './services/api-keys.js';
import { createServices, type Services } from './services/index.js';
import { exportData, exportFull, importFull, isFullExport } from './services/data-export.js';
import { loadSeed } from './services/seed.js';
import { startServer } from './server.js';

const USAGE = `Usage: claimledger <command> [options]

Commands:
  serve                                  migrate, seed an empty database (SEED=auto) and serve HTTP
  migrate                                apply database migrations
  seed                                   load the seed data (idempotent)
  import FILE|-                          load claims, sources and evidence from a file in the seed format
                                         (what export writes); existing claims and sources are kept. A full
                                         export is loaded as it is, audit history included (empty database)
  export [--out FILE] [--full]           write claims, sources and active evidence in the seed format;
                                         --full: every row and the audit history (to move to PostgreSQL)
  import --ndjson FILE                   claims in bulk: one JSON object per line, as POST /v1/claims takes them
                                         (checked whole first; existing texts skipped; written in batches)
  import --claim-review FILE             import other fact-checkers' ClaimReviews (JSON-LD document, array,
                                         DataFeed, or an HTML page embedding them); all or nothing
  keys create --role ROLE --name NAME [--expires-at ISO]
                                         create an API key and print it alone on stdout
  keys list                              list API keys (never the keys themselves)
  keys revoke ID [--reason TEXT]         revoke an API key
  audit verify [--db PATH | --export FILE.ndjson] [--public-key PEM] [--checkpoint FILE ...] [--entry SEQ:HASH ...]
                                         check every hash, link and checkpoint signature offline, that
                                         each checkpoint is a prefix of today's log, and that each entry (a
                                         feed entry's audit seq and hash) is in it; exit 1 on any problem
  audit export [--db PATH] [--out FILE]  write the audit log as NDJSON (stdout by default)
  audit checkpoint [--db PATH]           print a signed checkpoint (JSON) to keep
  backup FILE [--db PATH]                copy the live database to FILE with SQLite's online backup API
                                         (safe while the server writes), then check the copy
  restore FILE [--db PATH]               replace the database with FILE, if FILE passes integrity_check and
                                         audit verification and no server has the database open

Configuration comes from the environment: PORT, HOST, DB_PATH (or DATABASE_URL and DATABASE_POOL_SIZE
for PostgreSQL), LOG_LEVEL, SEED, PUBLIC_BASE_URL,
PUBLISHER_NAME, PUBLISHER_URL, AUDIT_SIGNING_KEY. See the README.`;

/**
 * Reads a ClaimReview file (JSON-LD, or an HTML page when it starts with "<") and imports it as the system
 * actor. A file that cannot be imported is an error listing each rejected record.
 */
async function importClaimReviewFile(s: Services, file: string) {
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(file), 'utf8');
  } catch (err) {
    throw new Error(`Cannot read ${file}: ${(err as Error).message}`);
  }
  const html = /^\s*</.test(text.replace(/^\uFEFF/, ''));
  let input: unknown = text;
  if (!html) {
    try {
      input = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (err) {
      throw new Error(`${file} is neither JSON nor an HTML page: ${(err as Error).message}`);
    }
  }
  try {
    return await s.claimReviewImport.import(SYSTEM_ACTOR_ID, input, html ? 'html' : 'json');
  } catch (err) {
    if (err instanceof AppError && err.code === 'IMPORT_REJECTED') {
      const rejected = (err.extensions.rejected as Array<{ index: number; url: string | null; reason: string }>) ?? [];
      throw new Error([err.message, ...rejected.map((r) => `  record ${r.index}${r.url ? ` (${r.url})` : ''}: ${r.reason}`)].join('\n'));
    }
    throw err;
  }
}

/** Thrown for a wrong command line; printed with the usage and exit code 2. */
export class UsageError extends Error {}

/** Where the data lives, for messages: the SQLite file, or PostgreSQL's URL without its password. */
const where = (config: Config): string => (config.databaseUrl ? `PostgreSQL ${redactUrl(config.databaseUrl)}` : config.dbPath);

async function withServices<T>(config: Config, fn: (s: Services) => T | Promise<T>): Promise<T> {
  const { storage, searchIndex } = await openStorage(config);
  try {
    return await fn(await createServices(storage, searchIndex, config));
  } finally {
    await storage.close();
  }
}

type Out = { stdout: (s: string) => void; stderr: (s: string) => void };

const COMMANDS: Record<string, (args: string[], config: Config, out: Out) => Promise<void> | void> = {
  serve: async (_args, config) => {
    await startServer(config);
  },
  migrate: async (_args, config, out) => {
    await withServices(config, () => out.stderr(`Database ${where(config)} is migrated.`));
  },
  seed: async (_args, config, out) => {
    const r = await withServices(config, (s) => loadSeed(s));
    out.stderr(`Seed loaded into ${where(config)}: ${r.sourcesCreated} sources, ${r.claimsCreated} claims, ${r.evidenceCreated} evidence created (existing ones kept).`);
  },
  import: async (args, config, out) => {
    if (args[0] === '--claim-review') {
      const file = args[1];
      if (!file || args.length > 2) throw new UsageError('import --claim-review needs exactly one FILE');
      const report = await withServices(config, (s) => importClaimReviewFile(s, file));
      out.stdout(JSON.stringify(report, null, 2));
      out.stderr(`Imported ${file} into ${where(config)}: ${report.created} reviews created, ${report.updated} updated, ${report.skipped} unchanged.`);
      return;
    }
    if (args[0] === '--ndjson') {
      const file = args[1];
      if (!file || args.length > 2) throw new UsageError('import --ndjson needs exactly one FILE');
      const report = await withServices(config, (s) => importClaimsNdjson(s, SYSTEM_ACTOR_ID, file, {
        onProgress: (done, total) => out.stderr(`  ${done} of ${total} claims written`),
      }));
      out.stdout(JSON.stringify(report, null, 2));
      out.stderr(`Imported ${file} into ${where(config)}: ${report.created} claims created, ${report.skipped} skipped (text already there), ${report.claimsPerSecond} claims/s.`);
      return;
    }
    const file = args[0];
    if (!file || args.length > 1) throw new UsageError('import needs exactly one FILE (or - for standard input, or --ndjson FILE, or --claim-review FILE)');
    // A full export (export --full) is loaded verbatim, history included; anything else is the seed format.
    const text = file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(path.resolve(file), 'utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (isFullExport(parsed)) {
      const r = await withServices(config, (s) => importFull(s, parsed));
      out.stderr(`Imported the full export into ${where(config)}: ${r.sources} sources, ${r.claims} claims, ${r.evidence} evidence, ${r.events} audit events.`);
      return;
    }
    let seedFile = path.resolve(file);
    if (file === '-') {
      seedFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimledger-import-')), 'import.json');
      fs.writeFileSync(seedFile, text);
    }
    const r = await withServices(config, (s) => loadSeed(s, seedFile));
    out.stderr(`Imported ${file} into ${where(config)}: ${r.sourcesCreated} sources, ${r.claimsCreated} claims, ${r.evidenceCreated} evidence created (existing ones kept).`);
  },
  export: async (args, config, out) => {
    const { values } = parseArgs({ args, options: { out: { type: 'string' }, full: { type: 'boolean' } } });
    const json = JSON.stringify(await withServices(config, (s): Promise<unknown> => (values.full ? exportFull(s) : exportData(s))), null, 2);
    if (values.out) {
      fs.writeFileSync(values.out, json + '\n');
      out.stderr(`Wrote ${values.out}.`);
    } else {
      out.stdout(json);
    }
  },
  keys: async (args, config, out) => {
    const [sub, ...rest] = args;
    const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { role: { type: 'string' }, name: { type: 'string' }, 'expires-at': { type: 'string' }, reason: { type: 'string' } } });
    await withServices(config, async (s) => {
      if (sub === 'create') {
        if (!values.role || !(ROLES as readonly string[]).includes(values.role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
        if (!values.name?.trim()) throw new UsageError('--name is required');
        const expiresAt = values['expires-at'];
        if (expiresAt !== undefined && !(Date.parse(expiresAt) > Date.now())) throw new UsageError('--expires-at must be a future ISO-8601 instant');
        const { key, token } = await s.apiKeys.create(SYSTEM_ACTOR_ID, { name: values.name.trim(), role: values.role as Role, expiresAt: expiresAt ? new Date(expiresAt).toISOString() : null });
        out.stderr(`Created ${key.role} key ${key.id} (${key.name}). It is printed once, on stdout: store it now.`);
        out.stdout(token);
      } else if (sub === 'list') {
        for (const k of await s.apiKeys.list({ limit: 10_000 })) {
          const dto = toApiKeyDto(k, s.apiKeys.actorRef);
          out.stdout([dto.id, dto.role, dto.revokedAt ? `revoked ${dto.revokedAt}` : dto.expiresAt ? `expires ${dto.expiresAt}` : 'active', dto.prefix, JSON.stringify(dto.name)].join('\t'));
        }
      } else if (sub === 'revoke') {
        const id = positionals[0];
        if (!id) throw new UsageError('keys revoke needs the key id');
        const key = await s.apiKeys.revoke(SYSTEM_ACTOR_ID, id, values.reason ?? null);
        out.stderr(`Revoked ${key.id} (${key.name}).`);
      } else {
        throw new UsageError('keys needs a subcommand: create, list or revoke');
      }
    });
  },
  audit: (args, config, out) => runAudit(args, config, out),
  backup: (args, config, out) => runBackup(args, config, out),
  restore: (args, config, out) => runRestore(args, config, out),
};

/** Runs the CLI; returns the exit code (serve keeps the process alive and returns 0). */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env, out: Out = { stdout: (s) => console.log(s), stderr: (s) => console.error(s) }): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === 'help') {
    out.stderr(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    out.stderr(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  try {
    await run(args, loadConfig(env), out);
    return 0;
  } catch (err) {
    if (err instanceof ConfigError) {
      out.stderr(err.message);
      return 78; // EX_CONFIG
    }
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      out.stderr(`${(err as Error).message}\n\n${USAGE}`);
      return 2;
    }
    out.stderr(`claimledger ${command}: ${(err as Error).message}`);
    return 1;
  }
}
