/**
 * What WCAG 2.2 AA asks of the layout, measured in Chromium on every page of the
 * fixture site (both notices), in Vietnamese and in English: reflow at 320 CSS px, text
 * at 200 %, target size, one h1, landmarks, a working skip link. The checks that only read
 * the page (reflow, target size, h1 and landmarks) are in tests/a11y/fixture-pages.test.ts,
 * which reads them in the same load as axe and ace; here, the ones that change the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST, SEED_SLUG } from '../support/paths.ts';
import { isPrintPreview, sitePages } from '../../scripts/lib/site-pages.ts';
import { reusedTabs, type TabOptions } from '../support/tab.ts';
import { sideways, words } from './layout-checks.ts';

const pages = sitePages(FIXTURE_DIST);
let site: SiteSession;

beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
});
afterAll(() => site?.close());

const tab = reusedTabs(() => site.browser);
const open = (pagePath: string, options: TabOptions = {}): Promise<Page> => tab(site.url + pagePath, options);

// Each test changes the page, so each gets a new document (tests/support/tab.ts).
describe.each(pages)('%s', (pagePath) => {
  it('stays whole with text at 200 % on a phone', async () => {
    // Text-only zoom: the root font size doubled, as the browser's text-size setting does.
    const page = await open(pagePath, { viewport: { width: 390, height: 800 }, bypassCSP: true });
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(32);
    expect(await sideways(page)).toEqual({ scrolls: false, tooWide: [] });
    // Nothing clipped: no control cuts off its own text.
    const clipped = await page.$$eval('a, button, input, label', (els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow !== 'visible').map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(clipped).toEqual([]);
  });

  it('starts with a skip link that shows on focus and moves focus into main', async () => {
    const page = await open(pagePath);
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

describe.each(pages.filter(isPrintPreview))('print preview %s', (pagePath) => {
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
});

describe('colour scheme', () => {
  it('follows the system: dark background and light text when the system is dark, and the reverse', async () => {
    const lum = (rgb: string) => {
      const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const colours = async (scheme: 'light' | 'dark') => {
      const page = await open(`/thong-bao/${SEED_SLUG}/`, { colorScheme: scheme });
      const c = await page.evaluate(() => {
        const cs = getComputedStyle(document.body);
        const call = getComputedStyle(document.querySelector('.call')!);
        return { bg: cs.backgroundColor, fg: cs.color, callBg: call.backgroundColor };
      });
        return c;
    };
    const light = await colours('light');
    const dark = await colours('dark');
    expect(lum(light.bg)).toBeGreaterThan(200);
    expect(lum(light.fg)).toBeLessThan(60);
    expect(lum(dark.bg)).toBeLessThan(40);
    expect(lum(dark.fg)).toBeGreaterThan(200);
    expect(dark.callBg).not.toBe(light.callBg);
  });
});
