// `claimledger audit verify | export | checkpoint`: the audit log checked offline, exported, and signed.
// verify reads a database file (read-only) or an NDJSON export, so an auditor needs neither the server nor
// its credentials: only the export, the checkpoints they kept and the service's public key.
import fs from 'node:fs';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { UsageError } from '../cli.js';
import type { Config } from '../config.js';
import { createCheckpointSigner, keyIdOf, loadSigningKey } from '../services/audit-checkpoint.js';
import { GENESIS_HASH } from '../services/audit-log.js';
import { scanAuditRows, sqliteAudit } from '../repositories/sqlite/audit.js';
import { exportChunks } from '../services/audit-trail.js';
import { checkCheckpointSignature, linkFromLine, linkFromRow, verifyChain, verifyChainAsync, type ChainLink, type SignedCheckpoint, type VerifyReport } from '../services/audit-verify.js';

type Out = { stdout: (s: string) => void; stderr: (s: string) => void };

/** Thrown after the report is printed, so the command exits 1. */
class VerificationFailed extends Error {}

function openReadOnly(file: string): Database.Database {
  if (!fs.existsSync(file)) throw new Error(`no database at ${file}`);
  return new Database(file, { readonly: true, fileMustExist: true });
}

async function* linesOf(file: string): AsyncGenerator<ChainLink> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let expected = 1;
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const link = linkFromLine(line, expected);
    expected = link.seq + 1;
    yield link;
  }
}

function readCheckpoint(file: string): SignedCheckpoint {
  try {
    const cp = JSON.parse(fs.readFileSync(file, 'utf8')) as SignedCheckpoint;
    if (!cp?.checkpoint || typeof cp.signature !== 'string' || typeof cp.publicKey !== 'string') throw new Error('not a signed checkpoint');
    return cp;
  } catch (err) {
    throw new UsageError(`--checkpoint ${file}: ${(err as Error).message}`);
  }
}

