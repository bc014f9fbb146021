/**
 * A built site served on loopback with a Chromium to look at it: what almost every
 * browser test starts from. Open it in `beforeAll`, close it in `afterAll`. `base` serves
 * it under a sub-folder, as it was built (BASE_PATH); `url` is then still the origin.
 *
 * The site is built first if it is a test site not built yet (tests/support/build-site.ts).
 * `browser` is this session's connection to the worker's Chromium (tests/support/browser.ts):
 * its pages and contexts are its own, and `close()` closes them, not Chromium.
 */
import type { Browser } from 'playwright-core';
import { serveDir } from '../../scripts/lib/static-server.ts';
import { connectBrowser } from './browser.ts';
import { ensureSite, siteOfDir } from './build-site.ts';

export interface SiteSession {
  /** http://127.0.0.1:<port>, the origin. */
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSite(dir: string, { base = '/' }: { base?: string } = {}): Promise<SiteSession> {
  const site = siteOfDir(dir);
  if (site) await ensureSite(site);
  const [server, browser] = await Promise.all([serveDir(dir, { base }), connectBrowser()]);
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
