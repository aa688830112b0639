// `claimledger backup FILE` and `claimledger restore FILE`: consistent copies of a live database through
// SQLite's online backup API (copying the file itself while the server writes gives a corrupt copy), each
// checked with integrity_check and a full audit-chain verification before it is trusted.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import cliProgress from 'cli-progress';
import { UsageError } from '../cli.js';
import type { Config } from '../config.js';
import { scanAuditRows } from '../repositories/sqlite/audit.js';
import { linkFromRow, verifyChain } from '../services/audit-verify.js';

type Out = { stdout: (s: string) => void; stderr: (s: string) => void };

/** Pages copied per backup step (4 MiB at the default page size): small enough for a moving progress bar. */
const PAGES_PER_STEP = 1024;
/** A write to the source restarts a stepwise backup; after this many restarts the rest is copied in one step. */
const MAX_RESTARTS = 3;

export interface CopyCheck {
  integrity: string;
  events: number;
  headSeq: number;
  headHash: string;
  chainOk: boolean;
  problem?: string;
}

/** integrity_check and a full audit-chain verification of a database file, opened read-only. */
export function checkDatabaseFile(file: string): CopyCheck {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    if (integrity !== 'ok') return { integrity, events: 0, headSeq: 0, headHash: '', chainOk: false, problem: `integrity_check: ${integrity}` };
    const hasAudit = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_events'").get();
    if (!hasAudit) return { integrity, events: 0, headSeq: 0, headHash: '', chainOk: false, problem: 'not a ClaimLedger database (no audit_events table)' };
    const report = verifyChain((function* () {
      for (const row of scanAuditRows(db)) yield linkFromRow(row);
    })());
    return report.ok
      ? { integrity, events: report.eventsChecked, headSeq: report.headSeq, headHash: report.headHash, chainOk: true }
      : { integrity, events: report.eventsChecked, headSeq: 0, headHash: '', chainOk: false, problem: `audit chain broken at seq ${report.firstBadSeq}: ${report.problem} — ${report.detail}` };
  } catch (err) {
    return { integrity: 'unreadable', events: 0, headSeq: 0, headHash: '', chainOk: false, problem: `cannot be read as a SQLite database: ${(err as Error).message}` };
  } finally {
    db.close();
  }
}

/**
 * Copies `source` (a live database, possibly being written by a server) to `dest` with the backup API,
 * showing a progress bar when stderr is a terminal.
 */
async function onlineCopy(source: string, dest: string, label: string): Promise<{ pages: number }> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total} pages`, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  let restarts = 0;
  let lastRemaining = Infinity;
  let started = false;
  try {
    const { totalPages } = await db.backup(dest, {
      progress: ({ totalPages: total, remainingPages: remaining }) => {
        if (bar && !started) bar.start(total, 0);
        started = true;
        if (remaining > lastRemaining) restarts++; // the source changed under us: SQLite started over
        lastRemaining = remaining;
        bar?.setTotal(total);
        bar?.update(total - remaining);
        // A busy writer could restart a stepwise copy forever; one step copies a consistent snapshot at once.
        return restarts >= MAX_RESTARTS ? total : PAGES_PER_STEP;
      },
    });
    bar?.update(totalPages);
    return { pages: totalPages };
  } finally {
    bar?.stop();
    db.close();
  }
}

function removeFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}

/** Throws unless no other process has the database open (an open connection holds a shared lock). */
function assertNotOpenElsewhere(file: string): void {
  if (!fs.existsSync(file)) return;
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    // Fold any committed pages still in the WAL into the file, so setting the file aside keeps them.
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_BUSY' || (err as { code?: string }).code === 'SQLITE_LOCKED') {
      throw new Error(`${file} is open in another process (is a server running on it?). Stop it first: restore never replaces a database in use.`);
    }
    throw err;
  } finally {
    db.close();
  }
}

async function backup(args: string[], config: Config, out: Out): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' } } });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('backup needs exactly one FILE');
  const source = values.db ?? config.dbPath;
  if (!fs.existsSync(source)) throw new Error(`no database at ${source}`);
  if (fs.existsSync(file)) throw new Error(`${file} already exists; choose a new file name (a backup never overwrites).`);
  const partial = `${file}.partial`;
  removeFiles(partial);
  try {
    const { pages } = await onlineCopy(source, partial, 'backup');
    const check = checkDatabaseFile(partial);
    if (!check.chainOk) throw new Error(`the copy failed its check (${check.problem}); nothing was written to ${file}.`);
    fs.renameSync(partial, file);
    out.stderr(`Backed up ${source} to ${file}: ${pages} pages, integrity_check ok, audit chain of ${check.events} events verified (head seq ${check.headSeq}, hash ${check.headHash}).`);
  } finally {
    removeFiles(partial);
  }
}

async function restore(args: string[], config: Config, out: Out): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' } } });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('restore needs exactly one FILE');
  const target = values.db ?? config.dbPath;
  if (!fs.existsSync(file)) throw new Error(`no backup at ${file}`);
  if (path.resolve(file) === path.resolve(target)) throw new UsageError('restore FILE must not be the database itself');

  const check = checkDatabaseFile(file);
  if (!check.chainOk) throw new Error(`refusing to restore ${file}: ${check.problem}. The database was not touched.`);
  assertNotOpenElsewhere(target);

  const incoming = `${target}.restoring`;
  removeFiles(incoming);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  try {
    await onlineCopy(file, incoming, 'restore');
    const copied = checkDatabaseFile(incoming);
    if (!copied.chainOk) throw new Error(`the restored copy failed its check (${copied.problem}); the database was not touched.`);
    assertNotOpenElsewhere(target); // again, just before the swap
    let kept = '';
    if (fs.existsSync(target)) {
      kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.renameSync(target, kept);
      removeFiles(target); // its -wal/-shm were folded in by the checkpoint and are stale now
    }
    fs.renameSync(incoming, target);
    out.stderr(`Restored ${file} into ${target}: integrity_check ok, audit chain of ${check.events} events verified (head seq ${check.headSeq}).${kept ? ` The previous database was kept as ${kept}.` : ''}`);
  } finally {
    removeFiles(incoming);
  }
}

export async function runBackup(args: string[], config: Config, out: Out): Promise<void> {
  return backup(args, config, out);
}

export async function runRestore(args: string[], config: Config, out: Out): Promise<void> {
  return restore(args, config, out);
}
