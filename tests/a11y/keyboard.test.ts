/**
 * The whole page by keyboard alone: Tab from the top reaches, in order, the skip link,
 * the way to the directory of hotlines, the search box and button, every call link, e-mail link, the map, the Facebook page,
 * and shows a visible focus indicator on each stop. Read in Chromium on the fixture
 * site: the seed has Facebook, the second notice has an e-mail address.
 *
 * The fixture site's privacy and security checks (tests/privacy/site-privacy.ts) run in this
 * file, and each page's walk starts from the document that check loaded and only read: the
 * page as a person opens it, with the site's policy and the headers of its _headers in force,
 * nothing focused yet. Before the walk, in the same load, each page is read with its text at
 * 200 % on a phone (WCAG 1.4.4), and the text size and the viewport are put back. These were
 * three files (with tests/privacy/privacy-fixture.test.ts and the text test of layout.test.ts),
 * each loading every page for itself; a load costs more CPU than the checks that read it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST, SEARCH_DIST, SECOND_SLUG, SEED_SLUG } from '../support/paths.ts';
import { DIRECTORY_PATH } from '../../src/lib/urls.ts';
import { sitePages } from '../../scripts/lib/site-pages.ts';
import { reusedTabs } from '../support/tab.ts';
import { describeSitePrivacy } from '../privacy/site-privacy.ts';
import { sideways } from './layout-checks.ts';

interface Stop {
  tag: string;
  href: string | null;
  name: string;
  /** A focus ring someone can see: an outline or box-shadow of at least 2 px. */
  visible: boolean;
}

/** Presses Tab until focus leaves the page or comes round again; returns every stop. */
async function tabPath(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      if (!e || e === document.body) return null;
      const cs = getComputedStyle(e);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
      const shadow = cs.boxShadow !== 'none';
      return {
        tag: e.tagName.toLowerCase(),
        href: e.getAttribute('href'),
        name: (e.getAttribute('aria-label') ?? e.textContent ?? '').replace(/\s+/g, ' ').trim(),
        visible: (outline || shadow) && e.matches(':focus-visible'),
      };
    });
    if (!stop) break;
    if (stops.length && stop.tag === stops[0].tag && stop.href === stops[0].href && stop.name === stops[0].name) break;
    stops.push(stop);
  }
  return stops;
}

interface Walk {
  stops: Stop[];
  /** The links and controls a person can see (the skip link too, shown on focus), counted after the walk. */
  focusable: number;
}

/**
 * Each page's walk, from the page as loaded, once per run: the seed's and the second notice's
 * are read by their own tests and again by the every-page test, and a Tab press costs the
 * browser ≈ 15 ms of CPU (the focus moves, the page is laid out and painted again).
 */
const walks = new Map<string, Promise<Walk>>();
function walk(pagePath: string, asLoaded: () => Promise<Page>): Promise<Walk> {
  let w = walks.get(pagePath);
  if (!w) {
    w = (async () => {
      const page = await asLoaded();
      const stops = await tabPath(page);
      const focusable = await page.$$eval('a[href], button, input, select, textarea', (els) => els.filter((e) => e.getClientRects().length > 0 || e.classList.contains('skip-link')).length);
      return { stops, focusable };
    })();
    // A walk that failed (a timeout, a closed tab) is not kept: the next test walks again.
    w.catch(() => walks.delete(pagePath));
    walks.set(pagePath, w);
  }
  return w;
}

const SEED_PAGE = `/thong-bao/${SEED_SLUG}/`;
const SECOND_PAGE = `/thong-bao/${SECOND_SLUG}/`;

it('walks the seed and the second notice with the other pages of the fixture site', () => {
  // Their own tests below are added with their page's: they run only if the pages are there.
  expect(sitePages(FIXTURE_DIST)).toEqual(expect.arrayContaining([SEED_PAGE, SECOND_PAGE]));
});

