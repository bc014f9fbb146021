/**
 * A notice's life as residents meet it, in Chromium on the fixture site, for each notice
 * of the chain (src/kinds/hotline/examples/thu-nghiem-du-lich-*): an issued notice, its issued
 * replacement, and a draft that names the replacement. Then the directory of hotlines.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST } from '../support/paths.ts';
import { CHAIN, CHAIN_BODY, CHAIN_PHONES } from '../support/chain.ts';
import { sitePages, sitemapPages, isPrintPreview } from '../../scripts/lib/site-pages.ts';
import { dataPath, DIRECTORY_PATH, noticePath, vcardPath } from '../../src/lib/urls.ts';
import { SITES } from '../data/notices.ts';
import { openForPrint, pageText, printToPdf, squash } from '../print/pdf.ts';

const fixture = SITES.find((s) => s.dir === FIXTURE_DIST)!;
let site: SiteSession;
let page: Page;

beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
  // A phone held upright; no JavaScript: none of this needs any.
  page = await site.browser.newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
});
afterAll(() => site?.close());

const open = (slug: string) => page.goto(`${site.url}/${noticePath(slug)}`);
const hrefs = (selector: string) => page.$$eval(selector, (as) => as.map((a) => a.getAttribute('href') ?? ''));
const jsonLd = async () => JSON.parse((await page.textContent('script[type="application/ld+json"]'))!) as { '@graph': Record<string, unknown>[] };
const openData = (slug: string) => JSON.parse(readFileSync(path.join(FIXTURE_DIST, dataPath(slug)), 'utf8'));
const vcards = (slug: string) => [0, 1, 2].filter((i) => existsSync(path.join(FIXTURE_DIST, vcardPath(slug, i))));
/** Every link on the page that would call, write or save a contact. */
const contactLinks = () => hrefs('a[href^="tel:"], a[href^="mailto:"], a[href$=".vcf"]');
/** What comes first in the main content, and the page's headings in order with their levels. */
const firstAndHeadings = () =>
  page.$eval('main', (m) => ({
    first: (m.querySelector('.lifecycle-banner, h1') as HTMLElement).className || 'h1',
    headings: [...m.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => Number(h.tagName[1])),
  }));
/** The banner comes first, and the headings still nest: the h1 is the first heading, and no level is skipped after it. */
async function expectBannerFirstHeadingsNested() {
  const { first, headings } = await firstAndHeadings();
  expect(first).toContain('lifecycle-banner');
  expect(headings[0]).toBe(1);
  headings.forEach((level, i) => i > 0 && expect(level, `heading ${i + 1}`).toBeLessThanOrEqual(headings[i - 1]! + 1));
}