async function verify(args: string[], config: Config, out: Out): Promise<void> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, export: { type: 'string' }, 'public-key': { type: 'string' }, checkpoint: { type: 'string', multiple: true }, entry: { type: 'string', multiple: true } } });
  if (values.db && values.export) throw new UsageError('audit verify takes --db or --export, not both');
  // --entry SEQ:HASH (from a feed entry's audit seq and hash): that event must be in the verified log, with
  // that hash, and within every signed checkpoint given.
  const entries = (values.entry ?? []).map((e) => {
    const m = /^(\d+):([0-9a-f]{64})$/.exec(e.trim());
    if (!m) throw new UsageError(`--entry ${e}: expected SEQ:HASH, e.g. 42:${'ab'.repeat(32)}`);
    return { seq: Number(m[1]), hash: m[2]!, found: null as string | null };
  });
  const wanted = new Map(entries.map((e) => [e.seq, e]));
  function* noting<L extends ChainLink>(links: Iterable<L>) {
    for (const link of links) {
      const e = wanted.get(link.seq);
      if (e) e.found = link.hash;
      yield link;
    }
  }
  async function* notingAsync<L extends ChainLink>(links: AsyncIterable<L>) {
    for await (const link of links) {
      const e = wanted.get(link.seq);
      if (e) e.found = link.hash;
      yield link;
    }
  }
  const trusted = values['public-key'] ? fs.readFileSync(values['public-key'], 'utf8') : undefined;
  const problems: string[] = [];
  const good: SignedCheckpoint['checkpoint'][] = [];

  const subject = values.export ? `export ${values.export}` : `database ${values.db ?? config.dbPath}`;
  out.stdout(`Verifying the audit log in ${subject}`);
  if (values.checkpoint?.length && !trusted) out.stdout('  note: no --public-key, so each signature is checked against the key inside its checkpoint; pin the service key to prove who signed.');
  for (const file of values.checkpoint ?? []) {
    const cp = readCheckpoint(file);
    const why = checkCheckpointSignature(cp, trusted);
    const label = `checkpoint ${file} (size ${cp.checkpoint.size}, key ${trusted ? keyIdOf(trusted) : cp.keyId})`;
    if (why) {
      problems.push(`seq ${cp.checkpoint.size}: bad-signature — ${label}: ${why}`);
      out.stdout(`  FAIL ${label}: bad-signature — ${why}`);
    } else {
      good.push(cp.checkpoint);
      out.stdout(`  ok   ${label}: signature valid`);
    }
  }

  const options = { checkpoints: good };
  let report: VerifyReport;
  if (values.export) {
    if (!fs.existsSync(values.export)) throw new Error(`no export file at ${values.export}`);
    report = await verifyChainAsync(notingAsync(linesOf(values.export)), options);
  } else {
    const client = openReadOnly(values.db ?? config.dbPath);
    try {
      report = verifyChain(noting((function* () {
        for (const row of scanAuditRows(client)) yield linkFromRow(row);
      })()), options);
    } finally {
      client.close();
    }
  }

  if (report.ok) {
    out.stdout(`  ok   chain: ${report.eventsChecked} events, every hash and link intact; head seq ${report.headSeq}, head hash ${report.headHash}`);
    if (good.length) out.stdout(`  ok   today's log extends ${report.checkpointsChecked} signed checkpoint${report.checkpointsChecked === 1 ? '' : 's'}`);
  } else {
    problems.push(`seq ${report.firstBadSeq}: ${report.problem} — ${report.detail}`);
    out.stdout(`  FAIL chain at seq ${report.firstBadSeq}: ${report.problem} — ${report.detail} (${report.eventsChecked} events verified before it)`);
  }
  for (const e of entries) {
    const label = `entry seq ${e.seq}`;
    const outside = good.filter((cp) => cp.size < e.seq);
    if (e.found === null) problems.push(`seq ${e.seq}: entry-missing — the log has no event ${e.seq}`);
    else if (e.found !== e.hash) problems.push(`seq ${e.seq}: entry-mismatch — the log's event ${e.seq} has hash ${e.found}, not ${e.hash}`);
    else if (!report.ok && report.firstBadSeq !== null && e.seq >= report.firstBadSeq) problems.push(`seq ${e.seq}: entry-unverified — it lies at or after the first bad event`);
    else if (outside.length) problems.push(`seq ${e.seq}: entry-not-in-checkpoint — it is after the checkpoint of size ${outside[0]!.size}`);
    else {
      out.stdout(`  ok   ${label}: in the log with hash ${e.hash}${good.length ? `, within ${good.length === 1 ? 'the signed checkpoint' : `all ${good.length} signed checkpoints`}` : ''}`);
      continue;
    }
    out.stdout(`  FAIL ${label}: ${problems.at(-1)!.replace(/^seq \d+: /, '')}`);
  }
  if (problems.length) {
    out.stdout(`Result: FAILED (${problems.length} problem${problems.length === 1 ? '' : 's'})`);
    throw new VerificationFailed(`the audit log failed verification: ${problems.join('; ')}`);
  }
  out.stdout('Result: OK');
}

async function exportLog(args: string[], config: Config, out: Out): Promise<void> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, out: { type: 'string' } } });
  const client = openReadOnly(values.db ?? config.dbPath);
  try {
    const file = values.out ? fs.createWriteStream(values.out) : null;
    let events = 0;
    for await (const chunk of exportChunks(sqliteAudit(client))) {
      events += chunk.split('\n').length - 1;
      if (!file) out.stdout(chunk.slice(0, -1)); // stdout adds the last newline back
      else if (!file.write(chunk)) await new Promise<void>((resolve) => file.once('drain', () => resolve()));
    }
    if (file) await new Promise<void>((resolve, reject) => file.end((err?: Error | null) => (err ? reject(err) : resolve())));
    out.stderr(`Exported ${events} audit events${values.out ? ` to ${values.out}` : ''}.`);
  } finally {
    client.close();
  }
}

async function checkpoint(args: string[], config: Config, out: Out): Promise<void> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' } } });
  const client = openReadOnly(values.db ?? config.dbPath);
  try {
    const head = (await sqliteAudit(client).head()) ?? { seq: 0, hash: GENESIS_HASH };
    const signed = createCheckpointSigner(loadSigningKey(config), config.publicBaseUrl).sign(head);
    out.stdout(JSON.stringify(signed, null, 2));
    out.stderr(`Signed checkpoint of ${head.seq} events (key ${signed.keyId}). Save it: \`claimledger audit verify --checkpoint FILE\` later proves the log still extends it.`);
  } finally {
    client.close();
  }
}

export async function runAudit(args: string[], config: Config, out: Out): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'verify') return verify(rest, config, out);
  if (sub === 'export') return exportLog(rest, config, out);
  if (sub === 'checkpoint') return checkpoint(rest, config, out);
  throw new UsageError('audit needs a subcommand: verify, export or checkpoint');
}
