/// <reference lib="dom" />
// (The functions passed to page.evaluate run in the browser: they use the DOM types.)
// Browser end-to-end harness: a real ClaimLedger server on a temporary database (seeded, one key per role)
// and Debian's Chromium driven by playwright-core. No browser is ever downloaded.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Test } from 'tap';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp, type App } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { ROLES, type Role } from '../../src/db/schema.js';
import { WEB_ROOT } from '../../src/plugins/console.js';
import { SYSTEM_ACTOR_ID } from '../../src/services/api-keys.js';
import { loadSeed } from '../../src/services/seed.js';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts/browser');

/**
 * True when Chromium is installed. Without it the browser tests are skipped with a loud message, except
 * in CI (CI=true), where a missing browser is a failure: CI must prove the console works.
 */
export function requireBrowser(t: Test): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  const message = `Chromium is not installed at ${CHROMIUM}: the console's browser tests cannot run. Install it with: sudo apt-get update && sudo apt-get install -y chromium`;
  if (process.env.CI === 'true') {
    t.fail(message);
    return false;
  }
  process.stderr.write(`\n${'!'.repeat(100)}\n!! SKIPPING BROWSER TESTS. ${message}\n${'!'.repeat(100)}\n\n`);
  t.skip(message, () => {});
  return false;
}

export interface Harness {
  app: App;
  baseUrl: string;
  browser: Browser;
  keys: Record<Role, string>;
  names: Record<Role, string>;
  /** A new browser context (its own cookies) signed in with the role's key through the sign-in form. */
  signedIn(role: Role, viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }>;
  /** The seeded claim's id by a fragment of its text. */
  claimId(textFragment: string): string;
}

/** The console's build is what the server serves; build it when missing (npm test builds it first). */
function ensureWebBuild(): void {
  if (fs.existsSync(path.join(WEB_ROOT, 'index.html'))) return;
  execFileSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
}

export async function startHarness(t: Test): Promise<Harness> {
  ensureWebBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimledger-browser-'));
  const app = await buildApp(testConfig({ dbPath: path.join(dir, 'claimledger.db') }), { logger: false });
  await app.ready();
  await loadSeed(app.services);
  const keys = {} as Record<Role, string>;
  const names = {} as Record<Role, string>;
  for (const role of ROLES) {
    names[role] = `${role[0]!.toUpperCase()}${role.slice(1)} desk`;
    keys[role] = (await app.services.apiKeys.create(SYSTEM_ACTOR_ID, { name: names[role], role })).token;
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  // Tests run under tsx, whose esbuild output wraps named functions in __name(fn, "name") (keepNames). A
  // function handed to page.evaluate is sent as its source and runs in the page, where __name does not exist:
  // every context the tests open defines it as the identity first.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    return context;
  };
  t.teardown(async () => {
    await browser.close();
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });

  const harness: Harness = {
    app, baseUrl, browser, keys, names,
    async signedIn(role, viewport = { width: 1440, height: 900 }) {
      const context = await browser.newContext({ baseURL: baseUrl, viewport });
      const page = await context.newPage();
      await page.goto('/console/');
      await page.getByLabel('API key').fill(keys[role]);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      return { context, page };
    },
    claimId(fragment) {
      const row = app.db.$client.prepare('SELECT id FROM claims WHERE text LIKE ?').get(`%${fragment}%`) as { id: string } | undefined;
      if (!row) throw new Error(`no seeded claim contains "${fragment}"`);
      return row.id;
    },
  };
  return harness;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** Serious and critical axe-core violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not a <script> tag: the console's Content-Security-Policy
  // (script-src 'self') rightly refuses inline scripts, and the test must not weaken it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE_SOURCE}\n;undefined`);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Saves a full-page screenshot as a test artifact. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
