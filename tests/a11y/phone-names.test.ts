/**
 * Phone numbers for screen readers: the visible number stays exactly as printed
 * ("0934.336.639"), and the call link's accessible name starts with the visible words
 * (WCAG 2.5.3, label in name) and adds whom the resident is calling. Names are read
 * from Chromium's accessibility tree (Playwright's getByRole / aria snapshot).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST, SECOND_SLUG, SEED_SLUG } from '../support/paths.ts';

let site: SiteSession;
let page: Page;

beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
  page = await site.browser.newPage();
});
afterAll(() => site?.close());

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The link's accessible name from its aria snapshot (a YAML line, quoted when it holds ':'). */
const nameIn = (snapshot: string) => /^- '?link "((?:[^"\\]|\\.)*)"/.exec(snapshot)?.[1] ?? '';

describe('call links in the accessibility tree', () => {
  it.each([
    ['', SEED_SLUG, 'Gọi 0934.336.639, ông Đỗ Quang Minh', 'Gọi 0934.336.639'],
    ['', SEED_SLUG, 'Gọi 0969.661.341, bà Trần Lê Thu Hằng', 'Gọi 0969.661.341'],
    ['', SECOND_SLUG, 'Gọi 0225.3842.689, bà Nguyễn Thị Thử Nghiệm', 'Gọi 0225.3842.689'],
    ['', SECOND_SLUG, 'Gọi 1022, ông Phạm Văn Kiểm Tra', 'Gọi 1022'],
    // The English pages: the same numbers, with Mr and Ms and the names as written.
    ['en/', SEED_SLUG, 'Call 0934.336.639, Mr Đỗ Quang Minh', 'Call 0934.336.639'],
    ['en/', SEED_SLUG, 'Call 0969.661.341, Ms Trần Lê Thu Hằng', 'Call 0969.661.341'],
    ['en/', SECOND_SLUG, 'Call 1022, Mr Phạm Văn Kiểm Tra', 'Call 1022'],
  ])('/%sthong-bao/%s/: "%s"', async (prefix, slug, name, shown) => {
    await page.goto(`${site.url}/${prefix}thong-bao/${slug}/`);
    const link = page.getByRole('link', { name, exact: true });
    expect(await link.count()).toBe(1);
    // The digits on screen are the printed ones, untouched.
    const visible = squash(await link.innerText());
    expect(visible).toBe(shown);
    // Label in name: the accessible name contains the visible text.
    const snapshot = await link.ariaSnapshot();
    const accName = nameIn(snapshot);
    expect(accName).toBe(name);
    expect(accName.startsWith(visible)).toBe(true);
  });

  it('every link on a notice page has a name containing its visible text', async () => {
    for (const path of [SEED_SLUG, SECOND_SLUG].flatMap((slug) => [`/thong-bao/${slug}/`, `/en/thong-bao/${slug}/`])) {
      await page.goto(`${site.url}${path}`);
      const links = page.getByRole('link');
      const n = await links.count();
      expect(n).toBeGreaterThan(5);
      for (let i = 0; i < n; i++) {
        const link = links.nth(i);
        if (!(await link.isVisible())) continue;
        const visible = squash(await link.innerText()).toLowerCase();
        const accName = nameIn(await link.ariaSnapshot()).toLowerCase();
        expect(accName, `${visible} → ${accName}`).toContain(visible);
      }
    }
  });
});
