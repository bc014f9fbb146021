/**
 * Every page of the fixture site (found from the sitemap, plus the print previews and 404),
 * which holds every kind of page of dist/ and more (the seed and the second notice, a replaced
 * notice and a draft with their banners, signed and scanned originals, reception schedules,
 * search, the directory), in Vietnamese and in English, loaded ONCE and read by:
 *  - the layout's checks (WCAG 2.2 AA): reflow at 320 CSS px, targets of 24×24 px, one h1
 *    and the landmarks, a print preview's sheets across 320 px and its headings; and, last, as
 *    it changes the page, the skip link (text at 200 %, which restyles the page, is in
 *    keyboard.test.ts, in the load its keyboard walk reads, put back before the walk);
 *  - axe-core, in the light and the dark colour scheme, with the WCAG 2.0/2.1/2.2 A and AA
 *    rules and axe's best practices, none switched off (dist/'s pages: axe.test.ts);
 *  - IBM's Equal Access engine (ace), a second accessibility engine (tests/support/checkers/ace.ts),
 *    in both schemes, and the page's visible headings: one h1, first, no level skipped
 *    (neither engine fails a heading before the h1, which a status banner's h2 once did);
 *    the engine failing a page broken on purpose is in tests/checkers/ace.test.ts.
 *
 * Both engines' rules run in the light scheme; in the dark one, the rules that read colours
 * (COLOUR_RULES), after the test has shown that the dark scheme changes colours and nothing
 * else on the page: every rule of the page's stylesheets that applies to a colour scheme only
 * sets custom properties to colours, and every element has the same box in both schemes. The
 * document is the same one (the scheme is switched, not the page loaded again), so every other
 * rule would read in the dark what it read in the light, and give the same answer: run on every
 * page in both schemes, only axe's color-contrast and ace's text_contrast_sufficient ever
 * answered differently. Running them once saves a third of the engines' CPU.
 *
 * Why one pass: these were three files (axe.test.ts, checkers/ace.test.ts, layout.test.ts), each
 * loading every page again; loading a page and its styles is a third of what checking it costs.
 * Here the tests of a page only read it and keep its document (tests/support/tab.ts), but the
 * last, which starts from the document as loaded and only read, so each page is loaded once, resized and switched from the light to the dark scheme as a person
 * resizing the window or changing the system setting would. Each check is still a test of its
 * own, named by page, engine and scheme, and reads the page in the viewport and scheme it sets.
 *
 * The tab bypasses the pages' CSP, which rightly refuses the engines' scripts. What the pages
 * show does not depend on it: tests/privacy/ loads every page with the policy in force and
 * fails on any violation, so nothing the policy would block is on a page.
 *
 * Two test files run the pass, so that the two halves of the work go to two workers:
 * fixture-pages.test.ts the Vietnamese pages, fixture-pages-en.test.ts the English ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { aceFailures, headingLevels, headingProblems } from '../support/checkers/ace.ts';
import { loadEngines } from '../support/checkers/engines.ts';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST } from '../support/paths.ts';
import { isPrintPreview, sitePages } from '../../scripts/lib/site-pages.ts';
import { reusedTabs, type TabOptions } from '../support/tab.ts';
import { sideways, smallTargets, words } from './layout-checks.ts';

/** The rules of each engine that read the colours of the page: the ones that run in both schemes. */
export const COLOUR_RULES = {
  axe: ['color-contrast', 'link-in-text-block'],
  ace: ['text_contrast_sufficient', 'form_font_color', 'style_color_misuse', 'style_highcontrast_visible', 'style_focus_visible'],
};

/** The declarations of the page's stylesheets under a colour-scheme media query that set anything but a custom property to a colour. */
function schemeDeclarationsNotColours(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const colour = /^(#[0-9a-f]{3,8}|(rgb|hsl)a?\([^()]*\)|transparent|currentcolor)$/i;
    const bad: string[] = [];
    let seen = 0;
    const declarations = (rules: CSSRuleList, inScheme: boolean) => {
      for (const rule of rules) {
        const scheme = inScheme || (rule instanceof CSSMediaRule && /prefers-color-scheme/.test(rule.media.mediaText));
        if (rule instanceof CSSImportRule) {
          if (rule.styleSheet) declarations(rule.styleSheet.cssRules, scheme);
          continue;
        }
        if (scheme && 'style' in rule) {
          const style = (rule as CSSStyleRule).style;
          for (const name of style) {
            seen++;
            const value = style.getPropertyValue(name).trim();
            if (!name.startsWith('--') || !colour.test(value)) bad.push(`${name}: ${value}`);
          }
        }
        if ('cssRules' in rule) declarations((rule as CSSGroupingRule).cssRules, scheme);
      }
    };
    for (const sheet of document.styleSheets) declarations(sheet.cssRules, false);
    if (seen === 0) bad.push('no rule for a colour scheme found: the page would look the same in both');
    return bad;
  });
}

/** Every element's box, in document order. */
function boxes(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .map((e) => {
        const r = e.getBoundingClientRect();
        return `${e.tagName} ${r.x},${r.y},${r.width},${r.height}`;
      })
      .join('\n'),
  );
}

/** The fixture site's pages (sitemap, print previews, 404). */
export const FIXTURE_PAGES = sitePages(FIXTURE_DIST);
/** An English page: under /en/. */
export const isEnglish = (pagePath: string) => pagePath.startsWith('/en/');

