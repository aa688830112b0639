// Reading the audit log: pages of events, NDJSON export, chain verification and consistency with a checkpoint.
import type { AuditEventFilter, AuditRepository, AuditRow, Storage } from '../repositories/types.js';
import type { CheckpointSigner } from './audit-checkpoint.js';
import type { AuditEvent, AuditLog } from './audit-log.js';
import { canonicalEventText, linkFromRow, rowToAuditEvent, verifyChainAsync, type ChainLink, type ChainProblem, type SignedCheckpoint, type VerifyOptions, type VerifyReport } from './audit-verify.js';

export type { AuditEventFilter };

/** The export line of a row: the event exactly as hashed, plus its hash, as canonical JSON. */
export function exportLine(row: AuditRow): string {
  return `${canonicalEventText(row, row.changes, row.hash)}\n`;
}

/**
 * NDJSON export in chunks of `batch` lines. Each chunk is one finished query, so the connection is free
 * between chunks (an open better-sqlite3 iterator would make every concurrent write fail with "connection
 * is busy"). The log is append-only, so stopping at the head seen at the start gives a consistent snapshot.
 */
export async function* exportChunks(audit: AuditRepository, batch = 1000): AsyncGenerator<string> {
  const head = (await audit.head())?.seq ?? 0;
  for (let after = 0; ;) {
    const rows = await audit.range(after, head, batch);
    if (rows.length === 0) return;
    yield rows.map(exportLine).join('');
    after = rows.at(-1)!.seq;
  }
}

/**
 * The chain as links, read in chunks of `batch` rows up to the head seen at the start, yielding to the event
 * loop after each chunk: verifying hundreds of thousands of events never holds other requests (GET /health
 * keeps answering), and the connection is free between chunks as in exportChunks.
 */
export async function* chainLinks(audit: AuditRepository, batch = 200): AsyncGenerator<ChainLink> {
  const head = (await audit.head())?.seq ?? 0;
  for (let after = 0; ;) {
    const rows = await audit.range(after, head, batch);
    if (rows.length === 0) return;
    for (const row of rows) yield linkFromRow(row);
    after = rows.at(-1)!.seq;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** From this many events on, verification runs off the event loop (when the storage offers it). */
export const OFF_LOOP_EVENTS = 20_000;

export interface ConsistencyReport {
  consistent: boolean;
  from: { size: number; headHash: string };
  to: SignedCheckpoint;
  eventsChecked: number;
  firstBadSeq?: number;
  problem?: ChainProblem;
  detail?: string;
}

export function createAuditTrail(storage: Storage, audit: AuditLog, signer: CheckpointSigner) {
  /** The chain up to the current head: a long one off the event loop when the storage can (a worker thread),
   *  otherwise, and for a short one (cheaper than starting a worker), read in chunks that yield. */
  async function verifyToHead(headSeq: number, options: VerifyOptions = {}): Promise<VerifyReport> {
    if (storage.verifyAudit && headSeq >= OFF_LOOP_EVENTS) return storage.verifyAudit({ untilSeq: headSeq, checkpoints: options.checkpoints });
    return verifyChainAsync(chainLinks(storage.read.audit), options);
  }

  return {
    /** Events oldest first, limit + 1 of them so the caller knows whether another page exists. */
    async list(f: AuditEventFilter): Promise<AuditEvent[]> {
      return (await storage.read.audit.list(f)).map(rowToAuditEvent);
    },

    exportChunks(batch?: number): AsyncGenerator<string> {
      return exportChunks(storage.read.audit, batch);
    },

    async verify(): Promise<VerifyReport> {
      return verifyToHead((await storage.read.audit.head())?.seq ?? 0);
    },

    async checkpoint(): Promise<SignedCheckpoint> {
      return signer.sign(await audit.head());
    },

    /**
     * Does today's log extend a checkpoint of `size` events with head `headHash`? Event `size` must still
     * have that hash and every link up to the head must hold. The whole chain is verified, not only the
     * part after `size`: a log whose older events were damaged does not contain the checkpointed prefix.
     */
    async consistency(size: number, headHash: string): Promise<ConsistencyReport> {
      const head = await audit.head();
      const to = signer.sign(head);
      const report = await verifyToHead(head.seq, { checkpoints: [{ size, headHash }] });
      const base = { from: { size, headHash }, to, eventsChecked: report.eventsChecked };
      return report.ok
        ? { ...base, consistent: true }
        : { ...base, consistent: false, firstBadSeq: report.firstBadSeq, problem: report.problem, detail: report.detail };
    },
  };
}

export type AuditTrail = ReturnType<typeof createAuditTrail>;
