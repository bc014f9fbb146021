/**
 * The site as the Pages workflow deploys it: under a sub-folder (BASE_PATH) at another
 * address (SITE_URL). Served here under that sub-folder only, so a link that forgets the
 * base path answers 404. Every link, form, script, stylesheet, download and search result
 * must work there, and every absolute address must name the deployed site.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { sitePages } from '../../scripts/lib/site-pages.ts';
import { BASE_DIST, BASE_PATH, BASE_SITE_URL, SEED_SLUG } from '../support/paths.ts';
import { BASE_SITE } from '../data/notices.ts';

let site: SiteSession;
let page: Page;
beforeAll(async () => {
  site = await openSite(BASE_DIST, { base: BASE_PATH });
  page = await site.browser.newPage();
});
afterAll(() => site?.close());

const pages = sitePages(BASE_DIST, BASE_PATH);
/**
 * The status each address answered with, asked once per file: the pages share most of what they
 * refer to (stylesheets, icons, the home page, the other notices), and the server gives a file
 * the same answer every time. Each page still checks every address it refers to.
 */
const answers = new Map<string, Promise<number>>();
const statusOf = (href: string) => {
  if (!answers.has(href)) answers.set(href, page.request.get(`${site.url}${href}`).then((r) => r.status()));
  return answers.get(href)!;
};

describe('the site under a sub-folder', () => {
  it('lists its pages in the sitemap at the deployed address', () => {
    const sitemap = readFileSync(path.join(BASE_DIST, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(3);
    for (const loc of locs) expect(loc.startsWith(`${BASE_SITE_URL}${BASE_PATH}`), loc).toBe(true);
    expect(readFileSync(path.join(BASE_DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${BASE_SITE_URL}${BASE_PATH}sitemap-index.xml`);
  });

  it('links its favicon.ico and apple-touch-icon under the base path (a browser would look at the host\'s root)', async () => {
    await page.goto(`${site.url}${BASE_PATH}thong-bao/${SEED_SLUG}/`);
    const icons = await page.$$eval('link[rel~="icon"], link[rel="apple-touch-icon"]', (ls) => ls.map((l) => l.getAttribute('href')!));
    expect(icons).toEqual(expect.arrayContaining([`${BASE_PATH}favicon.ico`, `${BASE_PATH}favicon.svg`, `${BASE_PATH}apple-touch-icon.png`]));
    for (const href of icons) expect((await page.request.get(`${site.url}${href}`)).status(), href).toBe(200);
  });

  it.each(pages)('%s: every link, form and file it refers to is under the base path and answers', async (p) => {
    const res = await page.goto(`${site.url}${p}`);
    expect(res?.status(), p).toBe(200);
    const refs = await page.evaluate(() => [
      ...[...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
      ...[...document.querySelectorAll('link[href]')].map((l) => l.getAttribute('href')!),
      ...[...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!),
      ...[...document.querySelectorAll('form[action]')].map((f) => f.getAttribute('action')!),
    ]);
    const local = refs.filter((r) => !/^(https?:|mailto:|tel:|#)/.test(r));
    expect(local.length).toBeGreaterThan(3);
    for (const r of local) expect(r.startsWith(BASE_PATH), `${p}: ${r}`).toBe(true);
    for (const r of new Set(local)) expect(await statusOf(r.split('#')[0]!), `${p} → ${r}`).toBe(200);
    // Absolute addresses (canonical, Open Graph) name the deployed site.
    const absolute = refs.filter((r) => r.startsWith('http') && /songoaivu|github\.io/.test(r));
    for (const r of absolute) expect(r.startsWith(`${BASE_SITE_URL}${BASE_PATH}`), r).toBe(true);
  });

  it('offers the vCards and the open data under the base path, naming the deployed addresses', async () => {
    const seed = BASE_SITE.notices.find((n) => n.slug === SEED_SLUG)!;
    for (const c of seed.view.contacts) {
      const card = await page.request.get(`${site.url}${BASE_PATH}${c.vcardPath}`);
      expect(card.status()).toBe(200);
      expect((await card.text()).replace(/\r\n /g, '')).toContain(`URL:${BASE_SITE_URL}${BASE_PATH}thong-bao/${SEED_SLUG}/`);
    }
    const data = await (await page.request.get(`${site.url}${BASE_PATH}du-lieu/thong-bao.json`)).json();
    expect(data.$schema).toBe(`${BASE_SITE_URL}${BASE_PATH}du-lieu/luoc-do/danh-sach.schema.json`);
    for (const n of data.notices) expect(n.page.startsWith(`${BASE_SITE_URL}${BASE_PATH}thong-bao/`)).toBe(true);
  });

  it('searches, and each result opens its page (a notice, or the directory) under the base path', async () => {
    await page.goto(`${site.url}${BASE_PATH}tim-kiem/`);
    await page.getByRole('searchbox', { name: 'Tìm thông báo' }).pressSequentially('tran quang khai', { delay: 10 });
    // Results come as each letter is typed: wait for those of the whole query.
    await expect.poll(() => page.locator('#trang-thai').textContent(), { timeout: 10_000 }).toContain('“tran quang khai”');
    await expect.poll(() => page.locator('#danh-sach li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const hrefs = await page.locator('#danh-sach li h2 > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs).toContain(`${BASE_PATH}thong-bao/${SEED_SLUG}/`);
    expect(hrefs).toContain(`${BASE_PATH}duong-day-nong/`);
    const href = await page.locator('#danh-sach li a').first().getAttribute('href');
    expect(href?.startsWith(BASE_PATH)).toBe(true);
    await page.locator('#danh-sach li a').first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBeTruthy();
    expect(new URL(page.url()).pathname).toBe(href);
  });

  it('answers an address that does not exist with its own 404 page, whose links work', async () => {
    const res = await page.goto(`${site.url}${BASE_PATH}thong-bao/khong-co/`);
    expect(res?.status()).toBe(404);
    const home = await page.locator('main a').first().getAttribute('href');
    expect(home).toBe(BASE_PATH);
  });

  it('prints the QR code of the deployed address', async () => {
    await page.goto(`${site.url}${BASE_PATH}thong-bao/${SEED_SLUG}/`);
    expect(await page.locator('.doc-qr__url').textContent()).toBe(`${BASE_SITE_URL}${BASE_PATH}thong-bao/${SEED_SLUG}/`);
  });
});