/** The pass over each of `pages`, in the calling test file's own tab. */
export function checkPages(pages: string[]): void {
  let site: SiteSession;
  beforeAll(async () => {
    site = await openSite(FIXTURE_DIST);
  });
  afterAll(() => site?.close());

  const tab = reusedTabs(() => site.browser);
  /** The page in the file's one tab, its document kept from the test before: every test here only reads. */
  const open = (pagePath: string, options: TabOptions = {}): Promise<Page> => tab(site.url + pagePath, { ...options, bypassCSP: true, keep: true });

  describe.each(pages)('%s', (pagePath) => {
    it('reflows at 320 CSS px without sideways scrolling', async () => {
      const page = await open(pagePath, { viewport: { width: 320, height: 640 } });
      expect(await sideways(page)).toEqual({ scrolls: false, tooWide: [] });
    });

    it('gives every link and button a target of at least 24×24 px, or the spacing 2.5.8 allows', async () => {
      const page = await open(pagePath, { viewport: { width: 390, height: 800 } });
      expect(await smallTargets(page)).toEqual([]);
    });

    it('has one h1, one banner, one main, one contentinfo, and nothing outside them', async () => {
      const page = await open(pagePath);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      expect(await page.getByRole('banner').count()).toBe(1);
      expect(await page.getByRole('main').count()).toBe(1);
      expect(await page.getByRole('contentinfo').count()).toBe(1);
      // Pages built on src/layouts/Base.astro carry the site's search box in their banner.
      // The print preview (ban-in/) is a proofreading view of one notice: its banner leads
      // back to the notice and the site, and it has no search of its own.
      expect(await page.getByRole('search').count()).toBe(isPrintPreview(pagePath) ? 0 : 1);
      const outside = await page.$$eval('body > *', (els) =>
        els.filter((e) => !e.matches('header, main, footer, .skip-link, script')).map((e) => e.tagName),
      );
      expect(outside).toEqual([]);
    });

    if (isPrintPreview(pagePath)) {
      it('shows each A4 sheet whole across a 320 px screen, no smaller than it must be', async () => {
        const page = await open(pagePath, { viewport: { width: 320, height: 640 } });
        const paper = await page.evaluate(() => document.querySelector('.pp-paper')!.getBoundingClientRect());
        expect(paper.left).toBeGreaterThanOrEqual(0);
        expect(paper.right).toBeLessThanOrEqual(320);
        expect(paper.width).toBeGreaterThan(280);
      });

      it('gives assistive technology the heading the sheets do not show, between the h1 and the sections', async () => {
        const page = await open(pagePath);
        // The headings the screen's accessibility tree has (the document's h1 for paper is display: none here).
        const headings = await page.$$eval('h1, h2, h3', (hs) => hs.filter((h) => h.checkVisibility()).map((h) => h.tagName));
        // The page's h1, the full text's h2 (not shown on the sheets), then the clauses.
        expect(headings.slice(0, 3)).toEqual(['H1', 'H2', 'H2']);
        await expect(page.getByRole('heading', { level: 2, name: words(pagePath).fullText }).count()).resolves.toBe(1);
      });
    }

    // The engines after the layout's readings: they add their scripts to the document (and nothing a reading looks at).
    describe('in the light scheme', () => {
      it('axe passes', async () => {
        const page = await open(pagePath, { colorScheme: 'light' });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
        await loadEngines(page, ['axe']);
        expect(await axeViolations(page)).toEqual([]);
      });

      it('ace finds no failure, and the headings go down from one h1', async () => {
        const page = await open(pagePath, { colorScheme: 'light' });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
        await loadEngines(page, ['ace']);
        expect(await aceFailures(page)).toEqual([]);
        expect(headingProblems(await headingLevels(page))).toEqual([]);
      });
    });

    describe('in the dark scheme', () => {
      it('changes colours only: its stylesheets set colours for a scheme and nothing else, and every box stays where it was', async () => {
        const light = await boxes(await open(pagePath, { colorScheme: 'light' }));
        const page = await open(pagePath, { colorScheme: 'dark' });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
        expect(await schemeDeclarationsNotColours(page)).toEqual([]);
        expect(await boxes(page)).toBe(light);
      });

      it('axe passes (the rules that read colours; the others read what they read in the light)', async () => {
        const page = await open(pagePath, { colorScheme: 'dark' });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
        await loadEngines(page, ['axe']);
        expect(await axeViolations(page, { rules: COLOUR_RULES.axe })).toEqual([]);
      });

      it('ace finds no failure (the rules that read colours), and the headings go down from one h1', async () => {
        const page = await open(pagePath, { colorScheme: 'dark' });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
        await loadEngines(page, ['ace']);
        expect(await aceFailures(page, undefined, { rules: COLOUR_RULES.ace })).toEqual([]);
        expect(headingProblems(await headingLevels(page))).toEqual([]);
      });
    });

    // Last, as it changes the page (focus, the address's #fragment): from the document as loaded and
    // only read so far, where nothing has had focus yet, as on a page just opened.
    it('starts with a skip link that shows on focus and moves focus into main', async () => {
      const page = await tab(site.url + pagePath, { bypassCSP: true, keep: true, changes: true });
      expect(await page.evaluate(() => document.activeElement === document.body && location.hash === '')).toBe(true);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: words(pagePath).skip });
      expect(await skip.evaluate((e) => e === document.activeElement)).toBe(true);
      const box = await skip.boundingBox();
      expect(box && box.y >= 0 && box.height >= 24).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
      // The next Tab lands on the first control inside main (or beyond), not back in the header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('main, footer') || document.activeElement === document.body)).toBe(true);
    });
  });
}
