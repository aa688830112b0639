// The public fact-check pages in a real browser: the ClaimReview read from the DOM passes the same
// validator as the API's, and axe-core finds no serious or critical violation, at 1440 px and 375 px, on a
// fact-check page, one under re-review with a correction, the index and a search.
import t from 'tap';
import { SYSTEM_ACTOR_ID } from '../../src/services/api-keys.js';
import { validateClaimReview } from '../publishing/claim-review-validator.js';
import { axeViolations, requireBrowser, screenshot, startHarness } from './harness.js';

if (requireBrowser(t)) {
  t.test('fact-check pages: JSON-LD from the DOM is valid, no serious or critical axe violations', async (t) => {
    const h = await startHarness(t);
    const s = h.app.services;
    const published = await s.publications.list({ limit: 10 });
    t.ok(published.length >= 4, 'the seed verdicts are published');
    const slug = published[0]!.publication.slug;

    // A correction: re-open the "misleading" seed verdict, rate it again, publish.
    const corrected = h.claimId('laundered without leaving any trace');
    const system = { id: SYSTEM_ACTOR_ID, name: 'system', role: 'admin' as const };
    await s.claims.setStatus(system, corrected, '*', 'in_review', 'A reader pointed at mixers and privacy coins.');
    await s.claims.setStatus(system, corrected, '*', 'unverifiable', 'Whether mixers and privacy coins leave no trace cannot be settled from the sources in hand.');
    await s.publications.publish(system.id, corrected, {});
    const correctedSlug = (await s.publications.get(corrected)).publication.slug;

    const context = await h.browser.newContext({ baseURL: h.baseUrl, javaScriptEnabled: true });
    t.teardown(() => context.close());
    const page = await context.newPage();
    for (const [name, url] of [['fact-check', `/fact-checks/${slug}`], ['corrected', `/fact-checks/${correctedSlug}`], ['index', '/fact-checks'], ['search', '/fact-checks?q=lazarus%20sony']] as const) {
      for (const width of [1440, 375]) {
        await page.setViewportSize({ width, height: 900 });
        const res = await page.goto(url);
        t.equal(res?.status(), 200, `${name}: 200`);
        t.same(await axeViolations(page), [], `${name} at ${width} px: no serious or critical axe-core violations`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        t.ok(overflow <= 1, `${name} at ${width} px: no horizontal scrolling`);
        await screenshot(page, `public-${name}-${width}`);
      }
      if (name === 'fact-check' || name === 'corrected') {
        const json = await page.evaluate(() => document.querySelector('script[type="application/ld+json"]')?.textContent ?? '');
        const doc = JSON.parse(json);
        const result = await validateClaimReview(doc);
        t.same(result.vocabulary, [], `${name}: the JSON-LD in the DOM is schema.org vocabulary`);
        t.same(result.required, [], `${name}: every required property`);
        t.same(result.recommended.filter((p) => p !== 'Claim.datePublished'), [], `${name}: every recommended property the data allows`);
        if (name === 'corrected') {
          t.ok(doc.dateModified, 'the corrected page carries dateModified');
          t.ok(await page.getByRole('heading', { name: 'Correction' }).isVisible(), 'the correction note is visible');
        }
      }
    }
    const search = page.getByRole('searchbox', { name: 'Search fact-checks' });
    await page.goto('/fact-checks');
    await search.fill('pyongyang conference');
    await search.press('Enter');
    await page.waitForURL(/q=pyongyang/);
    t.ok(await page.getByRole('link', { name: /blockchain conference/i }).isVisible(), 'search finds the published fact-check');
  });
}
