/**
 * The English page on paper: printed by real Chromium from the built site (Ctrl+P on
 * /en/thong-bao/<seed>/), read back from the PDF with poppler. It is laid out like the
 * original (A4, the decree's margins, the two-column header, page numbers from 2), as
 * translations of Vietnamese official documents are, in English ("SOCIALIST REPUBLIC OF
 * VIET NAM / Independence – Freedom – Happiness"), and it cannot be taken for the
 * original: it is headed "Unofficial translation", leaves no room for a signature and a
 * seal, and gives the address of the official Vietnamese text.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import jsQR from 'jsqr';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { DIST, SEED_SLUG, SEED_YAML, SITE_URL } from '../support/paths.ts';
import type { HotlineFile } from '../../src/kinds/hotline/index.ts';
import { findWord, openForPrint, pageText, printToPdf, rasterise, squash, topMarginWords, type PrintedPdf } from './pdf.ts';

const en = (parse(readFileSync(SEED_YAML, 'utf8')) as HotlineFile).translations!.en!;
const englishUrl = `${SITE_URL}/en/thong-bao/${SEED_SLUG}/`;
const vietnameseUrl = `${SITE_URL}/thong-bao/${SEED_SLUG}/`;

let site: SiteSession;
let pdf: PrintedPdf;
let original: PrintedPdf;

beforeAll(async () => {
  site = await openSite(DIST);
  const page = await openForPrint(site.browser, `${site.url}/en/thong-bao/${SEED_SLUG}/`);
  pdf = await printToPdf(page, 'seed-en');
  const viPage = await openForPrint(site.browser, `${site.url}/thong-bao/${SEED_SLUG}/`);
  original = await printToPdf(viPage, 'seed-vi-for-en');
});
afterAll(() => site?.close());

const allText = () => squash(pdf.pages.map(pageText).join(' '));

describe('the English print', () => {
  it('is A4, within the same margins as the original, numbered from page 2', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    for (const [i, p] of pdf.pages.entries()) {
      expect(p.widthMm).toBeCloseTo(210, 0);
      expect(p.heightMm).toBeCloseTo(297, 0);
      const words = p.words.filter((w) => !topMarginWords(p).includes(w));
      expect(Math.min(...words.map((w) => w.xMin)), `page ${i + 1} left`).toBeGreaterThanOrEqual(30);
      expect(p.widthMm - Math.max(...words.map((w) => w.xMax)), `page ${i + 1} right`).toBeGreaterThanOrEqual(15);
    }
    expect(topMarginWords(pdf.pages[0]!)).toEqual([]);
    expect(topMarginWords(pdf.pages[1]!).map((w) => w.text)).toEqual(['2']);
    for (const f of pdf.fonts) expect(f).toMatch(/^(TimesNewRoman|Times-|LiberationSerif|Tinos)/i);
  });

  it('is headed "Unofficial translation", above the national header, on page 1', () => {
    const p1 = pdf.pages[0]!;
    expect(pageText(p1)).toMatch(/^UNOFFICIAL TRANSLATION\. The Vietnamese text is the official notice\. The Department of Foreign Affairs of Hai Phong City has not yet reviewed this translation\./);
    const label = findWord(p1, 'UNOFFICIAL')!;
    const nation = findWord(p1, 'SOCIALIST')!;
    expect(label.yMax).toBeLessThan(nation.yMin);
  });

  it('reproduces the header in English, in the original\'s two columns', () => {
    const p1 = pdf.pages[0]!;
    const text = pageText(p1);
    for (const part of ['SOCIALIST REPUBLIC OF VIET NAM', 'Independence – Freedom – Happiness', 'DEPARTMENT OF FOREIGN', 'No.: /TB-NV', 'Hải Phòng, May 2026', 'NOTICE']) {
      expect(text).toContain(part);
    }
    expect(allText()).not.toMatch(/CỘNG HÒA|Độc lập|Nơi nhận|Lưu:/);
    // The same columns as the original: the Quốc hiệu's English on the right, as far across.
    const centre = (ws: { xMin: number; xMax: number }[]) => (ws[0]!.xMin + ws.at(-1)!.xMax) / 2;
    const ours = centre([findWord(p1, 'SOCIALIST')!, findWord(p1, 'NAM', 100)!]);
    const theirs = centre([findWord(original.pages[0]!, 'CỘNG')!, findWord(original.pages[0]!, 'NAM', 100)!]);
    expect(Math.abs(ours - theirs)).toBeLessThan(1.5);
  });

  it('has the whole translation, with the phone numbers as printed', () => {
    const text = allText();
    const texts = [
      en.subject,
      ...en.opening.map((p) => p.text),
      en.hotlines.heading,
      `Mr Đỗ Quang Minh, ${en.hotlines.contacts[0]!.post}, phone: 0934.336.639.`,
      `Ms Trần Lê Thu Hằng, ${en.hotlines.contacts[1]!.post}, phone: 0969.661.341.`,
      en.facebook!.heading,
      'Link: https://www.facebook.com/haiphongdofa?locale=vi_VN',
      en.hours.text,
      en.address.text,
      ...en.responsibilities!.items.flatMap((r) => [r.text, ...(r.items ?? [])]),
      en.closing,
      ...en.recipients.map((r) => `${r};`),
      'Archived: VT.',
    ];
    expect(texts.map(squash).filter((t) => !text.includes(t))).toEqual([]);
    for (const webOnly of ['Skip to main content', 'Full text of the notice', 'Call the hotline', 'Print preview', 'Comments on Facebook', 'OpenStreetMap', 'Tiếng Việt (official)']) {
      expect(text).not.toContain(webOnly);
    }
  });

  it('leaves no room for a signature or a seal: the name follows the post', () => {
    const gap = (p: PrintedPdf, post: string, name: string) => {
      // The signer's block: the page with the post, the name below it (the first
      // occurrence of the name on that page, not a hotline's person of the same family name).
      const last = p.pages.findLast((pg) => findWord(pg, post))!;
      const below = last.words.find((w) => w.text === name && w.yMin > findWord(last, post)!.yMin)!;
      return below.yMin - findWord(last, post)!.yMax;
    };
    expect(gap(original, 'GIÁM', 'Trần')).toBeGreaterThan(25);
    expect(gap(pdf, 'DIRECTOR', 'Trần')).toBeLessThan(5);
  });

  it('gives its own address by QR code, and the address of the official Vietnamese text', () => {
    const png = rasterise(pdf.file, pdf.pages.length, 200);
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(englishUrl);
    const last = pageText(pdf.pages.at(-1)!);
    expect(last).toContain(`This translation online: ${englishUrl}`);
    expect(last).toContain(`Official Vietnamese text: ${vietnameseUrl}`);
  });
});
