/**
 * axe-core on every page of both built sites (found from the sitemap, plus 404; the
 * English pages included), in
 * the light and the dark colour scheme (the notices' print previews too, which the
 * sitemap leaves out), with the WCAG 2.0/2.1/2.2 A and AA rules and
 * axe's best practices. The search page is also checked with results on screen.
 * No rule is switched off. The fixture site's pages are checked in tests/a11y/fixture-pages.ts,
 * in the same load as ace and the layout checks; here, that the list of its pages is whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { loadEngines } from '../support/checkers/engines.ts';
import { connectBrowser } from '../support/browser.ts';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server.ts';
import { DIST, FIXTURE_DIST, SEED_SLUG, SECOND_SLUG } from '../support/paths.ts';
import { isPrintPreview, sitemapPages, sitePages } from '../../scripts/lib/site-pages.ts';
import { DIRECTORY_PATH } from '../../src/lib/urls.ts';
import { CHAIN } from '../support/chain.ts';
import { reusedTabs } from '../support/tab.ts';

/** axe on the page, loaded by address so that its compiled code is reused (tests/support/checkers/engines.ts). */
async function axe(page: Page) {
  await loadEngines(page, ['axe']);
  return axeViolations(page);
}

let browser: Browser;
const tab = reusedTabs(() => browser);
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The English pages are in the sitemap too: the translated seed and its print preview,
// and the second notice, which has no translation (its English page says so; no preview).
const english = ['/en/', '/en/tim-kiem/', `/en/thong-bao/${SEED_SLUG}/`, `/en/thong-bao/${SEED_SLUG}/ban-in/`];
for (const [name, dist, mustHave, everyPage] of [
  ['dist/', DIST, [`/thong-bao/${SEED_SLUG}/`, `/thong-bao/${SEED_SLUG}/ban-in/`, `/${DIRECTORY_PATH}`, ...english, `/en/${DIRECTORY_PATH}`], true],
  [
    'fixture site',
    FIXTURE_DIST,
    [
      `/thong-bao/${SEED_SLUG}/`,
      `/thong-bao/${SECOND_SLUG}/`,
      `/thong-bao/${SEED_SLUG}/ban-in/`,
      `/thong-bao/${SECOND_SLUG}/ban-in/`,
      // The directory, and each notice of the chain: a replaced notice with its banner, a draft with its own.
      `/${DIRECTORY_PATH}`,
      ...Object.values(CHAIN).map((slug) => `/thong-bao/${slug}/`),
      `/thong-bao/${CHAIN.replaced}/ban-in/`,
      ...english,
      `/en/thong-bao/${SECOND_SLUG}/`,
      // In English: the directory and the replaced notice's banner.
      `/en/${DIRECTORY_PATH}`,
      `/en/thong-bao/${CHAIN.replaced}/`,
    ],
    // Each page in tests/a11y/fixture-pages.ts.
    false,
  ],
] as const) {
  describe(`axe on every page of ${name}`, () => {
    let server: StaticServer;
    const pages = sitePages(dist);
    beforeAll(async () => {
      server = await serveDir(dist);
    });
    afterAll(async () => {
      await server?.close();
    });

    it('finds the pages from the sitemap, notices and their print previews included', () => {
      expect(pages).toEqual(expect.arrayContaining(['/', '/tim-kiem/', '/404.html', ...mustHave]));
      // The previews are noindex, so the sitemap leaves them out; sitePages() adds them.
      const inSitemap = sitemapPages(dist);
      expect(inSitemap).toEqual(expect.arrayContaining(mustHave.filter((p) => !isPrintPreview(p))));
      expect(inSitemap.filter(isPrintPreview)).toEqual([]);
    });

    // Page by page, each in the light then the dark scheme: the dark check keeps the page
    // loaded and axe in it, and switches the scheme as the system setting does (tests/support/tab.ts).
    if (everyPage) describe.each(pages)('%s', (pagePath) => {
      it.each(['light', 'dark'] as const)('passes in the %s scheme', async (scheme) => {
        const page = await tab(server.url + pagePath, { colorScheme: scheme, bypassCSP: true, keep: true });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        expect(await axe(page)).toEqual([]);
      });
    });

    describe.each(['/tim-kiem/?q=duong', '/en/tim-kiem/?q=hotline'])('the search page with results, %s', (query) => {
      it.each(['light', 'dark'] as const)('passes in the %s scheme', async (scheme) => {
        const page = await tab(`${server.url}${query}`, { colorScheme: scheme, bypassCSP: true, keep: true });
        await page.locator('#danh-sach mark').first().waitFor();
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        expect(await axe(page)).toEqual([]);
      });
    });
  });
}
