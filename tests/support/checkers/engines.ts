/**
 * The checkers' scripts (axe-core, IBM's ace) loaded into a page from a loopback server of
 * this worker, by address, instead of injected as text.
 *
 * Why: a script injected as text is compiled afresh in every document, and each engine is
 * hundreds of kilobytes (axe ≈ 0.2 s of CPU per page here, ace ≈ 0.1 s). A script loaded from
 * an address that may be cached gets V8's code cache: from its third load in a browser context
 * (a test file's tab: tests/support/tab.ts), Chromium takes the compiled code from the cache
 * (measured on the fixture site: injecting both engines fell from 0.30 to 0.09 s of CPU per page).
 * The engine that runs is the same file, byte for byte; scripts/lib/axe.ts and
 * tests/support/checkers/ace.ts see it loaded and do not inject it again.
 *
 * The page must be open with `bypassCSP` (the site's policy rightly refuses any script from
 * another origin), as for an injected script.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const FILES = {
  axe: require.resolve('axe-core/axe.min.js'),
  ace: require.resolve('accessibility-checker-engine/ace.js'),
} as const;
export type Engine = keyof typeof FILES;

// One server per worker, kept on the process as the worker's Chromium is (tests/support/browser.ts).
const KEY = Symbol.for('thong-bao.checker-scripts');
const worker = globalThis as { [KEY]?: Promise<string> };

function origin(): Promise<string> {
  worker[KEY] ??= new Promise((resolve, reject) => {
    const bodies = Object.fromEntries(Object.entries(FILES).map(([name, file]) => [`/${name}.js`, readFileSync(file)]));
    const server = createServer((req, res) => {
      const body = bodies[req.url ?? ''];
      if (!body) return void res.writeHead(404).end();
      // Cacheable for the run: the code cache is kept with the HTTP cache's entry.
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=86400' }).end(body);
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
    // The worker may end with it open: the server holds no test up.
    server.unref();
  });
  return worker[KEY];
}

/** Loads each engine not yet in the page's document (`window.axe`, `window.ace`). */
export async function loadEngines(page: Page, engines: readonly Engine[]): Promise<void> {
  const at = await origin();
  for (const engine of engines) {
    if (await page.evaluate((name) => name in window, engine)) continue;
    await page.addScriptTag({ url: `${at}/${engine}.js` });
  }
}
