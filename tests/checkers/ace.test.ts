/**
 * A second accessibility engine beside axe (tests/a11y/axe.test.ts): IBM's Equal Access
 * engine (tests/support/checkers/ace.ts) runs on every page of the fixture site, which holds every
 * kind of page of dist/ and more (the seed and the second notice, a replaced notice and a
 * draft with their banners, signed and scanned originals, print previews, search, the
 * directory, 404), in Vietnamese and in English, in the light and the dark scheme, in
 * tests/a11y/fixture-pages.ts: there each page is loaded once for axe, ace and the layout
 * checks. Neither engine fails a heading before the h1 (a status banner's h2 did that), so the
 * same pass also reads the page's visible headings: one h1, first, and no level skipped after it.
 * Here: that those pages are there to check, the heading check's own cases, and the engine on a
 * page broken on purpose, to show it fails where it should.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aceFailures, headingProblems } from '../support/checkers/ace.ts';
import { loadEngines } from '../support/checkers/engines.ts';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST, SEED_SLUG } from '../support/paths.ts';
import { sitePages } from '../../scripts/lib/site-pages.ts';
import { CHAIN } from '../support/chain.ts';

let site: SiteSession;
beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
});
afterAll(() => site?.close());

const pages = sitePages(FIXTURE_DIST);

describe('IBM Equal Access (ace) on every page of the fixture site', () => {
  it('has both languages and the pages with a status banner to check', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/en/', `/thong-bao/${CHAIN.replaced}/`, `/thong-bao/${CHAIN.draft}/`, `/en/thong-bao/${SEED_SLUG}/ban-in/`, '/404.html']));
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
      await loadEngines(page, ['ace']);
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
