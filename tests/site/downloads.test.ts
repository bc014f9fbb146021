/**
 * "Tải văn bản" on the notice pages, as a resident uses it in Chromium: the PDF of the page
 * with its true size; where the agency's original exists, that original first, byte for
 * byte, with its hash, who signed it and when, and how to check it; a scanned original
 * saying plainly that it has no digital signature. And no page anywhere links a PDF that
 * is not there.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { BASE_DIST, BASE_PATH, DIST, FIXTURE_CONTENT, FIXTURE_DIST, SEARCH_DIST, SEED_SLUG } from '../support/paths.ts';
import { SCANNED_SLUG, SIGNED_SLUG } from '../support/signing/site-originals.ts';
import { formatFileSize } from '../../src/lib/file-size.ts';

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let dist: SiteSession;
let fixtures: SiteSession;
beforeAll(async () => {
  [dist, fixtures] = await Promise.all([openSite(DIST), openSite(FIXTURE_DIST)]);
});
afterAll(async () => {
  await dist?.close();
  await fixtures?.close();
});

async function open(session: SiteSession, slug: string): Promise<Page> {
  const page = await session.browser.newPage({ javaScriptEnabled: false });
  await page.goto(`${session.url}/thong-bao/${slug}/`);
  return page;
}

/** Downloads a link's target as the browser would, with its content type. */
async function fetchLink(page: Page, href: string): Promise<{ status: number; type: string; bytes: Uint8Array }> {
  const response = await page.request.get(new URL(href, page.url()).href);
  return { status: response.status(), type: response.headers()['content-type'] ?? '', bytes: new Uint8Array(await response.body()) };
}

describe('the seed notice page', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(dist, SEED_SLUG);
  });

  it('offers "Tải bản PDF" with the size of the file it downloads, a PDF', async () => {
    const link = page.getByRole('link', { name: /^Tải bản PDF \(/ });
    expect(await link.count()).toBe(1);
    const name = squash(await link.innerText());
    const pdf = await fetchLink(page, (await link.getAttribute('href'))!);
    expect(pdf.status).toBe(200);
    expect(new TextDecoder().decode(pdf.bytes.subarray(0, 5))).toBe('%PDF-');
    expect(name).toBe(`Tải bản PDF (${formatFileSize(pdf.bytes.length)})`);
    expect(name).toMatch(/^Tải bản PDF \(\d+ KB\)$/);
  });

  it('offers it under "Tải văn bản", before the full text, and says nothing of an original it does not have', async () => {
    const headings = (await page.locator('main h2').allInnerTexts()).map(squash);
    expect(headings.indexOf('Tải văn bản')).toBeGreaterThan(-1);
    expect(headings.indexOf('Tải văn bản')).toBeLessThan(headings.indexOf('Toàn văn thông báo'));
    const block = squash(await page.locator('.downloads').innerText());
    expect(block).not.toMatch(/bản gốc|chữ ký số|SHA-256/i);
  });
});

