/**
 * The styles only some notice pages carry (src/components/page-styles.ts): the lifecycle
 * banner's (and the replaced badge's), a reception schedule's days. Each is inline in the
 * <head> of the pages that show it, after site.css in the page's one <style>, whose hash is in
 * that page's <meta> policy and in the policy _headers gives the page; a page that does not
 * show it does not carry it, and its <meta> allows no other style. In Chromium, with both policies enforced (the <meta>, and the header
 * as a host that reads _headers sends it) and every other request refused: no violation is
 * reported, and the banner is styled from the HTML alone.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST, SEED_SLUG } from '../support/paths.ts';
import { CHAIN } from '../support/chain.ts';
import { sitePages } from '../../scripts/lib/site-pages.ts';
import { noticePath } from '../../src/lib/urls.ts';
import { headersFor, single } from '../privacy/site-privacy.ts';

const htmlOf = (pagePath: string) => readFileSync(path.join(FIXTURE_DIST, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath), 'utf8');
const stylesOf = (html: string) => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
const hashOf = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
const metaPolicy = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)![1]!.replace(/&#39;/g, "'");
const styleSrc = (policy: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('style-src '))!.split(/\s+/).slice(1);
const headerPolicy = (pagePath: string) => single(headersFor(FIXTURE_DIST, pagePath))['content-security-policy']!;

const bannerPage = (slug: string) => `/${noticePath(slug)}`;
const BANNER = '.lifecycle-banner{';
const noticePages = sitePages(FIXTURE_DIST).filter((p) => /^\/(en\/)?thong-bao\/[^/]+\/$/.test(p));

describe('the styles only some notice pages carry', () => {
  it('a notice page carries the lifecycle marks\' style (banner, replaced or ended badge, "replaces" line) exactly when it shows one', () => {
    expect(noticePages.length).toBeGreaterThan(10);
    const carriers: string[] = [];
    for (const p of noticePages) {
      const html = htmlOf(p);
      const shows = /class="(lifecycle-banner|[^"]*badge--replaced|replaces)\b/.test(html);
      expect(stylesOf(html).some((css) => css.includes(BANNER)), p).toBe(shows);
      if (shows) carriers.push(p);
    }
    // The replaced notice and the pending draft (a banner each), in each language; the seed does not.
    for (const slug of [CHAIN.replaced, CHAIN.draft]) {
      expect(carriers).toContain(bannerPage(slug));
      expect(carriers).toContain(`/en${bannerPage(slug)}`);
    }
    expect(carriers).not.toContain(bannerPage(SEED_SLUG));
    expect(carriers.length).toBeLessThan(noticePages.length);
  });

  it('a notice page carries the reception days\' style exactly when it lists days', () => {
    let carriers = 0;
    for (const p of noticePages) {
      const html = htmlOf(p);
      const shows = html.includes('class="reception-days"');
      expect(stylesOf(html).some((css) => css.includes('.reception-days{')), p).toBe(shows);
      if (shows) carriers++;
    }
    expect(carriers).toBeGreaterThan(0);
  });

  it('on every page, each inline style is allowed by the <meta> policy and by the _headers policy, and the <meta> allows no other', () => {
    const pages = sitePages(FIXTURE_DIST).filter((p) => !p.startsWith('/admin/'));
    expect(pages.length).toBeGreaterThan(20);
    for (const p of pages) {
      const html = htmlOf(p);
      const own = stylesOf(html).map(hashOf);
      const meta = styleSrc(metaPolicy(html));
      expect(meta.filter((s) => s.startsWith("'sha")).sort(), p).toEqual([...own].sort());
      const header = styleSrc(headerPolicy(p));
      for (const h of own) expect(header, p).toContain(h);
    }
  });
});

describe('a banner page in Chromium, both policies enforced, nothing but its HTML', () => {
  let site: SiteSession;
  /** One phone-sized page for the three checks (a context each cost ≈ 1 s of CPU): each check sets its scheme and loads its page anew. */
  let page: Page;
  /** The page the check loads: every other request is refused, and it is served with its _headers policy. */
  let current: { path: string; header: string };
  let problems: string[] = [];
  beforeAll(async () => {
    site = await openSite(FIXTURE_DIST);
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.exposeFunction('__cspViolation', (v: string) => problems.push(`CSP: ${v}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
      );
    });
    await page.route('**/*', async (route) => {
      if (new URL(route.request().url()).pathname !== current.path) return route.abort();
      const response = await route.fetch();
      return route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': current.header } });
    });
  });
  afterAll(() => site?.close());

  for (const [slug, scheme, background] of [
    [CHAIN.replaced, 'light', 'rgb(253, 236, 236)'],
    [CHAIN.replaced, 'dark', 'rgb(61, 27, 29)'],
    [CHAIN.draft, 'light', 'rgb(255, 244, 204)'],
  ] as const) {
    it(`${slug} (${scheme}): no violation, the banner styled`, async () => {
      problems = [];
      await page.emulateMedia({ colorScheme: scheme });
      const pagePath = bannerPage(slug);
      const header = headerPolicy(pagePath);
      const own = stylesOf(htmlOf(pagePath));
      expect(own).toHaveLength(1);
      expect(header).toContain(hashOf(own[0]!));
      current = { path: pagePath, header };
      const response = await page.goto(site.url + pagePath, { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy']).toBe(header);
      const look = await page.$eval('.lifecycle-banner', (b) => {
        const s = getComputedStyle(b);
        return { left: s.borderLeftWidth, background: s.backgroundColor };
      });
      expect(look).toEqual({ left: '8px', background });
      expect(problems.filter((p) => !/net::ERR_FAILED|Failed to load resource/.test(p))).toEqual([]);
    });
  }
});
