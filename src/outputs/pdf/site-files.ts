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
 * (the page, its print stylesheet, its fonts, its images), with their SHA-256.
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
   * loaded, gives the map that records what that page loads: the files of its own requests,
   * and every file besides pages the tab loaded before it, since Chromium may take a stylesheet
   * or a font from its memory without asking again (so a change to any of them counts).
   */
  attach(page: Page): Promise<{ nextPage(): Loaded }>;
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
      const tab: Loaded = new Map();
      let current: Loaded = new Map();
      await page.route('**/*', async (route: Route) => {
        const request = route.request();
        const url = request.url().split('#')[0]!;
        const file = load(url);
        current.set(url, file?.sha256 ?? null);
        if (!request.isNavigationRequest()) tab.set(url, file?.sha256 ?? null);
        if (!file) {
          // Another site, or no such file: refused alike (a page of ours requests neither).
          await route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
          return;
        }
        await route.fulfill({ status: 200, contentType: file.type, body: file.body });
      });
      return {
        nextPage: () => (current = new Map(tab)),
      };
    },
  };
}
