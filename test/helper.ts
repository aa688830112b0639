// Test helper: a fresh app on an in-memory database per test, closed on teardown, with one key per role.
import type { Test } from 'tap';
import { buildApp, type App } from '../src/app.js';
import { testConfig, type Config } from '../src/config.js';
import { ROLES, type Role } from '../src/db/schema.js';
import { SYSTEM_ACTOR_ID } from '../src/services/api-keys.js';

export interface TestContext {
  app: App;
  /** A bearer token per role. */
  keys: Record<Role, string>;
  /** Headers with the key of the given role (admin by default), plus any extra ones. */
  auth(role?: Role, extra?: Record<string, string>): Record<string, string>;
}

export async function build(t: Test, overrides: Partial<Config> = {}): Promise<TestContext> {
  const app = await buildApp(testConfig(overrides), { logger: false });
  await app.ready();
  t.teardown(() => app.close());
  const keys = Object.fromEntries(
    ROLES.map((role) => [role, app.services.apiKeys.create(SYSTEM_ACTOR_ID, { name: `${role} key`, role }).token]),
  ) as Record<Role, string>;
  return {
    app,
    keys,
    auth: (role = 'admin', extra = {}) => ({ authorization: `Bearer ${keys[role]}`, ...extra }),
  };
}

/** The full text of the first seed article, handy as a source snapshot. */
export const SNAPSHOT = `Last March, the NSA claimed that North Korea had harvested more than 11,000 bitcoins in 2017 through mining and numerous thefts.
KDB claims in its report that North Korea’s efforts of mining Bitcoin between May and June 2017 were futile.`;

/** Creates a source with SNAPSHOT as content and a claim, returning their ids. */
export async function claimWithSource(ctx: TestContext, text = 'North Korea harvested more than 11,000 bitcoins in 2017.') {
  const src = await ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('checker'), payload: { title: 'Test article', kind: 'news', url: `https://example.com/${Math.random().toString(36).slice(2)}`, content: SNAPSHOT } });
  const clm = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text, claimant: 'NSA', tags: ['north-korea'] } });
  return { sourceId: src.json().id as string, claimId: clm.json().id as string };
}
