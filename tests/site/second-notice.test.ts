/**
 * The second notice (test data) exercises what the seed does not: a registered number,
 * a full date, an email, a short service number, coordinates and a "KT." signer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST, SECOND_SLUG, SEED_SLUG } from '../support/paths.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
let site: SiteSession;
let page: Page;

beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
  page = await site.browser.newPage({ javaScriptEnabled: false });
  await page.goto(`${site.url}/thong-bao/${SECOND_SLUG}/`);
});
afterAll(() => site?.close());

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
    await page.goto(`${site.url}/`);
    const hrefs = await page.$$eval('.notice-list a', (as) => as.map((a) => a.getAttribute('href')));
    // Other fixtures may add notices; what matters here is the order of these two.
    const seed = hrefs.indexOf(`/thong-bao/${SEED_SLUG}/`);
    const second = hrefs.indexOf(`/thong-bao/${SECOND_SLUG}/`);
    expect(seed).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(seed);
  });
});
