/**
 * The second notice (test data) exercises what the seed does not: a registered number,
 * a full date, an email, a short service number, coordinates and a "KT." signer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveDir, type StaticServer } from '../support/static-server.ts';
import { FIXTURE_DIST, SECOND_SLUG, SEED_SLUG } from '../support/paths.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveDir(FIXTURE_DIST);
  browser = await launchBrowser();
  page = await browser.newPage({ javaScriptEnabled: false });
  await page.goto(`${server.url}/thong-bao/${SECOND_SLUG}/`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a registered notice with every optional part', () => {
  it('writes number and date as the decree does', async () => {
    const text = squash(await page.innerText('.official'));
    expect(text).toContain('Số: 05/TB-NV');
    expect(text).toContain('Hải Phòng, ngày 05 tháng 02 năm 2026');
  });

  it('links a landline in E.164 and a short number as dialled', async () => {
    const hrefs = await page.$$eval('.contact a[href^="tel:"]', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['tel:+842253842689', 'tel:1022']);
  });

  it('offers email with the notice named in the subject', async () => {
    const href = await page.getAttribute('.contact a[href^="mailto:"]', 'href');
    expect(href).toMatch(/^mailto:vanphong\.thunghiem@example\.gov\.vn\?subject=/);
    expect(decodeURIComponent(href!.split('subject=')[1])).toContain('Lịch tiếp công dân thử nghiệm');
  });

  it('points the map at the coordinates', async () => {
    const hrefs = await page.$$eval('.contact a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toContain('https://www.openstreetmap.org/?mlat=20.8606&mlon=106.6822#map=18/20.8606/106.6822');
  });

  it('signs "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"', async () => {
    expect(squash(await page.innerText('.doc-signer'))).toBe('KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lê Văn Thử');
  });

  it('has no Facebook or responsibilities section, and numbers the rest 1–3', async () => {
    const headings = await page.$$eval('.doc-section', (hs) => hs.map((h) => h.textContent?.trim().slice(0, 2)));
    expect(headings).toEqual(['1.', '2.', '3.']);
  });

  it('is listed on the index below the newer seed notice', async () => {
    await page.goto(`${server.url}/`);
    const hrefs = await page.$$eval('.notice-list a', (as) => as.map((a) => a.getAttribute('href')));
    // Other fixture notices may sit in between; only the order of these two matters here.
    const seed = hrefs.indexOf(`/thong-bao/${SEED_SLUG}/`);
    expect(seed).toBeGreaterThanOrEqual(0);
    expect(hrefs.indexOf(`/thong-bao/${SECOND_SLUG}/`)).toBeGreaterThan(seed);
  });
});
