/**
 * The privacy and security checks of one built site, in Chromium (tests/privacy/privacy.test.ts
 * calls it for dist/, tests/a11y/keyboard.test.ts for the fixture site, whose keyboard walk reads
 * each page in the same load: `eachPage` below):
 *  - no request leaves the site, while loading each page and while searching;
 *  - every page carries the CSP meta tag, and Chromium reports no CSP violation (nor any
 *    console error) with the meta policy AND the header policy from public/_headers
 *    applied together, as a host that reads _headers would serve them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { connectBrowser } from '../support/browser.ts';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server.ts';
import { sitePages } from '../../scripts/lib/site-pages.ts';

type HeaderRule = { pattern: string; headers: Record<string, string[]> };
/** Each site's rules, read once: the server below asks for them on every response. */
const rulesOf = new Map<string, HeaderRule[]>();

/** The rules of the built _headers file: a path pattern ("*" a splat) and its headers. */
function headerRules(dist: string): HeaderRule[] {
  let rules = rulesOf.get(dist);
  if (!rules) rulesOf.set(dist, (rules = readHeaderRules(dist)));
  return rules;
}

function readHeaderRules(dist: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(path.join(dist, '_headers'), 'utf8').split('\n')) {
    if (/^\S/.test(line) && !line.startsWith('#')) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length && /^\s+\S/.test(line)) {
      const at = line.indexOf(':');
      const name = line.slice(0, at).trim().toLowerCase();
      (rules.at(-1)!.headers[name] ??= []).push(line.slice(at + 1).trim());
    }
  }
  return rules;
}

/**
 * The headers a host that reads _headers sends for `pagePath`: every matching rule's, as
 * Netlify and Cloudflare Pages do. A header two rules set would be sent twice (for a CSP:
 * two policies, both enforced), so it is listed twice here and the test below catches it.
 */
export function headersFor(dist: string, pagePath: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { pattern, headers } of headerRules(dist)) {
    const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (!re.test(pagePath)) continue;
    for (const [k, v] of Object.entries(headers)) (out[k] ??= []).push(...v);
  }
  return out;
}
export const single = (h: Record<string, string[]>) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k, v.join(', ')]));

interface Watch {
  offsite: string[];
  problems: string[];
}

/**
 * Resolves when the page's requests have settled: every request it made is answered (or has
 * failed), its fonts are loaded, and a frame has been drawn since (what layout asks for, lazy
 * images and fonts, is asked for by then). Called after the load event (`goto` waits for it).
 * Waiting on these, not on `networkidle` (no request for 500 ms), ends as soon as the last
 * answer is in: the pages start no request later on their own (the search page's script fetches
 * its index only when someone searches; no page has a timer that loads anything).
 */
function settling(page: Page) {
  const pending = new Set<Request>();
  let changed: () => void = () => undefined;
  const answered = (r: Request) => {
    pending.delete(r);
    changed();
  };
  page.on('request', (r) => pending.add(r));
  page.on('requestfinished', answered);
  page.on('requestfailed', answered);
  return {
    /** Forgets requests of a document the page has left (its navigation cancels them). */
    reset: () => pending.clear(),
    async settled(): Promise<void> {
      for (;;) {
        await page.evaluate(() => Promise.all([document.fonts.ready, new Promise((frame) => requestAnimationFrame(frame))]));
        if (pending.size === 0) return;
        await new Promise<void>((resolve) => (changed = resolve));
      }
    },
  };
}

/**
 * A tab that records requests, CSP violations and console errors, on a server that sends the
 * headers of _headers with every response, as the production host does. One per site, reused
 * from page to page (tests/support/tab.ts says why); `visit()` empties the record, then loads
 * the page until its requests have settled.
 */