describeSitePrivacy('fixture site', FIXTURE_DIST, [SEED_SLUG, SECOND_SLUG], (pagePath, asLoaded) => {
  // Before the walk, in its load: the test puts back the text size and the viewport it changes.
  it('stays whole with text at 200 % on a phone', async () => {
    const page = await asLoaded({ restores: true });
    const viewport = page.viewportSize();
    // Text-only zoom: the root font size doubled, as the browser's text-size setting does. Set
    // through the CSSOM, which the site's policy allows (it refuses a <style> added to the page).
    const before = await page.evaluate(() => {
      const html = document.documentElement;
      const was = html.getAttribute('style') === null ? null : html.style.cssText;
      html.style.setProperty('font-size', '200%', 'important');
      return was;
    });
    try {
      await page.setViewportSize({ width: 390, height: 800 });
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(32);
      expect(await sideways(page)).toEqual({ scrolls: false, tooWide: [] });
      // Nothing clipped: no control cuts off its own text.
      const clipped = await page.$$eval('a, button, input, label', (els) =>
        els.filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow !== 'visible').map((e) => e.outerHTML.slice(0, 80)),
      );
      expect(clipped).toEqual([]);
    } finally {
      await page.evaluate((was) => {
        const html = document.documentElement;
        if (was === null) html.removeAttribute('style');
        else html.style.cssText = was;
      }, before);
      if (viewport) await page.setViewportSize(viewport);
    }
  });

  describe('keyboard only', () => {
    if (pagePath === SEED_PAGE)
      it('reaches every action on the seed notice, in reading order, each with a visible focus', async () => {
        const { stops } = await walk(pagePath, asLoaded);
        const hrefs = stops.map((s) => s.href ?? s.tag);
        expect(stops[0].name).toBe('Bỏ qua, đến nội dung chính');
        const expected: (string | RegExp)[] = [
          '#noi-dung',
          '/',
          '/duong-day-nong/',
          'input',
          'button',
          'tel:+84934336639',
          'tel:+84969661341',
          /^https:\/\/www\.openstreetmap\.org\//,
          'https://www.facebook.com/haiphongdofa?locale=vi_VN',
        ];
        // Each action is reached, in this order (other stops may come between or after).
        let from = 0;
        const missing: string[] = [];
        for (const want of expected) {
          const at = hrefs.findIndex((h, i) => i >= from && (typeof want === 'string' ? h === want : want.test(h)));
          if (at < 0) missing.push(String(want));
          else from = at + 1;
        }
        expect(missing).toEqual([]);
        expect(stops.filter((s) => !s.visible)).toEqual([]);
      });

    if (pagePath === SECOND_PAGE)
      it('reaches the e-mail link of the second notice', async () => {
        const { stops } = await walk(pagePath, asLoaded);
        expect(stops.some((s) => s.href?.startsWith('mailto:vanphong.thunghiem@example.gov.vn'))).toBe(true);
        expect(stops.filter((s) => s.href?.startsWith('tel:')).length).toBeGreaterThanOrEqual(2);
        expect(stops.filter((s) => !s.visible)).toEqual([]);
      });

    it('every link and control is reachable by Tab and shows its focus', async () => {
      const { stops, focusable } = await walk(pagePath, asLoaded);
      expect(stops.length).toBe(focusable);
      expect(stops.filter((s) => !s.visible)).toEqual([]);
    });
  });
});

describe('keyboard only, searching', () => {
  let site: SiteSession;
  const tab = reusedTabs(() => site.browser);
  // On the two-notice search site, so the one expected result is the only right one.
  beforeAll(async () => {
    site = await openSite(SEARCH_DIST);
  });
  afterAll(() => site?.close());

  it('searches from the header box with Enter', async () => {
    const page = await tab(`${site.url}${SEED_PAGE}`);
    // Skip link, site name, the directory, then the search box.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('dien bien phu');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/tim-kiem/?q=*');
    // The notice, and the directory of hotlines, which lists its address.
    await expect
      .poll(async () => (await page.$$eval('#danh-sach h2 > a', (as) => as.map((a) => a.getAttribute('href')))).sort(), { timeout: 10_000 })
      .toEqual([`/${DIRECTORY_PATH}`, SECOND_PAGE]);
  });
});
