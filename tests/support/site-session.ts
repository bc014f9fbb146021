/**
 * A built site served on loopback with a Chromium to look at it: what almost every
 * browser test starts from. Open it in `beforeAll`, close it in `afterAll`.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveDir } from './static-server.ts';

export interface SiteSession {
  /** http://127.0.0.1:<port>, the site's root. */
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSite(dir: string): Promise<SiteSession> {
  const server = await serveDir(dir);
  const browser = await launchBrowser();
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