describe('a notice with a signed original (fixture site)', () => {
  let page: Page;
  let block: string;
  const original = () => readFileSync(path.join(FIXTURE_CONTENT, 'notices', '15-TB-NV.signed.pdf'));
  beforeAll(async () => {
    page = await open(fixtures, SIGNED_SLUG);
    block = squash(await page.locator('.downloads').innerText());
  });

  it('offers the original first, and the generated PDF after it, called a rendering of the web page', async () => {
    const links = (await page.locator('.downloads a[href$=".pdf"]').allInnerTexts()).map(squash);
    expect(links).toEqual([`Tải bản gốc có chữ ký số (PDF, ${formatFileSize(original().length)})`, expect.stringMatching(/^Tải bản PDF in từ trang web \(\d+ KB\)$/)]);
    expect(block).toContain('Bản này là trang web in ra PDF, để đọc và in cho tiện; không phải bản gốc và không có chữ ký số.');
  });

  it('links the original byte for byte, as a PDF', async () => {
    const href = await page.getByRole('link', { name: /^Tải bản gốc có chữ ký số/ }).getAttribute('href');
    expect(href).toBe(`/thong-bao/${SIGNED_SLUG}/${SIGNED_SLUG}-ban-goc.pdf`);
    const got = await fetchLink(page, href!);
    expect(got.status).toBe(200);
    expect(got.type).toMatch(/^application\/pdf/);
    expect(Buffer.from(got.bytes).equals(original())).toBe(true);
  });

  it('shows the SHA-256 of that file', async () => {
    expect(squash(await page.locator('.download__hash').innerText())).toBe(sha256(original()));
    expect(block).toContain(`Mã SHA-256 của tệp ${sha256(original())}`);
  });

  it('says who signed it and when, in Vietnam time: the person, then the agency', async () => {
    expect(block).toContain(
      'Người ký Trần Thị Quỳnh Trang (Sở Ngoại vụ thành phố Hải Phòng), lúc 08:00 ngày 15/05/2026 (giờ Việt Nam). Chứng thư số do Test Issuing CA cấp.',
    );
    expect(block).toContain('Cơ quan ký Sở Ngoại vụ thành phố Hải Phòng, lúc 09:30 ngày 15/05/2026 (giờ Việt Nam). Chứng thư số do Test Issuing CA cấp.');
    const times = await page.locator('.download__facts time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(times).toEqual(['2026-05-15T08:00:00+07:00', '2026-05-15T09:30:00+07:00']);
  });

  it('says what it is, and how anyone can check it: Adobe Reader, the government’s tool, the hash', async () => {
    expect(block).toContain('Đây là văn bản điện tử có giá trị pháp lý (Nghị định 30/2020/NĐ-CP, Điều 5)');
    expect(block).toContain('Adobe Acrobat Reader');
    expect(block).toContain('Ban Cơ yếu Chính phủ');
    const commands = (await page.locator('.download__check code').allInnerTexts()).map(squash);
    expect(commands).toEqual([`certutil -hashfile ${SIGNED_SLUG}-ban-goc.pdf SHA256`, `shasum -a 256 ${SIGNED_SLUG}-ban-goc.pdf`]);
  });
});

describe('a notice with a scanned original (fixture site)', () => {
  let page: Page;
  let block: string;
  beforeAll(async () => {
    page = await open(fixtures, SCANNED_SLUG);
    block = squash(await page.locator('.downloads').innerText());
  });

  it('says plainly that it carries no digital signature, and names no signer', () => {
    expect(block).toContain('Tải bản gốc, bản quét (PDF,');
    expect(block).toContain('Bản gốc này là bản quét văn bản giấy đã ký, không có chữ ký số');
    expect(block).not.toMatch(/Người ký|Cơ quan ký|Adobe|có chữ ký số \(PDF/);
  });

  it('links it byte for byte, with its hash', async () => {
    const href = await page.getByRole('link', { name: /^Tải bản gốc, bản quét/ }).getAttribute('href');
    const got = await fetchLink(page, href!);
    const file = readFileSync(path.join(FIXTURE_CONTENT, 'notices', 'ban-quet', '16-TB-NV.pdf'));
    expect(Buffer.from(got.bytes).equals(file)).toBe(true);
    expect(block).toContain(sha256(file));
  });
});

describe('every built site', () => {
  const htmlFiles = (dir: string) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => path.join(dir, f));

  it.each([
    ['dist', DIST, '/'],
    ['the fixture site', FIXTURE_DIST, '/'],
    ['the search site', SEARCH_DIST, '/'],
    ['the sub-folder site', BASE_DIST, BASE_PATH],
  ])('%s links no PDF that is not there, and every notice page links its PDF', (_name, dir, base) => {
    const links: string[] = [];
    for (const file of htmlFiles(dir)) {
      const html = readFileSync(file, 'utf8');
      // No marker is left for a resident's browser to show.
      expect(html).not.toContain('<!--pdf');
      for (const m of html.matchAll(/href="([^"]+\.pdf)"/g)) links.push(m[1]!);
    }
    const notices = readdirSync(path.join(dir, 'thong-bao'));
    expect(links.length).toBeGreaterThanOrEqual(notices.length);
    for (const href of links) {
      expect(href.startsWith(base), href).toBe(true);
      expect(existsSync(path.join(dir, href.slice(base.length))), href).toBe(true);
    }
    for (const slug of notices) expect(links).toContain(`${base}thong-bao/${slug}/${slug}.pdf`);
  });
});
