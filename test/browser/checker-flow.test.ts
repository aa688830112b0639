/// <reference lib="dom" />
// (The functions passed to page.evaluate run in the browser: they use the DOM types.)
// The fact-checker's day in a real browser: signing in, searching, reading evidence, adding evidence by
// selecting a passage, a refused verdict, a verdict in the history, the claim as of earlier, and two
// people editing the same claim.
import fs from 'node:fs';
import path from 'node:path';
import t from 'tap';
import type { Page } from 'playwright-core';
import { ARTIFACTS, requireBrowser, screenshot, startHarness, type Harness } from './harness.js';

/** Selects `text` inside `container` by dragging the mouse over it, as a person would. */
async function dragSelect(page: Page, container: string, text: string) {
  const pos = await page.evaluate(({ container, text }) => {
    const root = document.querySelector(container)!;
    root.scrollIntoView({ block: 'start' });
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Array<{ node: Text; at: number }> = [];
    let full = '';
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      nodes.push({ node, at: full.length });
      full += node.data;
    }
    const start = full.indexOf(text);
    if (start < 0) throw new Error(`"${text}" is not in ${container}`);
    const end = start + text.length;
    const locate = (offset: number) => {
      const hit = [...nodes].reverse().find((n) => n.at <= offset)!;
      return [hit.node, offset - hit.at] as const;
    };
    const range = document.createRange();
    range.setStart(...locate(start));
    range.setEnd(...locate(end));
    const box = root.getBoundingClientRect();
    root.scrollTop += range.getBoundingClientRect().top - box.top - 40;
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
    const first = rects[0]!;
    const last = rects[rects.length - 1]!;
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, { container, text });
  await page.mouse.move(pos.x1, pos.y1);
  await page.mouse.down();
  await page.mouse.move(pos.x2, pos.y2, { steps: 8 });
  await page.mouse.up();
}

const alertText = (page: Page) => page.getByRole('alert').first().innerText();