function watchedTab(browser: () => Browser, origin: () => string) {
  const seen: Watch = { offsite: [], problems: [] };
  /** The path of every request since the last visit. */
  const requested: string[] = [];
  /** The address of the document the last visit loaded while nothing has changed it since. */
  let untouched: string | undefined;
  let opened: Promise<{ page: Page; settle: ReturnType<typeof settling> }> | undefined;
  const open = async () => {
    const page = await (await browser().newContext()).newPage();
    page.on('request', (r) => {
      const u = new URL(r.url());
      requested.push(u.pathname);
      if (u.origin !== origin() && u.protocol !== 'data:') seen.offsite.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') seen.problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => seen.problems.push(`page error: ${e.message}`));
    await page.exposeFunction('__cspViolation', (v: string) => seen.problems.push(`CSP: ${v}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI}`),
      );
    });
    return { page, settle: settling(page) };
  };
  return {
    seen,
    requested,
    async visit(url: string): Promise<Page> {
      untouched = undefined;
      if (opened && (await opened.then(({ page }) => page.isClosed(), () => true))) opened = undefined;
      const { page, settle } = await (opened ??= open());
      // From here on, everything the tab asks for or reports is this page's: what the last page
      // still asks for once left (Chromium asks for the favicon whenever it likes, even after the
      // page has loaded) is counted against this one, never dropped. No stop at about:blank in
      // between: leaving the site's origin and coming back starts a new renderer process each
      // time (3.7 s of CPU over the fixture site's pages).
      settle.reset();
      seen.offsite.length = 0;
      seen.problems.length = 0;
      requested.length = 0;
      await page.goto(url);
      await settle.settled();
      untouched = url;
      return page;
    },
    /**
     * The page at `url` as loaded, for a test that will change it (focus, type): the document the
     * last visit loaded if it is that one and no such test has had it yet, else a new visit. A test
     * that puts back what it changes (`restores`) leaves the document to the next.
     */
    async asLoaded(url: string, { restores = false }: { restores?: boolean } = {}): Promise<Page> {
      const page = untouched === url ? (await opened!).page : await this.visit(url);
      if (!restores) untouched = undefined;
      return page;
    },
    /** Waits until what the page has asked for since is answered (after an action on it). */
    async settled(): Promise<void> {
      await (await opened!).settle.settled();
    },
  };
}

/**
 * A file's own tests of each page, after the privacy check of that page: `asLoaded()` gives the
 * page in the document that check loaded and only read (or loads it, when that check did not
 * run), as loaded with the site's policy and headers, with the default viewport (1280×720); the
 * test may change it, or, with `restores`, change it and put everything back for the next test.
 */
export type EachPage = (pagePath: string, asLoaded: (options?: { restores?: boolean }) => Promise<Page>) => void;

/**
 * The checks of the site in `dist`, named `name`; `slugs` are notices whose pages must load no
 * script; `eachPage` adds a file's tests of each page, which read it in the same load.
 */
export function describeSitePrivacy(name: string, dist: string, slugs: string[], eachPage?: EachPage): void {
  describe(name, () => {
    let browser: Browser;
    let server: StaticServer;
    const pages = sitePages(dist);
    const watched = watchedTab(() => browser, () => server.url);
    beforeAll(async () => {
      [browser, server] = await Promise.all([connectBrowser(), serveDir(dist, { headers: (pathname) => single(headersFor(dist, pathname)) })]);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('_headers sets one strict CSP on every page and the other security headers', () => {
      for (const p of pages) expect(headersFor(dist, p)['content-security-policy'], p).toHaveLength(1);
      const headers = single(headersFor(dist, pages.find((p) => p.startsWith('/thong-bao/'))!));
      const csp = headers['content-security-policy'];
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/base-uri 'self'/);
      expect(csp).toMatch(/form-action 'self'/);
      expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBeTruthy();
      expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/);
    });

    describe.each(pages)('%s', (pagePath) => {
      it('CSP meta, only same-origin requests, no violation', async () => {
        const html = readFileSync(path.join(dist, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath), 'utf8');
        const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
        expect(meta).toMatch(/default-src 'self'/);
        expect(meta).toMatch(/script-src 'self'/);
        expect(meta).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
        const page = await watched.visit(server.url + pagePath);
        // No inline script at all, so nothing needs a hash today (JSON-LD is data, never run).
        // Read from the DOM, not the HTML text: a notice may quote "<script>" in an attribute.
        const inline = await page.$$eval('script:not([src])', (ss) =>
          ss.filter((s) => s.getAttribute('type') !== 'application/ld+json').map((s) => s.outerHTML.slice(0, 80)),
        );
        expect(inline).toEqual([]);
        expect(watched.seen).toEqual({ offsite: [], problems: [] });
      });

      eachPage?.(pagePath, (options) => watched.asLoaded(server.url + pagePath, options));
    });

    it('searching stays on the site and breaks no policy', async () => {
      const page = await watched.visit(`${server.url}/tim-kiem/`);
      const requestsBefore: string[] = [];
      const record = (r: Request) => requestsBefore.push(r.url());
      page.on('request', record);
      const box = page.getByRole('searchbox', { name: 'Tìm thông báo' });
      await box.pressSequentially('duong day nong', { delay: 10 });
      await page.locator('#danh-sach a').first().waitFor({ timeout: 10_000 });
      await watched.settled();
      // The index really was fetched when searching (and only then), from this site.
      page.off('request', record);
      expect(requestsBefore.some((u) => u.includes('/pagefind/'))).toBe(true);
      expect(watched.seen).toEqual({ offsite: [], problems: [] });
    });

    it('the notice pages load no script and no search index', async () => {
      for (const slug of slugs) {
        await watched.visit(`${server.url}/thong-bao/${slug}/`);
        expect(watched.requested.length).toBeGreaterThan(0);
        expect(watched.requested.filter((u) => u.endsWith('.js') || u.includes('/pagefind/'))).toEqual([]);
      }
    });
  });
}
