/**
 * The seed notice on paper: printed by real Chromium from the built site, then checked
 * against docs/print-rules.md (rule numbers R1–R17) from the PDF itself and from the
 * styles the page computes for print.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import jsQR from 'jsqr';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { DIST, SEED_SLUG, SEED_TEXT } from '../support/paths.ts';
import { findWord, openForPrint, OUT, pageText, printToPdf, rasterise, readPdf, squash, topMarginWords, type PrintedPdf } from './pdf.ts';

const seedLines = readFileSync(SEED_TEXT, 'utf8')
  .split('\n')
  .map((l) => squash(l.replace(/^\s*[-+]\s+/, '')))
  .filter(Boolean);
const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(`${DIST}/thong-bao/${SEED_SLUG}/index.html`, 'utf8'))![1];

let site: SiteSession;
let page: Page;
let pdf: PrintedPdf;

beforeAll(async () => {
  site = await openSite(DIST);
  page = await openForPrint(site.browser, `${site.url}/thong-bao/${SEED_SLUG}/`);
  pdf = await printToPdf(page, 'seed');
});
afterAll(() => site?.close());

const allText = () => squash(pdf.pages.map(pageText).join(' '));

describe('the page (R1–R4)', () => {
  it('is A4 portrait, 210 × 297 mm, and the seed runs onto a second page', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    for (const p of pdf.pages) {
      expect(p.widthMm).toBeCloseTo(210, 0);
      expect(p.heightMm).toBeCloseTo(297, 0);
    }
  });

  it('keeps every word within the decree margins, and the text reaches them (printed PDF)', () => {
    for (const [i, p] of pdf.pages.entries()) {
      const words = p.words.filter((w) => !topMarginWords(p).includes(w));
      const left = Math.min(...words.map((w) => w.xMin));
      const right = p.widthMm - Math.max(...words.map((w) => w.xMax));
      const top = Math.min(...words.map((w) => w.yMin));
      const bottom = p.heightMm - Math.max(...words.map((w) => w.yMax));
      expect(left, `page ${i + 1} left`).toBeGreaterThanOrEqual(30);
      expect(left, `page ${i + 1} left`).toBeLessThanOrEqual(35.5);
      expect(right, `page ${i + 1} right`).toBeGreaterThanOrEqual(15);
      expect(right, `page ${i + 1} right`).toBeLessThanOrEqual(20.5);
      // The first line's box starts at the margin; its glyphs a little below it (half-leading).
      expect(top, `page ${i + 1} top`).toBeGreaterThanOrEqual(20);
      expect(top, `page ${i + 1} top`).toBeLessThanOrEqual(26.5);
      expect(bottom, `page ${i + 1} bottom`).toBeGreaterThanOrEqual(20);
    }
  });

  it('sets the text area by the decree margins (top 20–25, bottom 20–25, left 30–35, right 15–20 mm)', async () => {
    const m = await page.evaluate(() => {
      const toMm = (v: string) => {
        const probe = document.createElement('div');
        probe.style.width = v;
        document.body.append(probe);
        const px = probe.getBoundingClientRect().width;
        probe.remove();
        return Math.round(((px * 25.4) / 96) * 10) / 10;
      };
      const rules = [...document.styleSheets].flatMap((s) => [...s.cssRules]);
      const pageRule = rules.find((r): r is CSSPageRule => r instanceof CSSPageRule && r.selectorText === '')!;
      const official = getComputedStyle(document.querySelector('.official')!);
      // The margins are written with the page's tokens (var(--page-…)): the shorthand's four
      // values, each resolved on an element as the page context resolves them.
      const [top, right, bottom, left] = pageRule.style.getPropertyValue('margin').match(/var\([^)]+\)|calc\([^)]*\)|[^\s]+/g)!;
      return {
        size: pageRule.style.getPropertyValue('size'),
        top: toMm(top!),
        bottom: toMm(bottom!),
        left: toMm(left!) + toMm(official.paddingLeft),
        right: toMm(right!) + toMm(official.paddingRight),
      };
    });
    expect(m.size).toMatch(/^A4( portrait)?$/i);
    expect(m.top).toBeGreaterThanOrEqual(20);
    expect(m.top).toBeLessThanOrEqual(25);
    expect(m.bottom).toBeGreaterThanOrEqual(20);
    expect(m.bottom).toBeLessThanOrEqual(25);
    expect(m.left).toBeGreaterThanOrEqual(30);
    expect(m.left).toBeLessThanOrEqual(35);
    expect(m.right).toBeGreaterThanOrEqual(15);
    expect(m.right).toBeLessThanOrEqual(20);
  });

  it('embeds only the serif family: Times New Roman or its metric twins', () => {
    expect(pdf.fonts.length).toBeGreaterThan(0);
    for (const f of pdf.fonts) expect(f).toMatch(/^(TimesNewRoman|Times-|LiberationSerif|Tinos)/i);
  });

  it('numbers pages from 2, centred in the top margin; page 1 has no number', () => {
    expect(topMarginWords(pdf.pages[0])).toEqual([]);
    const [num, ...more] = topMarginWords(pdf.pages[1]);
    expect(more).toEqual([]);
    expect(num.text).toBe('2');
    // Centred over the text (35 … 190 mm), upright, in the 25 mm top margin.
    expect((num.xMin + num.xMax) / 2).toBeCloseTo(112.5, 0);
    expect(num.yMin).toBeGreaterThan(3);
    expect(num.yMax).toBeLessThan(25);
    // 13–14 pt: the glyph box of a digit is about the font size (1 pt = 0.353 mm).
    const heightPt = (num.yMax - num.yMin) / (25.4 / 72);
    expect(heightPt).toBeGreaterThan(13 * 1.05);
    expect(heightPt).toBeLessThan(14 * 1.25);
  });

  it('keeps the browser\'s own headers and footers (date, title, address) off the paper', async () => {
    const file = `${OUT}/seed-header-footer.pdf`;
    await page.pdf({ path: file, preferCSSPageSize: true, displayHeaderFooter: true });
    const withHf = readPdf(file);
    const margins = withHf.pages.map((p) => p.words.filter((w) => w.yMax < 22 || w.yMin > p.heightMm - 20).map((w) => w.text).join(' '));
    expect(margins).toEqual(['', ...withHf.pages.slice(1).map((_, i) => String(i + 2))]);
  });

  it('gives the page number 13–14 pt, upright, in the serif', async () => {
    const box = await page.evaluate(() => {
      const rules = [...document.styleSheets].flatMap((s) => [...s.cssRules]);
      const pageRule = rules.find((r): r is CSSPageRule => r instanceof CSSPageRule && r.selectorText === '')!;
      const top = [...pageRule.cssRules].find((r) => r.cssText.startsWith('@top-center')) as CSSRule & { style: CSSStyleDeclaration };
      return { size: top.style.fontSize, style: top.style.fontStyle, family: top.style.fontFamily, content: top.style.content };
    });
    expect(box.content).toBe('counter(page)');
    expect(['13pt', '14pt']).toContain(box.size);
    expect(box.style).toBe('normal');
    expect(box.family).toMatch(/Times New Roman/);
  });
});

describe('the text on paper', () => {
  it('has every line of the seed text, word for word', () => {
    const text = allText();
    expect(seedLines.length).toBeGreaterThan(30);
    expect(seedLines.filter((l) => !text.includes(l))).toEqual([]);
  });

  it('is precomposed Unicode (R3), ends with "./." (R14) and has no "Kính gửi" line (R17)', () => {
    const raw = execFileSync('pdftotext', [pdf.file, '-'], { encoding: 'utf8' });
    expect(raw).toBe(raw.normalize('NFC'));
    expect(allText()).toMatch(/liên hệ\.\/\. Nơi nhận:/);
    expect(allText()).not.toMatch(/Kính gửi/i);
  });

  it('prints nothing of the website', () => {
    const text = allText();
    for (const webOnly of ['Bỏ qua, đến nội dung chính', 'Toàn văn thông báo', 'Liên hệ', 'Gọi đường dây nóng', 'Xem bản in', 'Bản dự thảo', 'Trang tĩnh', 'OpenStreetMap', 'Bình luận trên Facebook']) {
      expect(text).not.toContain(webOnly);
    }
    // The subject is printed once: as the title, not again as the web page's h1.
    expect(text.split('Số điện thoại đường dây nóng và trang Facebook').length - 1).toBe(1);
  });

  it('hides the website parts and prints links as their text', async () => {
    const shown = await page.$$eval('.skip-link, .site-header, .site-footer, .contact, .notice-head, #toan-van, button', (els) =>
      els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.outerHTML.slice(0, 60)),
    );
    expect(shown).toEqual([]);
    const links = await page.$$eval('.official a', (as) => as.map((a) => ({ color: getComputedStyle(a).color, line: getComputedStyle(a).textDecorationLine })));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l).toEqual({ color: 'rgb(0, 0, 0)', line: 'none' });
    expect(allText()).not.toMatch(/tel:|mailto:/);
  });

  it('never leaves a clause heading alone at the foot of a page', async () => {
    const headings = (await page.$$eval('.doc-section', (hs) => hs.map((h) => h.textContent ?? ''))).map(squash);
    expect(headings.length).toBe(5);
    for (const h of headings) {
      const onPage = pdf.pages.find((p) => pageText(p).includes(h));
      expect(onPage, h).toBeDefined();
      const after = pageText(onPage!).split(h)[1];
      expect(after.length, `text after "${h}" on its page`).toBeGreaterThan(20);
    }
  });

  it('keeps the closing block together, with the last lines of the text', () => {
    const last = pdf.pages.at(-1)!;
    const text = pageText(last);
    for (const part of ['Nơi nhận:', 'Lưu: VT.', 'GIÁM ĐỐC', 'Trần Thị Quỳnh Trang', 'liên hệ./.']) expect(text).toContain(part);
  });

  it('keeps the header together on page 1', () => {
    const text = pageText(pdf.pages[0]);
    for (const part of ['UBND THÀNH PHỐ HẢI PHÒNG', 'SỞ NGOẠI VỤ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'THÔNG BÁO']) {
      expect(text).toContain(part);
    }
  });
});

describe('the header (R5–R10)', () => {
  it('leaves the draft number and day blank, with room to write them by hand (R7, R10)', () => {
    const p1 = pdf.pages[0];
    const so = findWord(p1, 'Số:')!;
    const symbol = findWord(p1, '/TB-NV')!;
    expect(so).toBeDefined();
    expect(symbol).toBeDefined();
    // Room for a two-digit number: at least 7 mm of blank between "Số:" and "/TB-NV".
    expect(symbol.xMin - so.xMax).toBeGreaterThanOrEqual(7);
    expect(symbol.xMin - so.xMax).toBeLessThanOrEqual(20);
    const ngay = findWord(p1, 'ngày', 100)!;
    const thang = findWord(p1, 'tháng', 100)!;
    expect(thang.xMin - ngay.xMax).toBeGreaterThanOrEqual(7);
    expect(thang.xMin - ngay.xMax).toBeLessThanOrEqual(20);
    expect(pageText(p1)).toContain('Hải Phòng, ngày tháng 5 năm 2026');
  });

  it('puts the place and date on the same line as "Số" (R10)', () => {
    const p1 = pdf.pages[0];
    const so = findWord(p1, 'Số:')!;
    const year = findWord(p1, '2026', 100)!;
    expect(year.xMin).toBeGreaterThan(so.xMax + 40);
    // Same baseline: the boxes' bottoms (baseline + descent) within 0.5 mm.
    expect(Math.abs(year.yMax - so.yMax)).toBeLessThan(0.5);
  });

  it('centres the left column under the agency and the right column under the Quốc hiệu', () => {
    const p1 = pdf.pages[0];
    const centre = (words: string[], minX = 0) => {
      const ws = words.map((t) => findWord(p1, t, minX)!);
      return (ws[0].xMin + ws.at(-1)!.xMax) / 2;
    };
    const parent = centre(['UBND', 'PHÒNG']);
    const issuer = centre(['SỞ', 'VỤ']);
    const nation = centre(['CỘNG', 'NAM']);
    const motto = centre(['Độc', 'phúc']);
    expect(Math.abs(parent - issuer)).toBeLessThan(1);
    expect(Math.abs(nation - motto)).toBeLessThan(1);
    expect(nation - parent).toBeGreaterThan(70);
  });
});

describe('the QR code', () => {
  it('decodes to the notice web address, printed beside it, below the signature', () => {
    const lastNo = pdf.pages.length;
    const png = rasterise(pdf.file, lastNo, 200);
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(canonical);
    const last = pdf.pages.at(-1)!;
    expect(pageText(last)).toContain(canonical);
    const url = last.words.find((w) => w.text.includes(canonical))!;
    const name = findWord(last, 'Trang')!;
    expect(url.yMin).toBeGreaterThan(name.yMax);
    // Small: the code's location in the picture spans at most 30 mm.
    const mmPerPx = 25.4 / 200;
    const side = (code!.location.topRightCorner.x - code!.location.topLeftCorner.x) * mmPerPx;
    expect(side).toBeGreaterThan(10);
    expect(side).toBeLessThan(30);
  });
});
