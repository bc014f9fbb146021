/**
 * A second accessibility engine beside axe (tests/a11y/axe.test.ts): IBM's Equal Access
 * engine (tests/support/checkers/ace.ts) on every page of the fixture site, which holds every
 * kind of page of dist/ and more (the seed and the second notice, a replaced notice and a
 * draft with their banners, signed and scanned originals, print previews, search, the
 * directory, 404), in Vietnamese and in English, in the light and the dark scheme.
 * Neither engine fails a heading before the h1 (a status banner's h2 did that), so the same
 * pass also reads the page's visible headings: one h1, first, and no level skipped after it.
 * Then the same engine on a page broken on purpose, to show it fails where it should.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aceFailures, headingLevels, headingProblems } from '../support/checkers/ace.ts';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST, SEED_SLUG } from '../support/paths.ts';
import { sitePages } from '../../scripts/lib/site-pages.ts';
import { CHAIN } from '../support/chain.ts';
import { reusedTabs } from '../support/tab.ts';

let site: SiteSession;
const tab = reusedTabs(() => site.browser);
beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
});
afterAll(() => site?.close());

const pages = sitePages(FIXTURE_DIST);

describe('IBM Equal Access (ace) on every page of the fixture site', () => {
  it('has both languages and the pages with a status banner to check', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/en/', `/thong-bao/${CHAIN.replaced}/`, `/thong-bao/${CHAIN.draft}/`, `/en/thong-bao/${SEED_SLUG}/ban-in/`, '/404.html']));
  });

  // Page by page, each in the light then the dark scheme: the dark check keeps the page loaded
  // and the engine in it, and switches the scheme as the system setting does (tests/support/tab.ts).
  describe.each(pages)('%s', (pagePath) => {
    it.each(['light', 'dark'] as const)('no failure in the %s scheme, headings from one h1', async (scheme) => {
      // bypassCSP: the pages' policy rightly refuses the engine's script, which the test injects.
      const page = await tab(site.url + pagePath, { colorScheme: scheme, bypassCSP: true, keep: true });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      expect(await aceFailures(page)).toEqual([]);
      expect(headingProblems(await headingLevels(page))).toEqual([]);
    });
  });
});

describe('the heading check fails headings that do not nest', () => {
  it('a heading before the h1, two h1s, a skipped level', () => {
    expect(headingProblems([2, 1, 2])).toEqual(['the first heading is h2, not h1']);
    expect(headingProblems([1, 2, 1])).toEqual(['2 h1 headings']);
    expect(headingProblems([1, 3])).toEqual(['heading 2 is h3 after h1']);
    expect(headingProblems([1, 2, 3, 2, 3])).toEqual([]);
  });
});

describe('ace fails a page broken on purpose', () => {
  it('reports an image without alt text, a field without a label and grey-on-white text', async () => {
    const page = await site.browser.newPage({ bypassCSP: true });
    try {
      await page.goto(`${site.url}/thong-bao/${SEED_SLUG}/`);
      await page.evaluate(() => {
        const main = document.querySelector('main')!;
        main.insertAdjacentHTML('afterbegin', '<img src="/favicon.svg"><input type="text"><p style="color:#aaa;background:#fff">Số điện thoại</p>');
      });
      const rules = new Set((await aceFailures(page)).map((f) => f.rule));
      expect([...rules]).toEqual(expect.arrayContaining(['img_alt_valid', 'input_label_exists', 'text_contrast_sufficient']));
    } finally {
      await page.close();
    }
  });
});
