/**
 * A built site served on loopback with a Chromium to look at it: what almost every
 * browser test starts from. Open it in `beforeAll`, close it in `afterAll`. `base` serves
 * it under a sub-folder, as it was built (BASE_PATH); `url` is then still the origin.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../src/lib/chromium.ts';
import { serveDir } from '../../src/lib/static-server.ts';

export interface SiteSession {
  /** http://127.0.0.1:<port>, the origin. */
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function openSite(dir: string, { base = '/' }: { base?: string } = {}): Promise<SiteSession> {
  const server = await serveDir(dir, { base });
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
