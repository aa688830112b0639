/// <reference lib="dom" />
// (The functions passed to page.evaluate run in the browser: they use the DOM types.)
// Every screen in a real browser: axe-core finds no serious or critical violation at 1440 px and 375 px,
// nothing scrolls sideways on a phone, the keyboard reaches everything; plus the auditor's chain check
// and downloads, the admin's keys, sources, what a reader sees, the queue by demand, and a lost connection.
import fs from 'node:fs';
import t from 'tap';
import { SYSTEM_ACTOR_ID } from '../../src/services/api-keys.js';
import { axeViolations, requireBrowser, screenshot, startHarness, type Harness } from './harness.js';

t.test('the console\'s screens in a browser', async (t) => {
  if (!requireBrowser(t)) return;
  const h: Harness = await startHarness(t);
  const btc = h.claimId('11,000 bitcoins');
  const kdbSource = (h.app.db.$client.prepare("SELECT id FROM sources WHERE title = 'North Korea - Cryptocurrencies'").get() as { id: string }).id;

  t.test('every screen: no serious or critical axe violations, usable at 375 px and 1440 px', async (t) => {
    const screens: Array<[string, string, string]> = [
      ['queue', '/console/', 'Claims queue'],
      ['claim', `/console/claims/${btc}`, '11,000 bitcoins'],
      ['add-evidence', `/console/claims/${btc}/evidence/new?source=${kdbSource}`, 'Add evidence'],
      ['sources', '/console/sources', 'Sources'],
      ['source', `/console/sources/${kdbSource}`, 'North Korea - Cryptocurrencies'],
      ['new-source', '/console/sources/new', 'New source'],
      ['history', `/console/claims/${btc}/history`, 'History and audit'],
      ['audit', '/console/audit', 'Audit log'],
      ['keys', '/console/keys', 'API keys'],
    ];
    for (const width of [1440, 375]) {
      const { context, page } = await h.signedIn('admin', { width, height: width > 500 ? 900 : 800 });
      for (const [name, url, heading] of screens) {
        await page.goto(url);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page.waitForFunction(() => !document.body.innerText.includes('Loading…'));
        const violations = await axeViolations(page);
        t.same(violations, [], `${name} at ${width} px: no serious or critical axe-core violations`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        t.ok(overflow <= 0, `${name} at ${width} px: nothing scrolls sideways (${overflow} px)`);
        await screenshot(page, `${name}-${width}`);
      }
      await context.close();
    }
    const signIn = await h.browser.newContext({ baseURL: h.baseUrl, viewport: { width: 375, height: 800 } });
    const page = await signIn.newPage();
    await page.goto('/console/');
    await page.getByLabel('API key').waitFor();
    t.same(await axeViolations(page), [], 'sign-in: no serious or critical axe-core violations');
    await screenshot(page, 'sign-in-375');
    await signIn.close();
  });

  t.test('the keyboard alone: skip link, navigation, and a claim reached without the mouse', async (t) => {
    const { context, page } = await h.signedIn('checker');
    t.teardown(() => context.close());
    await page.goto('/console/');
    await page.getByTestId('claim-list').waitFor();
    await page.keyboard.press('Tab');
    t.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content', 'the first Tab reaches the skip link');
    await page.keyboard.press('Enter');
    // From the main content, Tab reaches the search box, and the list is walked with the arrow keys.
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.classList.contains('claim-link') ?? false);
    }
    t.ok(found, 'Tab reaches the claims list');
    await page.keyboard.press('End');
    const lastText = await page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: lastText.slice(0, 30) }).waitFor();
    t.pass('Enter opens the focused claim');
    t.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moves to the new page\'s heading');
  });

  t.test('an auditor verifies the chain and downloads a checkpoint and the export', async (t) => {
    const { context, page } = await h.signedIn('auditor');
    t.teardown(() => context.close());
    const nav = await page.getByRole('navigation', { name: 'Main' }).innerText();
    t.match(nav, /Audit log/);
    t.notMatch(nav, /Keys/, 'no admin screen for an auditor');
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    const result = page.getByTestId('verify-result');
    await result.getByText('The chain is intact').waitFor();
    const expected = (await (await context.request.get('/v1/audit/verify')).json()) as { headHash: string; eventsChecked: number };
    t.match(await result.innerText(), new RegExp(`${expected.eventsChecked} events checked\\. Head #\\d+, hash ${expected.headHash}`), 'the result and the head hash');
    await screenshot(page, 'audit-verified');

    const [exportFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download NDJSON export' }).click()]);
    const lines = fs.readFileSync((await exportFile.path())!, 'utf8').trim().split('\n');
    t.equal(lines.length, expected.eventsChecked, 'the export holds every event');
    t.match(JSON.parse(lines.at(-1)!), { hash: expected.headHash });
    const [checkpoint] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download signed checkpoint' }).click()]);
    t.match(JSON.parse(fs.readFileSync((await checkpoint.path())!, 'utf8')), { checkpoint: { size: expected.eventsChecked, headHash: expected.headHash }, signature: String }, 'a signed checkpoint of the same head');
  });

  t.test('a reader sees no write controls, and a forced write shows the API\'s 403 as a sentence', async (t) => {
    const { context, page } = await h.signedIn('reader');
    t.teardown(() => context.close());
    const nav = await page.getByRole('navigation', { name: 'Main' }).innerText();
    t.notMatch(nav, /Audit log|Keys/);
    await page.goto(`/console/claims/${btc}`);
    await page.getByRole('heading', { level: 1, name: /11,000 bitcoins/ }).waitFor();
    await page.getByRole('region', { name: 'Evidence' }).waitFor();
    for (const control of ['Edit text', 'Add evidence from a source', 'Retract…', 'History and audit']) {
      t.equal(await page.getByText(control, { exact: true }).count(), 0, `no "${control}"`);
    }
    t.equal(await page.getByRole('radio').count(), 0, 'no status changes');
    t.equal(await page.locator('form').count(), 0, 'no form at all on the claim');
    await screenshot(page, 'claim-reader');
    await page.goto('/console/sources');
    await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
    t.equal(await page.getByRole('link', { name: 'New source' }).count(), 0, 'no "New source"');

    const before = (h.app.db.$client.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;
    await page.goto('/console/sources/new');
    await page.getByLabel('Title (required)').fill('Forced by a reader');
    await page.getByRole('button', { name: 'Create source' }).click();
    t.match(await page.getByRole('alert').innerText(), /This needs the checker role or higher; your key has the reader role\./);
    t.equal((h.app.db.$client.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n, before, 'nothing was written');
  });

  t.test('sources: create one with a pasted snapshot; a source lists the claims it is evidence for', async (t) => {
    const { context, page } = await h.signedIn('checker');
    t.teardown(() => context.close());
    await page.getByRole('link', { name: 'Sources' }).click();
    await page.getByRole('searchbox', { name: 'Search sources' }).fill('KDB mining');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'North Korea - Cryptocurrencies' }).click();
    const forClaims = page.getByRole('region', { name: /Evidence for \d+ claims/ });
    t.match(await forClaims.innerText(), /contradicts\s+North Korea harvested more than 11,000 bitcoins/i, 'each claim with its stance');

    await page.goto('/console/sources');
    await page.getByRole('link', { name: 'New source' }).click();
    await page.getByLabel('URL').fill('https://example.org/kdb-2018-report');
    await page.getByLabel('Title (required)').fill('KDB report on North Korean cryptocurrency');
    await page.getByLabel('Publisher').fill('Korea Development Bank');
    await page.getByLabel(/Text snapshot/).fill('North Korea has tested cryptocurrency mining.\nThe results were poor.');
    await page.getByRole('button', { name: 'Create source' }).click();
    await page.getByRole('heading', { level: 1, name: 'KDB report on North Korean cryptocurrency' }).waitFor();
    t.match(await page.locator('.snapshot').innerText(), /The results were poor\./);
    t.match(await page.locator('.facts').innerText(), /Korea Development Bank/);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
    await page.getByRole('link', { name: 'KDB report on North Korean cryptocurrency' }).waitFor();
    t.pass('listed with the others');
  });

  t.test('an admin creates a key (shown once, with a copy button) and revokes it', async (t) => {
    const { context, page } = await h.signedIn('admin');
    t.teardown(() => context.close());
    await page.getByRole('link', { name: 'Keys' }).click();
    await page.getByLabel('Name (who uses it)').fill('Night desk');
    await page.getByLabel('Role').selectOption('checker');
    await page.getByRole('button', { name: 'Create key' }).click();
    const shown = page.getByTestId('new-key');
    const key = await shown.locator('code').innerText();
    t.match(key, /^clk_[0-9a-z]{26}_[A-Za-z0-9_-]{43}$/, 'the new key, once');
    t.ok(await shown.getByRole('button', { name: 'Copy key' }).isVisible(), 'with a copy button');
    await screenshot(page, 'keys-created');
    await page.reload();
    await page.getByRole('cell', { name: 'Night desk', exact: true }).waitFor();
    t.equal(await page.getByText(key).count(), 0, 'never shown again');

    await page.getByRole('button', { name: 'Revoke Night desk…' }).click();
    await page.getByRole('button', { name: 'Revoke Night desk', exact: true }).click();
    await page.getByRole('row', { name: /Night desk/ }).getByText(/revoked/).waitFor();

    const other = await h.browser.newContext({ baseURL: h.baseUrl });
    const p2 = await other.newPage();
    await p2.goto('/console/');
    await p2.getByLabel('API key').fill(key);
    await p2.getByRole('button', { name: 'Sign in' }).click();
    t.match(await p2.getByRole('alert').innerText(), /unknown, revoked or expired/, 'the revoked key no longer signs in');
    await other.close();
  });

  t.test('the queue in "Most requested" order, and a new request counted live', async (t) => {
    const s = h.app.services;
    const youbit = h.claimId('Youbit');
    const ask = async (claimId: string, ref: string) => {
      const { request } = await s.requests.submit(SYSTEM_ACTOR_ID, { text: 'Is this true?', channel: 'whatsapp-tipline', requesterRef: ref });
      await s.requests.link(SYSTEM_ACTOR_ID, request.id, claimId);
    };
    for (const ref of ['u-1', 'u-2', 'u-3']) await ask(youbit, ref);
    await ask(btc, 'u-4');
    const { context, page } = await h.signedIn('checker');
    t.teardown(() => context.close());
    await page.getByTestId('claim-list').waitFor();
    await page.getByLabel('Order').selectOption('demand');
    await page.waitForURL(/sort=demand/);
    const rows = page.getByTestId('claim-list').getByRole('listitem');
    await rows.first().getByText('3 requests from 3 people').waitFor();
    t.match(await rows.nth(0).innerText(), /Youbit/, 'the most requested claim first');
    t.match(await rows.nth(1).innerText(), /11,000 bitcoins[\s\S]*1 request from 1 person/, 'then the next');
    await screenshot(page, 'queue-most-requested');

    // Three more people ask about the bitcoin claim: the open queue re-orders from the live event stream.
    for (const ref of ['u-5', 'u-6', 'u-7']) await ask(btc, ref);
    await page.waitForFunction(() => /11,000 bitcoins/.test(document.querySelector('[data-testid="claim-list"] li')?.textContent ?? ''));
    t.match(await rows.nth(0).innerText(), /11,000 bitcoins[\s\S]*4 requests from 4 people/, 'the bitcoin claim moved up without a reload');
  });

  t.test('a lost connection shows a retry, not a crash', async (t) => {
    const { context, page } = await h.signedIn('checker');
    t.teardown(() => context.close());
    await page.getByTestId('claim-list').waitFor();
    await context.route('**/v1/**', (route) => route.abort('internetdisconnected'));
    await page.getByRole('link', { name: /11,000 bitcoins/ }).click();
    const alert = page.getByRole('alert');
    t.match(await alert.innerText(), /The connection to ClaimLedger was lost/);
    await screenshot(page, 'offline');
    await context.unroute('**/v1/**');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { level: 1, name: /11,000 bitcoins/ }).waitFor();
    t.pass('after Retry the claim loads');
  });
});
