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
 * Except for a test that only reads (`keep`): when the tab already shows the same address and
 * the test before it only read too, the document is kept and only the viewport and the colour
 * scheme are set, as a person resizing the window or switching the system to dark would. A
 * checker engine injected by the test before stays loaded (each costs ≈ 0.3 s to inject, a
 * navigation ≈ 0.2 s: a page checked in both schemes pays them once). A test that changes
 * the page (types, focuses, injects a style) must not say `keep`, and the test after it gets
 * a new document whatever it says.
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
  /** The test only reads the page: keep the document if it is the one at `url` and unchanged. */
  keep?: boolean;
  /** With `keep`: the test changes the page, so the next test gets a new document. */
  changes?: boolean;
}

export type OpenTab = (url: string, options?: TabOptions) => Promise<Page>;

const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/** `tab(url, options)`: the file's tab for those options, set up and navigated to `url`. */
export function reusedTabs(browser: () => Browser): OpenTab {
  const tabs = new Map<string, Promise<Page>>();
  /** The tabs whose document is the one a `keep` test last navigated to, unchanged since. */
  const unchanged = new WeakMap<Page, string>();
  return async (url, { bypassCSP = false, javaScriptEnabled = true, viewport = DEFAULT_VIEWPORT, colorScheme = 'light', keep = false, changes = false } = {}) => {
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
    const reuse = keep && unchanged.get(page) === url;
    unchanged.delete(page);
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
    if (!reuse) await page.goto(url);
    if (keep && !changes) unchanged.set(page, url);
    return page;
  };
}
