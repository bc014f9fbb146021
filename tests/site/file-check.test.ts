/**
 * "Is this document genuine?" (/kiem-tra-tep/) as a resident uses it in Chromium on the
 * fixture site, which has a signed original, a scanned one, a replaced notice whose
 * original (a scan) stays published, and PDFs in two languages: each file picked gets the
 * answer it should (the original named and in force; the same file with one byte changed
 * not published; the generated PDF a copy, not the original; the replaced notice's
 * original found and replaced, with the link; a file that is not a PDF not published),
 * while no request at all leaves the page with the file or its hash. Without JavaScript
 * the page says how to compute a SHA-256 and lists every published file's hash; the list
 * and the open data hold every PDF and vCard the build wrote, with their true hashes; axe
 * finds nothing with an answer on screen, light or dark; the English page answers in English.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { DIST, FIXTURE_CONTENT, FIXTURE_DIST, SEED_SLUG, SITE_URL } from '../support/paths.ts';
import { REPLACED_SCANNED_SLUG, SCANNED_SLUG, SIGNED_SLUG } from '../support/signing/site-originals.ts';
import { changeOneByte } from '../support/signing/cases.ts';
import { CHAIN } from '../support/chain.ts';
import { modelOfContent } from '../support/views.ts';
import { axeViolations } from '../../scripts/lib/axe.ts';
import { FILE_CHECK_PATH, PUBLISHED_FILES_PATH, PUBLISHED_FILES_SCHEMA_PATH, originalPath, pdfPath } from '../../src/lib/urls.ts';
import type { PublishedFileIndex } from '../../src/outputs/published-files.ts';
import type { SiteModel } from '../../src/model/site.ts';

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const published = (p: string) => readFileSync(path.join(FIXTURE_DIST, p));
const index = (dir: string) => JSON.parse(readFileSync(path.join(dir, PUBLISHED_FILES_PATH), 'utf8')) as PublishedFileIndex;

let site: SiteSession;
let vi: SiteModel;
let en: SiteModel;
beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
  [vi, en] = await Promise.all([modelOfContent(FIXTURE_CONTENT), modelOfContent(FIXTURE_CONTENT, { lang: 'en' })]);
});
afterAll(async () => {
  await site?.close();
});

interface Checked {
  status: string;
  result: string;
  /** The answer's links: text and path. */
  links: { text: string; href: string }[];
}

/** A page of the check, with every request it makes recorded (address, method, body). */
async function openCheck(lang: '' | 'en/' = '', options: { colorScheme?: 'light' | 'dark'; bypassCSP?: boolean } = {}) {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
  const page = await context.newPage();
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  await page.goto(`${site.url}/${lang}${FILE_CHECK_PATH}`, { waitUntil: 'networkidle' });
  await page.locator('#tep').waitFor({ state: 'visible' });
  const check = async (file: { name: string; buffer: Buffer | Uint8Array; mimeType?: string }): Promise<Checked> => {
    await page.locator('#ket-qua-tep').evaluate((el) => el.setAttribute('hidden', ''));
    await page.setInputFiles('#tep', { name: file.name, mimeType: file.mimeType ?? 'application/pdf', buffer: Buffer.from(file.buffer) });
    await page.locator('#ket-qua-tep:not([hidden])').waitFor();
    return {
      status: squash(await page.locator('#trang-thai-tep').innerText()),
      result: squash(await page.locator('#ket-qua-tep').innerText()),
      links: await page.locator('#ket-qua-tep a').evaluateAll((as) => as.map((a) => ({ text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(), href: new URL((a as HTMLAnchorElement).href).pathname }))),
    };
  };
  return { page, requests, check, close: () => context.close() };
}