t.test('the console in a browser, as checkers and reviewers use it', async (t) => {
  if (!requireBrowser(t)) return;
  const h: Harness = await startHarness(t);

  t.test('a wrong key is refused with a sentence; the right key signs in without storing the key', async (t) => {
    const context = await h.browser.newContext({ baseURL: h.baseUrl, viewport: { width: 1440, height: 900 } });
    t.teardown(() => context.close());
    const page = await context.newPage();
    await page.goto('/console/');
    await screenshot(page, 'sign-in');
    await page.getByLabel('API key').fill('clk_00000000000000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await page.getByRole('button', { name: 'Sign in' }).click();
    t.match(await alertText(page), /unknown, revoked or expired/, 'the API\'s sentence, not JSON');
    t.notMatch(await alertText(page), /[{}]/, 'no raw JSON');

    await page.getByLabel('API key').fill(h.keys.checker);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Claims queue' }).waitFor();
    t.match(await page.locator('header').innerText(), /Checker desk/);
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'claimledger_session');
    t.ok(session?.httpOnly, 'an HttpOnly session cookie');
    t.equal(session?.sameSite, 'Strict');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
    t.notOk(stored.includes(h.keys.checker), 'the key is in neither localStorage, sessionStorage nor a script-readable cookie');
    t.notOk(stored.includes(session!.value), 'nor is the session token readable by scripts');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').waitFor();
    await page.goto('/console/');
    await page.getByLabel('API key').waitFor();
    t.pass('after signing out, the console asks for a key again');
  });

  t.test('first load of the queue on the seed data (measured)', async (t) => {
    const { context, page } = await h.signedIn('reader');
    t.teardown(() => context.close());
    await page.goto('/console/');
    await page.getByTestId('claim-list').locator('li').first().waitFor();
    const ms = await page.evaluate(() => Math.round(performance.now()));
    const count = await page.getByTestId('claim-list').locator('li').count();
    t.equal(count, 10, 'the ten seeded claims');
    t.comment(`first load of the queue: ${ms} ms from navigation start to the list on screen`);
    fs.writeFileSync(path.join(ARTIFACTS, 'first-load.json'), JSON.stringify({ queueFirstLoadMs: ms, claims: count }, null, 2));
    const counts = await page.getByRole('navigation', { name: 'Status' }).innerText();
    t.match(counts, /All\s*10/, 'counts per status');
    t.match(counts, /In Review\s*3/i);
  });

  t.test('finding the 11,000 BTC claim by search and reading its evidence', async (t) => {
    const { context, page } = await h.signedIn('checker');
    t.teardown(() => context.close());
    await page.getByRole('searchbox', { name: 'Search claims' }).fill('11k bitcoin 2017');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=11k\+bitcoin\+2017/);
    const first = page.getByTestId('claim-list').locator('li').first();
    // The previous list stays on screen while the search loads: wait for the highlighted results.
    await first.locator('mark').first().waitFor();
    t.match(await first.locator('mark').allInnerTexts(), ['more than 11,000 bitcoins', '2017'], 'the snippet highlights the match');
    await screenshot(page, 'queue-search');

    // Keyboard: arrow down to the first result, Enter opens it.
    await page.getByText('Tip: use').waitFor();
    await first.locator('a').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    t.match(await page.evaluate(() => document.activeElement?.textContent), /^North Korea harvested more than 11,000/, 'arrow keys move through the list and back');
    await page.keyboard.press('ArrowDown');
    t.match(await page.evaluate(() => document.activeElement?.textContent), /Youbit/, 'down moves to the next claim');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /11,000 bitcoins/ }).waitFor();
    t.match(page.url(), /\/console\/claims\/clm_/);

    const evidence = page.getByRole('region', { name: 'Evidence' });
    const contradicts = page.locator('.stance-contradicts');
    t.match(await contradicts.innerText(), /efforts of mining Bitcoin between May and June 2017 were futile/);
    t.match(await contradicts.locator('.context').first().innerText(), /…\S/, 'the quote is shown in its context (prefix)');
    t.match(await contradicts.getByRole('link', { name: 'North Korea - Cryptocurrencies' }).getAttribute('href'), /\/console\/sources\/src_/);
    t.match(await evidence.innerText(), /Supports[\s\S]*Contradicts[\s\S]*Context/, 'grouped by stance');
    t.match(await page.getByRole('region', { name: 'Similar claims' }).innerText(), /similar/);
    await screenshot(page, 'claim');

    await page.goto('/console/?q=youbitt%20hack');
    t.match(await page.locator('.did-you-mean').innerText(), /Did you mean youbit hack\?/, '"did you mean" with the correction');
    await page.getByRole('link', { name: 'youbit hack' }).click();
    await page.waitForURL(/q=youbit\+hack/);
    t.match(await page.getByTestId('claim-list').innerText(), /Youbit/);
  });

  t.test('a verdict that breaks a rule shows the rule; evidence added by selecting a passage fixes it', async (t) => {
    const { context, page } = await h.signedIn('reviewer');
    t.teardown(() => context.close());
    const youbit = h.claimId('assets of South Korean cryptocurrency exchange Youbit');
    await page.goto(`/console/claims/${youbit}`);
    const status = page.getByRole('region', { name: 'Status' });
    await status.getByRole('radio').first().waitFor();
    t.same(await status.getByRole('radio').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)), ['verified', 'misleading', 'false', 'unverifiable'], 'only the verdicts a reviewer may set from in_review');
    await status.getByRole('radio', { name: 'false' }).check();
    await status.getByLabel(/Rationale/).fill('The article says 40%, but other reports disagree.');
    await status.getByRole('button', { name: /Set status/ }).click();
    const refusal = await status.getByRole('alert').innerText();
    t.match(refusal, /The verdict "false" needs at least one active "contradicts" evidence\./, 'the rule in plain words');
    t.match(refusal, /false-needs-contradicting-evidence/);
    await screenshot(page, 'claim-refused-verdict');

    // Add contradicting evidence by selecting the passage in the source's snapshot.
    await page.getByRole('link', { name: 'Add evidence from a source' }).click();
    await page.getByRole('heading', { name: 'Choose a source' }).waitFor();
    await page.getByRole('link', { name: 'North Korea and Crypto-Love' }).click();
    const snapshot = page.getByTestId('snapshot');
    await snapshot.waitFor();
    t.ok(await snapshot.locator('mark.quoted').count() > 0, 'passages already quoted are highlighted');
    const passage = 'The digital attack represented the equivalent of around $ 5 million';
    await dragSelect(page, '[data-testid="snapshot"]', passage);
    t.equal(await page.getByLabel('Quote').inputValue(), passage, 'the selection became the exact quote');
    t.match(await page.getByTestId('selector').innerText(), /Selector: characters \d+–\d+; before “.*”, after “.*”/);
    await page.getByRole('radio', { name: 'contradicts' }).check();
    await page.getByLabel('Note (optional)').fill('Gives the loss in dollars only.');
    await screenshot(page, 'add-evidence');
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page.getByRole('heading', { level: 1, name: /Youbit/ }).waitFor();
    t.match(await page.locator('.stance-contradicts').innerText(), /around \$ 5 million/, 'the new evidence is on the claim');

    const again = page.getByRole('region', { name: 'Status' });
    await again.getByRole('radio', { name: 'false' }).check();
    await again.getByLabel(/Rationale/).fill('Contradicted by the same article.');
    await again.getByRole('button', { name: /Set status/ }).click();
    await page.locator('.meta .badge', { hasText: 'false' }).first().waitFor();
    t.pass('with contradicting evidence, the verdict "false" is accepted');
  });

  t.test('a verdict with a rationale shows in the history; the claim as of an earlier time', async (t) => {
    const { context, page } = await h.signedIn('admin');
    t.teardown(() => context.close());
    const btc = h.claimId('11,000 bitcoins');
    await page.goto(`/console/claims/${btc}`);
    const before = new Date();
    await page.waitForTimeout(1100); // the picker has one-second resolution
    const status = page.getByRole('region', { name: 'Status' });
    await status.getByRole('radio', { name: 'misleading' }).check();
    const rationale = 'The NSA figure is real but mining was futile per KDB; the total comes mostly from theft.';
    await status.getByLabel(/Rationale/).fill(rationale);
    await status.getByRole('button', { name: /Set status/ }).click();
    await status.locator('blockquote.rationale', { hasText: rationale }).waitFor();
    await page.getByRole('button', { name: 'Copy JSON-LD' }).waitFor();
    t.match(await page.getByRole('region', { name: 'ClaimReview (schema.org)' }).innerText(), /"@type": "ClaimReview"/, 'a ClaimReview preview for the verdict, with a "Copy JSON-LD" button');

    await page.getByRole('link', { name: 'History and audit' }).click();
    const timeline = page.getByTestId('timeline');
    const last = timeline.locator('li').last();
    await last.waitFor();
    const text = await last.innerText();
    t.match(text, /status changed by Admin desk/);
    t.match(text, new RegExp(`Reason: ${rationale.slice(0, 30)}`));
    t.match(text, /status\s+in_review\s+misleading/, 'each field from → to');
    await screenshot(page, 'history');

    const local = new Date(before.getTime() - before.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
    await page.getByLabel('Date and time').fill(local);
    await page.getByRole('button', { name: 'Show' }).click();
    const asOf = page.getByTestId('as-of');
    await asOf.waitFor();
    t.equal(await asOf.locator('.badge').textContent(), 'in review', 'as it stood before the verdict');
    t.equal(await page.locator('.claim-text .badge').textContent(), 'misleading', 'while it is misleading now');
    t.match(page.url(), /asOf=/, 'the as-of view has its own URL');
    await screenshot(page, 'history-as-of');
  });

  t.test('retracting evidence needs a reason and takes it off the claim', async (t) => {
    const { context, page } = await h.signedIn('checker');
    t.teardown(() => context.close());
    const chosun = h.claimId('Chosun Expo');
    await page.goto(`/console/claims/${chosun}`);
    const item = page.locator('.evidence-item').first();
    await item.getByRole('button', { name: 'Retract…' }).click();
    t.ok(await item.getByRole('button', { name: 'Retract evidence' }).isDisabled(), 'no retraction without a reason');
    await item.getByLabel('Reason for retracting').fill('The article hedges ("reportedly") and cites nothing.');
    await item.getByRole('button', { name: 'Retract evidence' }).click();
    await page.getByText('No evidence yet.').waitFor();
    const event = h.app.db.$client.prepare("SELECT reason FROM audit_events WHERE claim_id = ? AND action = 'evidence.retracted'").get(chosun) as { reason: string } | undefined;
    t.equal(event?.reason, 'The article hedges ("reportedly") and cites nothing.', 'the reason is in the audit log');
  });

  t.test('two people edit the same claim: the second gets the 412 message and loses nothing', async (t) => {
    const claim = h.claimId('AppleJeus');
    const a = await h.signedIn('checker');
    const b = await h.signedIn('reviewer');
    t.teardown(async () => { await a.context.close(); await b.context.close(); });
    for (const { page } of [a, b]) {
      await page.goto(`/console/claims/${claim}`);
      await page.getByRole('button', { name: 'Edit text' }).click();
    }
    const textA = 'The Lazarus group attacked a cryptocurrency exchange in Asia with the AppleJeus malware for macOS.';
    const textB = 'The Lazarus hacking group attacked an Asian cryptocurrency exchange using AppleJeus Mac malware in 2018.';
    await a.page.getByLabel('Text', { exact: true }).fill(textA);
    await a.page.getByRole('button', { name: 'Save text' }).click();
    await a.page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await b.page.getByLabel('Text', { exact: true }).fill(textB);
    await b.page.getByRole('button', { name: 'Save text' }).click();
    const message = await b.page.getByRole('alert').innerText();
    t.match(message, /changed by Checker desk at/, 'who changed it');
    t.match(message, /Your text is kept/);
    t.equal(await b.page.getByLabel('Text', { exact: true }).inputValue(), textB, 'the second person\'s text is still there');
    await screenshot(b.page, 'claim-412');
    await b.page.getByRole('button', { name: /Reload the claim/ }).click();
    await b.page.getByRole('heading', { level: 1, name: /macOS/ }).waitFor();
    t.equal(await b.page.getByLabel('Text', { exact: true }).inputValue(), textB, 'still there after reloading');
    await b.page.getByRole('button', { name: 'Save text' }).click();
    await b.page.getByRole('heading', { level: 1, name: /in 2018/ }).waitFor();

    const history = h.app.db.$client.prepare("SELECT changes FROM audit_events WHERE claim_id = ? AND action = 'claim.updated' ORDER BY seq").all(claim) as Array<{ changes: string }>;
    t.same(history.map((e) => JSON.parse(e.changes).text.to), [textA, textB], 'both edits are in the history, in order: nothing lost');
  });
});
