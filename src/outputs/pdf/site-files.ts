/**
 * The built site as Chromium sees it while printing the PDFs: every request for the site's
 * own address (Astro's `site` and `base`) is answered from the output folder, and every other
 * request is refused. Nothing is served on a port.
 *
 * Why the public address and not a loopback server: Chromium writes each link of the printed
 * page into the PDF as an absolute address, resolved against the address the page was loaded
 * from. Printed from http://127.0.0.1:<a random port>/, a relative link became a loopback
 * address, different in every build (the English PDFs of two builds differed by it). Printed
 * from the site's own address, a relative link is the public page it names, and the PDF's bytes
 * depend only on the files.
 *
 * It also tells the PDF cache (cache.ts) exactly which files a page loaded while printing
 * (the page, its print stylesheet, its fonts, its images), with their SHA-256: the files of the
 * page's own requests, and of every resource the page reports having used (its Resource
 * Timing entries, which list a resource taken from Chromium's memory cache as well). Nothing a
 * page did not use is recorded, so an entry holds a dozen files whatever the site's size, and
 * a change to another notice's files (its QR code, or the notice deleted) reprints no other PDF.
 *
 * Why a tab's earlier pages need not be counted: routing every request (page.route) makes
 * Playwright turn Chromium's cache off for the tab (`Network.setCacheDisabled`), which empties
 * Blink's memory cache and makes every page request each of its files again (seen: every page
 * printed in a tab requests its stylesheets, fonts, QR code and icon, whichever came before).
 * Should a later Chromium still take a file from memory, the page's Resource Timing entries
 * name it, and it is recorded with the hash of the one version this build serves.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page, Route } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** A file the page loaded, by its address: the SHA-256 of what was served, or null (none: 404, or refused). */
export type Loaded = Map<string, string | null>;

export interface SiteFiles {
  /** The SHA-256 of the file an address serves now, or null when it serves none. Read once per build. */
  hash(url: string): string | null;
  /**
   * Answers the tab's requests from the folder. `nextPage()`, called before each page is
   * loaded, gives the map that records the files of that page's own requests; `used(loaded)`,
   * once it is printed, adds every resource the page reports having used (Resource Timing)
   * that it did not request.
   */
  attach(page: Page): Promise<{ nextPage(): Loaded; used(loaded: Loaded): Promise<void> }>;
}

/**
 * `site`: Astro's `site` (origin, maybe a path), `base`: Astro's base; `dir`: the output folder.
 * The files are read once each: the build writes no file the pages load after printing starts.
 */
export function siteFiles(dir: string, site: string, base: string): SiteFiles {
  const root = path.resolve(dir);
  const origin = new URL(site).origin;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const read = new Map<string, { body: Buffer; sha256: string; type: string } | null>();

  const fileOf = (url: string): string | null => {
    const u = new URL(url);
    if (u.origin !== origin) return null;
    const pathname = decodeURIComponent(u.pathname);
    if (!pathname.startsWith(prefix)) return null;
    let file = path.join(root, pathname.slice(prefix.length));
    if (file !== root && !file.startsWith(root + path.sep)) return null;
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    return file;
  };
  const load = (url: string) => {
    const key = url.split('#')[0]!;
    if (!read.has(key)) {
      const file = fileOf(key);
      let entry: { body: Buffer; sha256: string; type: string } | null = null;
      if (file && statSync(file, { throwIfNoEntry: false })?.isFile()) {
        const body = readFileSync(file);
        entry = { body, sha256: createHash('sha256').update(body).digest('hex'), type: TYPES[path.extname(file)] ?? 'application/octet-stream' };
      }
      read.set(key, entry);
    }
    return read.get(key)!;
  };

  return {
    hash: (url) => load(url)?.sha256 ?? null,
    async attach(page) {
      let current: Loaded = new Map();
      await page.route('**/*', async (route: Route) => {
        const url = route.request().url().split('#')[0]!;
        const file = load(url);
        current.set(url, file?.sha256 ?? null);
        if (!file) {
          // Another site, or no such file: refused alike (a page of ours requests neither).
          await route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
          return;
        }
        await route.fulfill({ status: 200, contentType: file.type, body: file.body });
      });
      return {
        nextPage: () => (current = new Map()),
        async used(loaded) {
          // Evaluated in Playwright's own world: the tab runs no page script.
          const names = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
          for (const name of names) {
            const url = name.split('#')[0]!;
            if (!loaded.has(url)) loaded.set(url, load(url)?.sha256 ?? null);
          }
        },
      };
    },
  };
}