describe('checking a file in the Vietnamese page', () => {
  let session: Awaited<ReturnType<typeof openCheck>>;
  let loaded: number;
  const hashes: string[] = [];
  beforeAll(async () => {
    session = await openCheck();
    loaded = session.requests.length;
  });
  afterAll(async () => {
    await session?.close();
  });

  async function check(name: string, buffer: Buffer | Uint8Array, mimeType?: string) {
    hashes.push(sha256(buffer));
    return session.check({ name, buffer, mimeType });
  }

  it('the signed original of a notice: found, named (number, date, issuing body, signer), in force', async () => {
    const v = vi.bySlug.get(SIGNED_SLUG)!;
    const bytes = published(originalPath(SIGNED_SLUG));
    const r = await check('van-ban-nhan-duoc.pdf', bytes);
    expect(r.status).toBe('Đúng: đây là bản gốc có chữ ký số, đúng từng byte tệp trang web này đã công bố.');
    expect(r.result).toContain(`Của thông báo: ${v.ref.name}`);
    expect(r.result).toContain(squash(v.subject));
    expect(r.result).toContain(`Cơ quan ban hành: ${v.notice.issuer.fullName}`);
    expect(r.result).toContain(`Người ký: ${v.notice.signer.name}`);
    for (const s of v.original!.signatures) expect(r.result).toContain(s.name);
    expect(r.result).toContain('Đang có hiệu lực');
    expect(r.result).toContain('không xem chứng thư số của người ký có bị thu hồi');
    expect(r.result).toContain(`Mã SHA-256 của tệp van-ban-nhan-duoc.pdf: ${sha256(bytes)}`);
    expect(r.links).toContainEqual({ text: v.ref.name, href: `/${v.paths.page}` });
  });

  it('the same file with one byte changed: not a file the site published, with what to do instead', async () => {
    const r = await check('van-ban-nhan-duoc.pdf', changeOneByte(published(originalPath(SIGNED_SLUG))));
    expect(r.status).toBe('Không khớp: đây không phải là tệp trang web này đã công bố.');
    expect(r.result).toContain('Tệp có thể đã bị sửa, hoặc là một văn bản khác.');
    expect(r.result).toContain('chỉ gọi số in trên trang đó');
    // A generated PDF changes bytes when the site's code changes: the answer says so.
    expect(r.result).toContain('bản PDF in từ trang web được tạo lại mỗi khi mã nguồn của trang web thay đổi');
    expect(r.links).toEqual([]);
  });

  it('the PDF the site generated: a copy of the notice, not the signed original', async () => {
    const v = vi.bySlug.get(SIGNED_SLUG)!;
    const r = await check(`${SIGNED_SLUG}.pdf`, published(pdfPath(SIGNED_SLUG)));
    expect(r.status).toBe('Đây là bản PDF trang web này in ra từ trang của thông báo: một bản sao để đọc và in, không phải bản gốc có chữ ký.');
    expect(r.result).toContain('Bản PDF in từ trang web (Tiếng Việt)');
    expect(r.result).toContain(`Của thông báo: ${v.ref.name}`);
    expect(r.result).toContain('Văn bản có giá trị pháp lý là bản gốc do cơ quan ký.');
    expect(r.result).not.toContain('Bản gốc có chữ ký số');
  });

  it('the English PDF of a notice is recognised too, as the English copy', async () => {
    const r = await check('ban-dich.pdf', published(`en/${pdfPath(SEED_SLUG)}`));
    expect(r.result).toContain('Bản PDF in từ trang web (English)');
    expect(r.result).toContain(`Của thông báo: ${vi.bySlug.get(SEED_SLUG)!.ref.name}`);
  });

  it('the original of a replaced notice: found, replaced, with the link to what replaced it', async () => {
    const v = vi.bySlug.get(REPLACED_SCANNED_SLUG)!;
    expect(v.lifecycle.state).toBe('replaced');
    const r = await check('thong-bao-cu.pdf', published(originalPath(REPLACED_SCANNED_SLUG)));
    expect(r.status).toBe(
      'Đúng: đây là bản gốc (bản quét, không có chữ ký số), đúng từng byte tệp trang web này đã công bố. ' +
        'Thông báo này đã được thay thế: đừng gọi các số điện thoại trong tệp, hãy xem thông báo thay thế.',
    );
    expect(r.result).toContain(`Của thông báo: ${v.ref.name}`);
    expect(r.result).toContain(`Đã được thay thế bởi ${v.lifecycle.replacedBy!.name}.`);
    expect(r.links).toContainEqual({ text: v.lifecycle.replacedBy!.name, href: `/thong-bao/${CHAIN.replacement}/` });
    expect(r.result).not.toContain('Đang có hiệu lực');
  });

  it('a scanned original in force says it has no digital signature', async () => {
    const r = await check('ban-quet.pdf', published(originalPath(SCANNED_SLUG)));
    expect(r.status).toBe('Đúng: đây là bản gốc (bản quét, không có chữ ký số), đúng từng byte tệp trang web này đã công bố.');
    expect(r.result).toContain(vi.bySlug.get(SCANNED_SLUG)!.ref.name);
  });

  it('a vCard the site published is recognised as one', async () => {
    const v = vi.bySlug.get(SIGNED_SLUG)!;
    const r = await check('lien-he.vcf', published(v.contacts[0]!.vcardPath), 'text/vcard');
    expect(r.status).toBe('Đây là tệp danh bạ (vCard) trang web này đã công bố.');
    expect(r.result).toContain(`Danh bạ (vCard) của ${v.contacts[0]!.person} (Tiếng Việt)`);
  });

  it('a file that is not a PDF: not a file the site published', async () => {
    const r = await check('anh-chup.jpg', Buffer.from('\xff\xd8\xff\xe0 not a PDF, a picture someone forwarded', 'latin1'), 'image/jpeg');
    expect(r.status).toBe('Không khớp: đây không phải là tệp trang web này đã công bố.');
    expect(r.result).toContain('anh-chup.jpg');
  });

  it('sent nothing: no request after the page loaded, and none carrying a file or its hash', async () => {
    expect(hashes.length).toBeGreaterThanOrEqual(8);
    expect(session.requests.slice(loaded).map((r) => r.url())).toEqual([]);
    for (const r of session.requests) {
      expect(new URL(r.url()).origin).toBe(site.url);
      const sent = `${r.url()} ${JSON.stringify(await r.allHeaders())}`;
      const body = r.postDataBuffer();
      for (const h of hashes) expect(sent).not.toContain(h);
      expect(body).toBeNull();
    }
    // The page and what it is made of (its script, its icon), nothing else: no list fetched, no data sent.
    const paths = session.requests.map((r) => new URL(r.url()).pathname);
    expect(paths[0]).toBe(`/${FILE_CHECK_PATH}`);
    expect(paths.slice(1).filter((p) => !/^\/(_astro\/[^/]+\.js|favicon\.svg)$/.test(p))).toEqual([]);
    expect(session.requests.every((r) => r.method() === 'GET')).toBe(true);
  });
});

