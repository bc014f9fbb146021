/**
 * One browser tab per test file, navigated from page to page, for the files that look at
 * every page of a site one by one (axe, ace, layout, keyboard, privacy).
 *
 * Why: a new page is a new browser context and a new renderer process, and the checkers'
 * scripts (axe, ace: hundreds of kilobytes) are compiled again in each. Measured here on
 * the fixture site, a tab reused across pages runs axe or ace in the light and the dark
 * scheme in 40 % of the time of a new page per check. Nothing carries over that a check could
 * see: each test navigates, which gives a new document (its DOM, its scripts, the focus and
 * what an earlier test injected are gone), and sets the viewport and the colour scheme it
 * reads, so a test's result does not depend on the one before it.
 *
 * Contexts differ in what a page cannot change once open (`bypassCSP`, `javaScriptEnabled`):
 * one tab per combination, each in its own context. Closed with the file's browser connection.
 */
import type { Browser, Page } from 'playwright-core';

export interface TabOptions {
  /** For the checkers' injected scripts, which the site's CSP rightly refuses. */
  bypassCSP?: boolean;
  javaScriptEnabled?: boolean;
  /** Playwright's default, 1280×720, when not given. */
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

export type OpenTab = (url: string, options?: TabOptions) => Promise<Page>;

const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/** `tab(url, options)`: the file's tab for those options, set up and navigated to `url`. */
export function reusedTabs(browser: () => Browser): OpenTab {
  const tabs = new Map<string, Promise<Page>>();
  return async (url, { bypassCSP = false, javaScriptEnabled = true, viewport = DEFAULT_VIEWPORT, colorScheme = 'light' } = {}) => {
    const key = `${bypassCSP}:${javaScriptEnabled}`;
    let tab = tabs.get(key);
    // A test that timed out may have left its tab closed or crashed: the next one gets a new tab.
    if (tab && (await tab.then((p) => p.isClosed(), () => true))) tab = undefined;
    if (!tab) {
      tab = browser()
        .newContext({ bypassCSP, javaScriptEnabled })
        .then((c) => c.newPage());
      tabs.set(key, tab);
    }
    const page = await tab;
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
    await page.goto(url);
    return page;
  };
}
