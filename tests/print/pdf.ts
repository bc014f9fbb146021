/**
 * Print a built page to PDF in real Chromium, as a reader's Ctrl+P would (print media, the
 * page's own CSS page size), and read the PDF back with poppler: page sizes (pdfinfo),
 * fonts (pdffonts), words with their boxes (pdftotext -bbox), pixels (pdftoppm).
 * Lengths are returned in millimetres, measured from the paper's top-left corner.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { ROOT } from '../support/paths.ts';

export const OUT = path.join(ROOT, '.test-results/print');
mkdirSync(OUT, { recursive: true });

export const PT_TO_MM = 25.4 / 72;
/** Width of the A4 page box (210 mm less the @page side margins, 29 + 14 mm) in CSS px. */
export const PAGE_BOX_PX = Math.round((167 * 96) / 25.4);

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface PdfPage {
  widthMm: number;
  heightMm: number;
  words: Word[];
}
export interface PrintedPdf {
  file: string;
  pages: PdfPage[];
  fonts: string[];
}

export interface PrintOptions {
  dark?: boolean;
  /** Viewport width in CSS px (390 for a phone). By default the A4 page box's width
   * (167 mm: what print lays out), so that print-media measurements in the DOM match paper. */
  width?: number;
  /** Print backgrounds too, as "Background graphics" does: shows a dark page if there were one. */
  backgrounds?: boolean;
}

/** Opens `url` in a new page prepared for print (media emulated, fonts loaded). */
export async function openForPrint(browser: Browser, url: string, opts: PrintOptions = {}): Promise<Page> {
  const page = await browser.newPage({
    colorScheme: opts.dark ? 'dark' : 'light',
    viewport: { width: opts.width ?? PAGE_BOX_PX, height: 900 },
    javaScriptEnabled: false,
  });
  await page.goto(url);
  await page.emulateMedia({ media: 'print', colorScheme: opts.dark ? 'dark' : 'light' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

export async function printToPdf(page: Page, name: string, opts: PrintOptions = {}): Promise<PrintedPdf> {
  const file = path.join(OUT, `${name}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: opts.backgrounds ?? false });
  return readPdf(file);
}

export function readPdf(file: string): PrintedPdf {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const pages: PdfPage[] = [];
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = [...m[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
      (w) => ({
        xMin: Number(w[1]) * PT_TO_MM,
        yMin: Number(w[2]) * PT_TO_MM,
        xMax: Number(w[3]) * PT_TO_MM,
        yMax: Number(w[4]) * PT_TO_MM,
        text: decodeEntities(w[5]).normalize('NFC'),
      }),
    );
    pages.push({ widthMm: Number(m[1]) * PT_TO_MM, heightMm: Number(m[2]) * PT_TO_MM, words });
  }
  const fontTable = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  const fonts = fontTable.map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
  return { file, pages, fonts };
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&(#39|apos);/g, "'");
}

/** Words in the top margin (above the text area): where the page number stands. */
export function topMarginWords(p: PdfPage, topMm = 22): Word[] {
  return p.words.filter((w) => w.yMax < topMm);
}

/** A page's text in reading order, without what stands in its top margin. */
export function pageText(p: PdfPage): string {
  return squash(p.words.filter((w) => w.yMax >= 22).map((w) => w.text).join(' '));
}

export const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** First word on the page equal to `text` (optionally right of x mm). */
export function findWord(p: PdfPage, text: string, minX = 0): Word | undefined {
  return p.words.find((w) => w.text === text && w.xMin >= minX);
}

/** Renders one PDF page to a PNG (pdftoppm) and decodes it. */
export function rasterise(file: string, pageNo: number, dpi: number): PNG {
  const prefix = path.join(OUT, `${path.basename(file, '.pdf')}-p${pageNo}-${dpi}`);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(pageNo), '-l', String(pageNo), '-singlefile', file, prefix]);
  return PNG.sync.read(readFileSync(`${prefix}.png`));
}
