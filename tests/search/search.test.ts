/**
 * Search through the REAL Pagefind index, typed into the real search box in Chromium,
 * on the search site (the seed and the second notice only), so every query must find the right notice and
 * not the other one. With and without diacritics, đ folded to d, names, streets and
 * phone numbers with or without dots; in Vietnamese, and in English on the English
 * search page, which loads the English index (Pagefind keeps one per language).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { SEARCH_DIST, SECOND_SLUG, SEED_SLUG } from '../support/paths.ts';
import { DIRECTORY_PATH } from '../../src/lib/urls.ts';

let site: SiteSession;
let page: Page;

beforeAll(async () => {
  site = await openSite(SEARCH_DIST);
  page = await site.browser.newPage();
  await page.goto(`${site.url}/tim-kiem/`);
});
afterAll(() => site?.close());

interface Shown {
  hrefs: string[];
  /** The results that are notices: every result but the directory of hotlines. */
  notices: string[];
  titles: string[];
  excerpts: string[];
  status: string;
}

/** Types the query like a person (key by key) and waits for the results to settle. */
async function search(query: string, on: Page = page, boxName = 'Tìm thông báo'): Promise<Shown> {
  const page = on;
  const box = page.getByRole('searchbox', { name: boxName });
  await box.fill('');
  await box.pressSequentially(query, { delay: 10 });
  const status = page.getByRole('status');
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 10_000 }).toContain(`“${query}”`);
  return page.evaluate(() => {
    const items = [...document.querySelectorAll('#danh-sach li')];
    return {
      hrefs: items.map((li) => li.querySelector('a')!.getAttribute('href')!),
      titles: items.map((li) => li.querySelector('h2')!.textContent!.trim()),
      excerpts: items.map((li) => li.querySelector('.search-excerpt')!.textContent!.trim()),
      status: document.querySelector('#trang-thai')!.textContent!.trim(),
    };
  }).then((shown) => ({ ...shown, notices: shown.hrefs.filter((h) => h !== directory) }));
}

const seed = `/thong-bao/${SEED_SLUG}/`;
const second = `/thong-bao/${SECOND_SLUG}/`;
/** The directory of hotlines is searchable too: it holds every name, street and number in force. */
const directory = `/${DIRECTORY_PATH}`;

