/**
 * What WCAG 2.2 AA asks of the layout, measured in Chromium on every page of the
 * fixture site (both notices), in Vietnamese and in English: reflow at 320 CSS px, text
 * at 200 %, target size, one h1, landmarks, a working skip link, the print previews' sheets
 * and headings. Most are in tests/a11y/fixture-pages.ts, which reads each page in one load
 * with axe and ace (the skip link last, as it changes the page); text at 200 %, which restyles
 * the page, in tests/a11y/keyboard.test.ts, in the load its privacy check and keyboard walk
 * read, put back before the walk. Here, the colour scheme.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST, SEED_SLUG } from '../support/paths.ts';
import { reusedTabs, type TabOptions } from '../support/tab.ts';

let site: SiteSession;

beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
});
afterAll(() => site?.close());

const tab = reusedTabs(() => site.browser);
const open = (pagePath: string, options: TabOptions = {}): Promise<Page> => tab(site.url + pagePath, options);

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