describe('the replaced notice', () => {
  beforeAll(() => open(CHAIN.replaced));

  it('says first, above the fold on a phone, that it was replaced, by which notice (number and date), with a link', async () => {
    const banner = page.getByRole('region', { name: 'Thông báo này đã được thay thế' });
    // First in the main content, before the notice's own heading, which is still the first heading.
    await expectBannerFirstHeadingsNested();
    const link = banner.getByRole('link', { name: 'Thông báo số 11/TB-SDL ngày 16/03/2026' });
    expect(await link.getAttribute('href')).toBe(`/${noticePath(CHAIN.replacement)}`);
    const box = (await link.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(await link.isVisible()).toBe(true);
  });

  it('offers no number to call: no contact card, no tel:, no mailto:, no vCard', async () => {
    expect(await page.$('.contact')).toBeNull();
    expect(await contactLinks()).toEqual([]);
    expect(vcards(CHAIN.replaced)).toEqual([]);
  });

  it('still gives the official text word for word, its numbers as plain text', async () => {
    const text = squash(await page.innerText('.official'));
    for (const phone of CHAIN_PHONES.replaced) expect(text).toContain(`số điện thoại: ${phone}`);
    expect(text).toContain('cu.thunghiem@example.gov.vn');
    expect(text).toContain('Số: 04/TB-SDL');
  });

  it('its JSON-LD has no ContactPoint, and calls the notice obsolete', async () => {
    const graph = (await jsonLd())['@graph'];
    const org = graph.find((n) => n['@type'] === 'GovernmentOrganization')!;
    expect(org.contactPoint).toBeUndefined();
    expect(JSON.stringify(graph)).not.toContain('ContactPoint');
    expect(graph.find((n) => n['@type'] === 'Article')!.creativeWorkStatus).toBe('Obsolete');
  });

  it('its open data says it is replaced, and by what', () => {
    const data = openData(CHAIN.replaced);
    expect(data.state).toBe('replaced');
    expect(data.replacedBy).toEqual({
      slug: CHAIN.replacement,
      page: `https://songoaivu.haiphong.gov.vn/${noticePath(CHAIN.replacement)}`,
      data: `https://songoaivu.haiphong.gov.vn/${dataPath(CHAIN.replacement)}`,
    });
    const index = JSON.parse(readFileSync(path.join(FIXTURE_DIST, 'du-lieu/thong-bao.json'), 'utf8'));
    expect(index.notices.find((n: { slug: string }) => n.slug === CHAIN.replaced)).toMatchObject({ state: 'replaced', replacedBy: CHAIN.replacement });
  });

  it('prints the official document as it was: the banner does not go on paper', async () => {
    const print = await openForPrint(site.browser, `${site.url}/${noticePath(CHAIN.replaced)}`);
    const pdf = await printToPdf(print, 'replaced-notice');
    await print.close();
    const text = squash(pdf.pages.map(pageText).join(' '));
    expect(text).toContain('Số: 04/TB-SDL');
    for (const phone of CHAIN_PHONES.replaced) expect(text).toContain(phone);
    expect(text).not.toContain('Thông báo này đã được thay thế');
    expect(text).not.toContain('Đừng gọi');
    expect(text).not.toContain('11/TB-SDL');
  });

  it('the print preview says it was replaced, on screen only', async () => {
    await page.goto(`${site.url}/${noticePath(CHAIN.replaced)}ban-in/`);
    expect(squash(await page.innerText('.pp-bar'))).toContain('Thông báo này đã được thay thế bởi Thông báo số 11/TB-SDL ngày 16/03/2026.');
  });

  it('the index lists it in the archive, below the notices in force, with its replacement', async () => {
    await page.goto(`${site.url}/`);
    const current = await hrefs('main > .notice-list a');
    const archived = await hrefs('#luu-tru ~ .notice-list a');
    expect(current).not.toContain(`/${noticePath(CHAIN.replaced)}`);
    expect(current).toContain(`/${noticePath(CHAIN.replacement)}`);
    // The chain's two (and a replaced reception schedule of another chain).
    expect(archived.filter((h) => h.includes('du-lich-duong-day-nong'))).toEqual([`/${noticePath(CHAIN.replaced)}`, `/${noticePath(CHAIN.replacement)}`]);
    expect(squash(await page.innerText('.notice-list--archive'))).toContain('Đã được thay thế bởi Thông báo số 11/TB-SDL ngày 16/03/2026');
    // The archive comes after the list of notices in force.
    const order = await page.$$eval('main > .notice-list, #luu-tru', (els) => els.map((e) => e.tagName));
    expect(order).toEqual(['OL', 'H2']);
  });
});

describe('the replacement', () => {
  beforeAll(() => open(CHAIN.replacement));

  it('says which notice it replaces, with a link, and that it is in force', async () => {
    const line = page.locator('.notice-head .replaces');
    expect(squash(await line.innerText())).toBe('Thông báo này thay thế Thông báo số 04/TB-SDL ngày 12/01/2026.');
    expect(await line.getByRole('link').getAttribute('href')).toBe(`/${noticePath(CHAIN.replaced)}`);
    expect(squash(await page.innerText('.notice-head .meta'))).toContain('Đang có hiệu lực');
  });

  it('stays in force although a draft names it: no banner, its numbers to call, vCards, ContactPoints', async () => {
    expect(await page.$('.lifecycle-banner')).toBeNull();
    expect(await hrefs('.contact a.call')).toEqual(['tel:+84912000201', 'tel:+84912000202']);
    expect(vcards(CHAIN.replacement)).toEqual([0, 1]);
    const org = (await jsonLd())['@graph'].find((n) => n['@type'] === 'GovernmentOrganization')!;
    expect((org.contactPoint as { telephone: string }[]).map((c) => c.telephone)).toEqual(['+84912000201', '+84912000202']);
    expect(openData(CHAIN.replacement)).toMatchObject({ state: 'in-force', replacedBy: null });
  });
});

describe('the draft that names the replacement', () => {
  beforeAll(() => open(CHAIN.draft));

  it('says first that it is not in force and that the notice it names still is, with a link', async () => {
    const banner = page.getByRole('region', { name: 'Bản dự thảo, chưa có hiệu lực' });
    await expectBannerFirstHeadingsNested();
    expect(squash(await banner.innerText())).toContain(
      'Khi được ban hành, thông báo này sẽ thay thế Thông báo số 11/TB-SDL ngày 16/03/2026. Cho đến khi đó, thông báo ấy vẫn có hiệu lực',
    );
    expect(await banner.getByRole('link', { name: 'Thông báo số 11/TB-SDL ngày 16/03/2026' }).getAttribute('href')).toBe(`/${noticePath(CHAIN.replacement)}`);
    const box = (await banner.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
  });

  it('offers none of its numbers yet', async () => {
    expect(await page.$('.contact')).toBeNull();
    expect(await contactLinks()).toEqual([]);
    expect(vcards(CHAIN.draft)).toEqual([]);
    expect(squash(await page.innerText('.official'))).toContain(CHAIN_PHONES.draft[0]);
    expect(openData(CHAIN.draft)).toMatchObject({ state: 'draft', replacedBy: null });
  });
});

describe('the feed', () => {
  it('announces the replacement, and says of the replaced notice what replaced it', () => {
    const xml = readFileSync(path.join(FIXTURE_DIST, 'rss.xml'), 'utf8');
    const item = (slug: string) => [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!).find((i) => i.includes(`/${noticePath(slug)}<`))!;
    expect(item(CHAIN.replacement)).toContain('Thay thế Thông báo số 04/TB-SDL ngày 12/01/2026.');
    expect(item(CHAIN.replacement)).toContain('<category>Thay thế thông báo</category>');
    expect(item(CHAIN.replaced)).toContain('Đã được thay thế bởi Thông báo số 11/TB-SDL ngày 16/03/2026.');
    for (const phone of CHAIN_PHONES.replaced) expect(item(CHAIN.replaced)).not.toContain(phone);
  });
});

describe('the directory /duong-day-nong/', () => {
  beforeAll(() => page.goto(`${site.url}/${DIRECTORY_PATH}`));

  it('lists exactly the numbers in force (and the seed draft’s, which replaces nothing), never one of a replaced notice', async () => {
    const shown = (await hrefs('a.call')).sort();
    // A reception schedule's numbers to register are there too, unless its period has ended.
    const offered = fixture.model.notices.filter((v) => v.reception?.none !== 'ended').flatMap((v) => v.contacts.map((c) => c.tel)).sort();
    expect(shown).toEqual(offered);
    expect(shown).toContain('tel:+84912000201');
    expect(shown).toContain('tel:+84934336639'); // the seed
    for (const phone of [...CHAIN_PHONES.replaced, ...CHAIN_PHONES.draft]) expect(await page.innerText('main')).not.toContain(phone);
  });

  it('groups them by issuing body, each hotline with its person, post and a link to its notice', async () => {
    const bodies = await page.$$eval('.body-group h2', (hs) => hs.map((h) => h.textContent!.trim()));
    expect(bodies).toEqual(['Sở Ngoại vụ thành phố Hải Phòng', CHAIN_BODY]);
    const group = page.getByRole('region', { name: CHAIN_BODY });
    // The hotlines (a reception schedule's numbers to register follow, under "Gặp trực tiếp").
    const items = await group.locator('.hotline:has(.hotline__source)').evaluateAll((lis) =>
      lis.map((li) => ({
        call: li.querySelector('a.call')!.getAttribute('aria-label'),
        who: (li.querySelector('.hotline__who') as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        notice: li.querySelector('.hotline__source a')!.getAttribute('href'),
      })),
    );
    expect(items).toEqual([
      { call: 'Gọi 0912.000.201, bà Lê Thị Mới', who: 'Bà Lê Thị Mới Chánh Văn phòng Sở Du lịch', notice: `/${noticePath(CHAIN.replacement)}` },
      { call: 'Gọi 0912.000.202, ông Hoàng Văn Mới', who: 'Ông Hoàng Văn Mới Phó Trưởng phòng Quản lý du lịch', notice: `/${noticePath(CHAIN.replacement)}` },
    ]);
  });

  it('gives the address and the hours of each body', async () => {
    const text = squash(await page.getByRole('region', { name: CHAIN_BODY }).innerText());
    expect(text).toContain('Địa chỉ tiếp nhận trực tiếp Số 18 Hoàng Diệu, Phường Hồng Bàng, Thành phố Hải Phòng.');
    expect(text).toContain('Thời gian tiếp nhận Từ 7 giờ 30 đến 17 giờ, tất cả các ngày trong tuần.');
    // The seed's body gives its own.
    expect(squash(await page.getByRole('region', { name: 'Sở Ngoại vụ thành phố Hải Phòng' }).innerText())).toContain('Số 15 Trần Quang Khải');
  });

  it('is in the sitemap, and linked from the header of every page and the footer of every print preview', async () => {
    const pages = sitePages(FIXTURE_DIST);
    expect(sitemapPages(FIXTURE_DIST)).toContain(`/${DIRECTORY_PATH}`);
    for (const p of pages) {
      const html = readFileSync(path.join(FIXTURE_DIST, p.endsWith('.html') ? p : `${p}index.html`), 'utf8');
      const where = isPrintPreview(p) ? /<footer class="pp-foot[\s\S]*<\/footer>/ : /<header class="site-header[\s\S]*?<\/header>/;
      // Each language's pages lead to its own directory (/duong-day-nong/, /en/duong-day-nong/).
      const prefix = p.startsWith('/en/') ? 'en/' : '';
      expect(html.match(where)?.[0], p).toContain(`href="/${prefix}${DIRECTORY_PATH}"`);
    }
  });
});

describe('search', () => {
  let search: Page;
  beforeAll(async () => {
    search = await site.browser.newPage();
  });
  afterAll(() => search?.close());

  const results = async (query: string) => {
    await search.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
    await expect.poll(async () => (await search.textContent('#trang-thai')) ?? '', { timeout: 10_000 }).toContain(`“${query}”`);
    return search.$$eval('#danh-sach li', (lis) =>
      lis.map((li) => ({ href: li.querySelector('a')!.getAttribute('href'), badge: li.querySelector('.badge')?.textContent ?? null })),
    );
  };

  it('shows the replaced notice as replaced, below what is in force', async () => {
    const found = await results('du lich thu nghiem');
    const slugs = found.map((r) => r.href);
    expect(slugs).toContain(`/${noticePath(CHAIN.replaced)}`);
    // Every result not in force (the chain's replaced notice, and a replaced or ended reception schedule "lịch" also
    // finds) after every one in force, each with its label.
    const firstReplaced = found.findIndex((r) => r.badge !== null);
    expect(found.slice(firstReplaced).filter((r) => r.badge !== 'Đã được thay thế' && r.badge !== 'Hết thời gian áp dụng')).toEqual([]);
    expect(slugs.indexOf(`/${noticePath(CHAIN.replaced)}`)).toBeGreaterThanOrEqual(firstReplaced);
  });

  it('finds an old number and says the notice that gave it was replaced', async () => {
    expect(await results('0912000101')).toEqual([{ href: `/${noticePath(CHAIN.replaced)}`, badge: 'Đã được thay thế' }]);
  });

  it('finds the directory by a number in force', async () => {
    const found = (await results('0912000201')).map((r) => r.href);
    expect(found).toContain(`/${DIRECTORY_PATH}`);
    expect(found).toContain(`/${noticePath(CHAIN.replacement)}`);
  });
});