describe('search on a site of two notices', () => {
  it.each([
    ['đường dây nóng', seed],
    ['duong day nong', seed],
    ['Đỗ Quang Minh', seed],
    ['do quang minh', seed],
    ['Trần Quang Khải', seed],
    ['tran quang khai', seed],
    ['0934.336.639', seed],
    ['0934336639', seed],
    ['0969661341', seed],
    ['Điện Biên Phủ', second],
    ['dien bien phu', second],
    ['nguyen thi thu nghiem', second],
    ['0225.3842.689', second],
    ['02253842689', second],
  ])('"%s" finds only the right notice, and the directory that lists it', async (query, expected) => {
    const shown = await search(query);
    expect(shown.notices).toEqual([expected]);
    expect(shown.hrefs.sort()).toEqual([expected, directory].sort());
    expect(shown.status).toBe(`Tìm thấy 2 kết quả cho “${query}”.`);
  });

  it('finds both notices for a word they share, and "duong" matches "đường" in each', async () => {
    const shown = await search('duong');
    expect(shown.notices.sort()).toEqual([seed, second].sort());
  });

  it('shows the subject as title and an excerpt in the original Vietnamese, never the folded text', async () => {
    const shown = await search('duong day nong');
    const at = shown.hrefs.indexOf(seed);
    expect(shown.titles[at]).toBe(
      'Số điện thoại đường dây nóng và trang Facebook tiếp nhận thông tin phản ánh, kiến nghị, khiếu nại, tố cáo của tổ chức, cá nhân, doanh nghiệp',
    );
    expect(shown.titles[shown.hrefs.indexOf(directory)]).toBe('Đường dây nóng đang có hiệu lực');
    for (const excerpt of shown.excerpts) {
      expect(excerpt).toMatch(/đường dây nóng/i);
      expect(excerpt).not.toMatch(/duong day nong/i);
    }
    const marked = await page.$$eval('#danh-sach mark', (ms) => ms.map((m) => m.textContent));
    expect(marked.map((m) => m?.toLowerCase())).toContain('đường');
  });

  it('says so when nothing matches', async () => {
    const shown = await search('qwzx');
    expect(shown.hrefs).toEqual([]);
    expect(shown.status).toContain('Không tìm thấy thông báo nào');
  });

  it('opens a result with the keyboard', async () => {
    const shown = await search('dien bien phu');
    await page.keyboard.press('Tab'); // from the box to the "Tìm" button
    await page.keyboard.press('Tab'); // to the first result
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(shown.hrefs[0]);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${shown.hrefs[0]}`);
    // The page's h1 (the document's own, for paper, is not shown on screen).
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(shown.titles[0]);
  });

  it('takes a query from the header box of another page (?q=)', async () => {
    await page.goto(`${site.url}${seed}`);
    await page.getByRole('searchbox', { name: 'Tìm thông báo' }).fill('do quang minh');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/tim-kiem/?q=*');
    await expect
      .poll(async () => (await page.$$eval('#danh-sach a', (as) => as.map((a) => a.getAttribute('href')))).sort(), { timeout: 10_000 })
      .toEqual([seed, directory].sort());
  });
});

describe('search in English, on the English search page', () => {
  let english: Page;
  const enSeed = `/en${seed}`;
  const enSecond = `/en${second}`;
  const enDirectory = `/en${directory}`;
  beforeAll(async () => {
    english = await site.browser.newPage();
    await english.goto(`${site.url}/en/tim-kiem/`);
  });

  it.each([
    // The translation's words (the English directory lists every hotline, so it has "hotline" too).
    ['hotline', enSeed, true],
    ['denunciations', enSeed, false],
    ['Friendly Office', enSeed, false],
    // Names and streets as written, found without their diacritics.
    ['Tran Quang Khai', enSeed, true],
    ['Do Quang Minh', enSeed, true],
    // Numbers, with or without dots; the second notice has no translation, and its
    // English page is found by its number too.
    ['0934.336.639', enSeed, true],
    ['0969661341', enSeed, true],
    ['0225.3842.689', enSecond, true],
  ])('"%s" finds only the English page of the right notice (and the English directory when it lists it)', async (query, expected, listed) => {
    const shown = await search(query, english, 'Search notices');
    expect(shown.hrefs.filter((h) => h !== enDirectory)).toEqual([expected]);
    expect(shown.hrefs.sort()).toEqual((listed ? [expected, enDirectory] : [expected]).sort());
    expect(shown.status).toBe(`${listed ? 2 : 1} result(s) found for “${query}”.`);
  });

  it('shows the English subject as the title, with an English excerpt', async () => {
    const shown = await search('hotline', english, 'Search notices');
    const at = shown.hrefs.indexOf(enSeed);
    expect(shown.titles[at]).toMatch(/^Hotline numbers and Facebook page for receiving feedback/);
    expect(shown.excerpts[at]).toMatch(/hotline/i);
    expect(shown.titles[shown.hrefs.indexOf(enDirectory)]).toBe('Hotlines in force');
  });

  it('finds English pages only, and the Vietnamese search no English one', async () => {
    const shown = await search('0934336639', english, 'Search notices');
    expect(shown.hrefs.sort()).toEqual([enSeed, enDirectory].sort());
    // A query this page has not had before: the status of an earlier one would not say when the new results are in.
    expect((await search('tran le thu hang')).hrefs.sort()).toEqual([seed, directory].sort());
    expect((await search('hotline')).hrefs).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('the search page lists every notice instead', async () => {
    const noJs = await site.browser.newPage({ javaScriptEnabled: false });
    await noJs.goto(`${site.url}/tim-kiem/?q=duong`);
    const hrefs = await noJs.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining([seed, second]));
    expect(await noJs.innerText('main')).toContain('Tìm kiếm tức thì cần JavaScript');
    await noJs.close();
  });
});
