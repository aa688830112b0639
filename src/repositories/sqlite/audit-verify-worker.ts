// Verifies the audit chain in a worker thread, on its own read-only connection, so that hashing a log of
// millions of events never holds the server's event loop (GET /health keeps answering). One read
// transaction gives a consistent snapshot; the verifier is the same pure one the CLI uses.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { createChainVerifier, linkFromRow, type VerifyOptions, type VerifyReport } from '../../services/audit-verify.js';
import { scanAuditRows } from './audit.js';

export interface AuditVerifyJob {
  dbPath: string;
  /** Verify events up to this seq: the head when the request began. */
  untilSeq: number;
  checkpoints: NonNullable<VerifyOptions['checkpoints']>;
}

export type AuditVerifyResult = { report: VerifyReport } | { error: string };

function run(job: AuditVerifyJob): VerifyReport {
  const db = new Database(job.dbPath, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const verifier = createChainVerifier({ checkpoints: job.checkpoints });
    for (const row of scanAuditRows(db)) {
      if (row.seq > job.untilSeq || !verifier.push(linkFromRow(row))) break;
    }
    return verifier.finish();
  } finally {
    db.close();
  }
}

if (parentPort) {
  let result: AuditVerifyResult;
  try {
    result = { report: run(workerData as AuditVerifyJob) };
  } catch (err) {
    result = { error: (err as Error).message };
  }
  parentPort.postMessage(result);
}
