/**
 * The registered (test) notice on paper: its number and full date written as the decree
 * says, a "KT." signer, a parent body long enough to wrap, a one-page notice.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { FIXTURE_DIST, SECOND_SLUG } from '../support/paths.ts';
import { findWord, openForPrint, pageText, printToPdf, rasterise, topMarginWords, type PrintedPdf } from './pdf.ts';

const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(`${FIXTURE_DIST}/thong-bao/${SECOND_SLUG}/index.html`, 'utf8'))![1];

let site: SiteSession;
let pdf: PrintedPdf;

beforeAll(async () => {
  site = await openSite(FIXTURE_DIST);
  const page = await openForPrint(site.browser, `${site.url}/thong-bao/${SECOND_SLUG}/`);
  pdf = await printToPdf(page, 'second');
});
afterAll(() => site?.close());

describe('a registered notice on paper', () => {
  it('fits one A4 page, which carries no page number', () => {
    expect(pdf.pages.length).toBe(1);
    expect(topMarginWords(pdf.pages[0])).toEqual([]);
  });

  it('writes "Số: 05/TB-NV" and "ngày 05 tháng 02 năm 2026", on one line (R7, R10)', () => {
    const text = pageText(pdf.pages[0]);
    expect(text).toContain('Số: 05/TB-NV');
    expect(text).toContain('Hải Phòng, ngày 05 tháng 02 năm 2026');
    const so = findWord(pdf.pages[0], 'Số:')!;
    const year = findWord(pdf.pages[0], '2026', 100)!;
    expect(Math.abs(year.yMax - so.yMax)).toBeLessThan(0.5);
  });

  it('signs "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC", the name centred below (R15)', () => {
    const p = pdf.pages[0];
    const kt = findWord(p, 'KT.')!;
    const pho = findWord(p, 'PHÓ')!;
    const name = findWord(p, 'Thử', 100)!;
    expect(kt).toBeDefined();
    expect(pho.yMin).toBeGreaterThan(kt.yMax - 1);
    expect(pho.yMin - kt.yMin).toBeLessThan(10);
    expect(name.yMin - pho.yMax).toBeGreaterThan(20);
    const line = (first: string, last: string, minY: number) => {
      const ws = p.words.filter((w) => w.yMin >= minY - 0.5 && w.yMin <= minY + 0.5);
      const a = ws.find((w) => w.text === first)!;
      const b = ws.find((w) => w.text === last)!;
      return (a.xMin + b.xMax) / 2;
    };
    const ktCentre = line('KT.', 'ĐỐC', kt.yMin);
    const phoCentre = line('PHÓ', 'ĐỐC', pho.yMin);
    const nameCentre = line('Lê', 'Thử', name.yMin);
    expect(Math.abs(ktCentre - phoCentre)).toBeLessThan(1);
    expect(Math.abs(nameCentre - phoCentre)).toBeLessThan(1);
    expect(pageText(p)).toMatch(/KT\. GIÁM ĐỐC PHÓ GIÁM ĐỐC/);
  });

  it('wraps a long parent body inside its column and the left margin', () => {
    const p = pdf.pages[0];
    const uy = findWord(p, 'ỦY')!;
    const phong = p.words.find((w) => w.text === 'PHÒNG' && w.yMin > uy.yMin)!;
    expect(phong.yMin).toBeGreaterThan(uy.yMax - 1); // on a second line
    for (const w of p.words) expect(w.xMin).toBeGreaterThanOrEqual(30);
    expect(pageText(p)).toContain('ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG SỞ NGOẠI VỤ');
  });

  it('ends the recipients with "- Lưu: VT, VP." and embeds only the serif', () => {
    expect(pageText(pdf.pages[0])).toContain('- Trang thông tin điện tử của Sở; - Lưu: VT, VP.');
    for (const f of pdf.fonts) expect(f).toMatch(/^(TimesNewRoman|Times-|LiberationSerif|Tinos)/i);
  });

  it('carries a QR code to its own address', () => {
    const png = rasterise(pdf.file, 1, 200);
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(canonical);
  });
});