describe('the English page', () => {
  it('answers in English, naming the notice as the English pages do', async () => {
    const s = await openCheck('en/');
    try {
      const v = en.bySlug.get(SIGNED_SLUG)!;
      const r = await s.check({ name: 'received.pdf', buffer: published(originalPath(SIGNED_SLUG)) });
      expect(r.status).toBe('Genuine: this is the digitally signed original, byte for byte the file this site published.');
      expect(r.result).toContain(`Of the notice: ${v.ref.name}`);
      expect(r.result).toContain('In force');
      expect(r.links).toContainEqual({ text: v.ref.name, href: `/${v.paths.page}` });
      const none = await s.check({ name: 'forged.pdf', buffer: changeOneByte(published(originalPath(SIGNED_SLUG))) });
      expect(none.status).toBe('No match: this is not a file this site published.');
      expect(none.result).toContain('call only a number printed on that page');
      expect(await s.page.locator('html').getAttribute('lang')).toBe('en');
    } finally {
      await s.close();
    }
  });
});

describe('without JavaScript', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/${FILE_CHECK_PATH}`);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('offers no picker that would do nothing, says why, and how to compute a SHA-256 with what every computer has', async () => {
    expect(await page.locator('#tep').isVisible()).toBe(false);
    const text = squash(await page.locator('main').innerText());
    expect(text).toContain('Trình duyệt đang tắt JavaScript');
    expect(text).toContain('certutil -hashfile ten-tep.pdf SHA256');
    expect(text).toContain('shasum -a 256 ten-tep.pdf');
    expect(text).toContain('không xem chứng thư số của người ký có bị thu hồi');
  });

  it('lists every published file with its true hash, under its notice, replaced notices included', async () => {
    const listed = await page.locator('.published-file').evaluateAll((items) =>
      items.map((li) => ({ href: new URL(li.querySelector('a')!.href).pathname, hash: li.querySelector('code')!.textContent!.trim(), notice: li.closest('section')!.getAttribute('data-notice') })),
    );
    const files = index(FIXTURE_DIST).files;
    expect(listed).toEqual(files.map((f) => ({ href: new URL(f.url).pathname, hash: f.sha256, notice: f.notice.slug })));
    for (const f of listed) expect(sha256(published(f.href.slice(1)))).toBe(f.hash);
    expect(listed.map((f) => f.notice)).toContain(REPLACED_SCANNED_SLUG);
  });
});

describe('the published files as open data', () => {
  const files = index(FIXTURE_DIST);

  it('names its JSON Schema, published beside the other schemas, which accepts it', () => {
    expect(files.$schema).toBe(`${SITE_URL}/${PUBLISHED_FILES_SCHEMA_PATH}`);
    const schema = JSON.parse(readFileSync(path.join(FIXTURE_DIST, PUBLISHED_FILES_SCHEMA_PATH), 'utf8'));
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    expect(ajv.validate(schema, files), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('holds every PDF and vCard the build wrote, each with its hash and size', () => {
    const written = (readdirSync(FIXTURE_DIST, { recursive: true }) as string[]).filter((f) => /\.(pdf|vcf)$/.test(f) && !f.startsWith('admin'));
    expect(written.length).toBeGreaterThan(10);
    expect(files.files.map((f) => new URL(f.url).pathname.slice(1)).sort()).toEqual(written.map((f) => f.split(path.sep).join('/')).sort());
    for (const f of files.files) {
      const bytes = published(new URL(f.url).pathname.slice(1));
      expect(f.sha256).toBe(sha256(bytes));
      expect(f.bytes).toBe(bytes.length);
    }
    const kinds = new Set(files.files.map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['generated-pdf', 'scanned-original', 'signed-original', 'vcard']);
  });

  it('gives a notice\'s files the same entries from two builds (the published site and the fixture site)', () => {
    const seed = (dir: string) => index(dir).files.filter((f) => f.notice.slug === SEED_SLUG);
    expect(seed(DIST).length).toBeGreaterThan(2);
    expect(seed(FIXTURE_DIST)).toEqual(seed(DIST));
  });
});

describe('the way to it', () => {
  it('every notice\'s downloads, and every page\'s footer, link the check in the page\'s language', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    try {
      for (const [lang, slug] of [['', SIGNED_SLUG], ['', CHAIN.replaced], ['en/', SEED_SLUG]] as const) {
        await page.goto(`${site.url}/${lang}thong-bao/${slug}/`);
        const inDownloads = page.locator('#tai-ve').locator('..').locator(`a[href="/${lang}${FILE_CHECK_PATH}"]`);
        expect(await inDownloads.count(), `${lang}${slug}`).toBe(1);
        expect(await page.locator(`footer a[href="/${lang}${FILE_CHECK_PATH}"]`).count()).toBe(1);
      }
      await page.goto(`${site.url}/en/`);
      expect(await page.locator(`footer a[href="/en/${FILE_CHECK_PATH}"]`).innerText()).toBe('Check that a file you received is one this site published');
    } finally {
      await page.close();
    }
  });
});

describe('accessibility with an answer on screen', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds nothing in ${colorScheme}, for a match and for no match`, async () => {
      const s = await openCheck('', { colorScheme, bypassCSP: true });
      try {
        await s.check({ name: 'thong-bao-cu.pdf', buffer: published(originalPath(REPLACED_SCANNED_SLUG)) });
        expect(await axeViolations(s.page)).toEqual([]);
        await s.check({ name: 'gia-mao.pdf', buffer: Buffer.from('%PDF-1.7 forged') });
        expect(await axeViolations(s.page)).toEqual([]);
        // Nothing wider than the phone's screen.
        expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      } finally {
        await s.close();
      }
    });
  }
});
