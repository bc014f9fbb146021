/**
 * Another language is content, not code. Hải Phòng's investors are largely Korean,
 * Japanese and Chinese; the test site tests/fixtures/ko-site/ adds Korean with what a
 * content folder can hold and nothing else: `translations.ko` in its site.yaml, one
 * strings file (i18n/ko.json), a notice with a `translations.ko` block. The build of that
 * folder (a test site, tests/support/build-site.ts) gives Korean pages: checked here in Chromium, with the
 * proof that no code of the project mentions Korean.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { KO_CONTENT, KO_DIST, KO_SLUG, ROOT } from '../support/paths.ts';
import type { HotlineFile } from '../../src/kinds/hotline/index.ts';

const notice = parse(readFileSync(path.join(KO_CONTENT, 'notices', `${KO_SLUG}.yaml`), 'utf8')) as HotlineFile;
const ko = notice.translations!.ko!;
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const vi = `/thong-bao/${KO_SLUG}/`;
const korean = `/ko/thong-bao/${KO_SLUG}/`;

let site: SiteSession;
let page: Page;
beforeAll(async () => {
  site = await openSite(KO_DIST);
  page = await site.browser.newPage({ javaScriptEnabled: false });
  await page.goto(site.url + korean);
});
afterAll(() => site?.close());

const tels = (p: Page) => p.$$eval('a[href^="tel:"]', (as) => as.map((a) => [a.getAttribute('href'), a.textContent?.match(/[\d.]{6,}/)?.[0]]));

describe('a Korean page, from a strings file and translation blocks only', () => {
  it('is Korean, with the Korean strings of the content folder', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    const contact = squash(await page.innerText('.contact'));
    for (const words of ['연락처', '핫라인 전화', '연락처에 저장', '직접 방문', '접수 시간']) expect(contact).toContain(words);
    expect(await page.locator('.site-name').innerText()).toBe('하이퐁시 외무국 공지');
  });

  it('carries the notice\'s Korean text, labelled unofficial, in the decree\'s frame in Korean', async () => {
    const text = squash(await page.innerText('.official'));
    expect(text).toMatch(/^공지 전문 비공식 번역입니다\. 베트남어 원문이 공식 공지입니다\. 하이퐁시 외무국은\(는\) 아직 이 번역을 검토하지 않았습니다\./);
    for (const t of ['베트남 사회주의 공화국', '독립 – 자유 – 행복', ko.subject, ...ko.opening.map((p) => p.text), ko.address.text, ko.closing, '수신처:', ko.signer.post]) {
      expect(text).toContain(squash(t));
    }
    // Dates as Korean writes them (Intl), names as the original writes them.
    expect(text).toContain('Hải Phòng, 2026년 5월 15일');
    expect(text).toContain('Đỗ Văn Thử 씨, 사무국장, 전화: 0934.336.639.');
    expect(await page.$$eval('.official [lang="vi"]', (els) => els.map((e) => e.textContent))).toEqual(expect.arrayContaining(['Đỗ Văn Thử', 'Trần Văn Ký', 'Trần Quang Khải', 'Hồng Bàng']));
  });

  it('has the same tel: links as the Vietnamese page', async () => {
    const ours = await tels(page);
    const viPage = await site.browser.newPage({ javaScriptEnabled: false });
    await viPage.goto(site.url + vi);
    expect(ours).toEqual(await tels(viPage));
    expect(ours.slice(0, 2)).toEqual([
      ['tel:+84934336639', '0934.336.639'],
      ['tel:+84969661341', '0969.661.341'],
    ]);
    // And the Vietnamese page names its Korean version, in Korean.
    const link = viPage.locator('.lang-switch a[hreflang="ko"]');
    expect(await link.innerText()).toBe('한국어');
    expect(await link.getAttribute('lang')).toBe('ko');
    expect(await link.getAttribute('href')).toBe(korean);
    await viPage.close();
  });

  it('is searchable in Korean: the Korean search page loads the Korean index', async () => {
    const search = await site.browser.newPage();
    await search.goto(`${site.url}/ko/tim-kiem/?q=${encodeURIComponent('핫라인')}`);
    // The notice's Korean page, and the Korean directory of hotlines, which lists its numbers.
    await expect.poll(() => search.$$eval('#danh-sach a', (as) => as.map((a) => a.getAttribute('href')).sort()), { timeout: 10_000 }).toEqual(['/ko/duong-day-nong/', korean]);
    expect(await search.locator('#trang-thai').innerText()).toBe('“핫라인”에 대한 결과 2건을 찾았습니다.');
    await search.close();
  });

  it('needed no code: nothing in src/ mentions Korean', () => {
    const files = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|astro|json|css|js)$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    const mentions = files.filter((f) => {
      const text = readFileSync(path.join(ROOT, 'src', f), 'utf8');
      return /[\uAC00-\uD7AF]|['"]ko['"]|ko-KR/.test(text);
    });
    expect(mentions).toEqual([]);
  });
});
