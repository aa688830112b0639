// Shared by test/audit: a populated log, an app on a real SQLite file, the CLI with captured output.
import path from 'node:path';
import type { Test } from 'tap';
import { SYSTEM_ACTOR_ID } from '../src/services/api-keys.js';
import type { Services } from '../src/services/index.js';
import { build, SNAPSHOT, type TestContext } from './helper.js';

export { cli } from './helper.js';

export const SYSTEM = { id: SYSTEM_ACTOR_ID, name: 'system', role: 'admin' as const };

/**
 * One claim taken through its life: source, claim, evidence, review, verdict, a retraction that re-opens
 * it automatically, and an edit — 8 events, 7 of them on the claim (so it ends at version 7).
 */
export async function populate(s: Services): Promise<{ claimId: string; sourceId: string; evidenceId: string }> {
  const { source } = await s.sources.create(SYSTEM.id, { title: 'Snapshot', kind: 'news', url: `https://example.com/${Math.random().toString(36).slice(2)}`, content: SNAPSHOT });
  const claim = await s.claims.create(SYSTEM.id, { text: 'North Korea harvested more than 11,000 bitcoins in 2017.', claimant: 'NSA' });
  const { evidence: ev } = await s.evidence.add(SYSTEM.id, claim.id, '*', { sourceId: source.id, stance: 'supports', quote: 'harvested more than 11,000 bitcoins in 2017' });
  await s.claims.setStatus(SYSTEM, claim.id, '*', 'in_review', null);
  await s.claims.setStatus(SYSTEM, claim.id, '*', 'verified', 'The NSA figure is quoted verbatim.');
  await s.evidence.retract(SYSTEM.id, claim.id, ev.id, '*', 'Wrong article.');
  await s.claims.update(SYSTEM.id, claim.id, '*', { tags: ['edited'] });
  return { claimId: claim.id, sourceId: source.id, evidenceId: ev.id };
}

export interface FileContext extends TestContext {
  dbPath: string;
  keyPath: string;
  dir: string;
  /** The environment the CLI needs to use the same database and signing key. */
  env: NodeJS.ProcessEnv;
}

/** An app on a real SQLite file in a temp dir, with its signing key generated beside it. */
export async function fileApp(t: Test): Promise<FileContext> {
  const dir = t.testdir();
  const dbPath = path.join(dir, 'audit.db');
  const keyPath = path.join(dir, 'audit-signing-key.pem');
  const ctx = await build(t, { dbPath, auditSigningKeyPath: keyPath });
  return { ...ctx, dbPath, keyPath, dir, env: { DB_PATH: dbPath, AUDIT_SIGNING_KEY: keyPath, LOG_LEVEL: 'silent' } };
}

/** Lifts the append-only triggers, as an attacker with file access would. */
export function dropTriggers(ctx: TestContext): void {
  ctx.app.db.$client.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;');
}

export const pause = (ms = 3) => new Promise((resolve) => setTimeout(resolve, ms));
