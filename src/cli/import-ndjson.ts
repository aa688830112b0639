// `claimledger import --ndjson FILE`: claims in bulk, one JSON object per line in the shape POST /v1/claims
// takes. The whole file is read and checked before anything is written, so a file with a bad line imports
// nothing; then the claims are written in batches, each one unit of work with the claims' audit events, so a
// running server's writes wait for one batch at most, never for the whole file. Claims whose text is already
// in the database (or earlier in the file) are skipped, which also makes a re-run after an interruption safe.
import fs from 'node:fs';
import readline from 'node:readline';
import { CreateClaimBody } from '../routes/claims/schemas.js';
import type { ClaimInput } from '../services/claims.js';
import type { Services } from '../services/index.js';

export interface NdjsonRejection {
  /** 1-based line number in the file. */
  line: number;
  reason: string;
}

export interface NdjsonImportReport {
  /** Non-blank lines read. */
  lines: number;
  created: number;
  /** Lines whose claim text already existed (in the database or earlier in the file). */
  skipped: number;
  seconds: number;
  claimsPerSecond: number;
}

export class NdjsonRejectedError extends Error {
  constructor(readonly file: string, readonly rejected: NdjsonRejection[]) {
    const shown = rejected.slice(0, 20).map((r) => `  line ${r.line}: ${r.reason}`).join('\n');
    const more = rejected.length > 20 ? `\n  … and ${rejected.length - 20} more` : '';
    super(`${file}: ${rejected.length} line${rejected.length === 1 ? '' : 's'} cannot be imported; nothing was imported.\n${shown}${more}`);
    this.name = 'NdjsonRejectedError';
  }
}

/** Reads and checks every line; the claims in file order, or every problem found. */
export async function readClaimLines(file: string): Promise<{ claims: Array<ClaimInput & { line: number }>; lines: number; rejected: NdjsonRejection[] }> {
  const claims: Array<ClaimInput & { line: number }> = [];
  const rejected: NdjsonRejection[] = [];
  let lineNo = 0;
  let lines = 0;
  const input = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const raw of input) {
    lineNo++;
    const line = raw.trim();
    if (line === '') continue;
    lines++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      rejected.push({ line: lineNo, reason: `not JSON (${(err as Error).message})` });
      continue;
    }
    const parsed = CreateClaimBody.safeParse(value);
    if (!parsed.success) {
      rejected.push({ line: lineNo, reason: parsed.error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ') });
      continue;
    }
    claims.push({ ...(parsed.data as ClaimInput), line: lineNo });
  }
  return { claims, lines, rejected };
}

export async function importClaimsNdjson(
  services: Services,
  actorId: string,
  file: string,
  options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<NdjsonImportReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 5_000;
  const { claims, lines, rejected } = await readClaimLines(file);
  // A first appearance that names a source must name one that exists: checked now, not half-way through.
  const known = new Map<string, boolean>();
  for (const c of claims) {
    const fa = c.firstAppearance;
    if (!fa || !('sourceId' in fa)) continue;
    if (!known.has(fa.sourceId)) known.set(fa.sourceId, (await services.storage.read.sources.find(fa.sourceId)) !== undefined);
    if (!known.get(fa.sourceId)) rejected.push({ line: c.line, reason: `firstAppearance.sourceId: ${fa.sourceId} is not a source` });
  }
  if (rejected.length) throw new NdjsonRejectedError(file, rejected.sort((a, b) => a.line - b.line));

  const seen = await services.storage.read.claims.existingTexts(claims.map((c) => c.text));
  const fresh: ClaimInput[] = [];
  for (const c of claims) {
    if (seen.has(c.text)) continue;
    seen.add(c.text);
    const { line: _line, ...input } = c;
    fresh.push(input);
  }
  let created = 0;
  for (let i = 0; i < fresh.length; i += batchSize) {
    created += (await services.claims.createMany(actorId, fresh.slice(i, i + batchSize))).length;
    options.onProgress?.(created, fresh.length);
  }
  const seconds = (performance.now() - started) / 1000;
  return { lines, created, skipped: lines - created, seconds, claimsPerSecond: Math.round(created / Math.max(seconds, 1e-9)) };
}
