/**
 * The browser a test file drives: a connection to its worker's one Chromium, started by the
 * first test file of each Vitest worker that needs a browser and kept for the worker's next
 * files (Playwright ends it when the worker exits). The connection is a playwright `Browser`:
 * `newPage()` and `newContext()` give contexts of this connection only, and `close()` closes
 * them and disconnects, leaving Chromium to the worker's next file.
 *
 * One per worker, not one per run: Linux shares the CPU between sessions first, and Playwright
 * starts each Chromium in a session of its own, so a single Chromium for the whole run gets a
 * single share of a busy machine, which every worker then waits on.
 *
 * A test that needs a Chromium of its own (a fresh process, flags of its own) calls
 * launchBrowser() from src/lib/chromium.ts and says why.
 */
import type { Browser, BrowserServer } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../../src/lib/chromium.ts';

// Vitest loads this module again for each test file; the worker's Chromium lives on the process.
const KEY = Symbol.for('thong-bao.worker-chromium');
const worker = globalThis as { [KEY]?: Promise<BrowserServer> };

export async function connectBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  worker[KEY] ??= chromium.launchServer(CHROMIUM_LAUNCH);
  const server = await worker[KEY].catch((e: unknown) => {
    delete worker[KEY];
    throw e;
  });
  return chromium.connect(server.wsEndpoint());
}
