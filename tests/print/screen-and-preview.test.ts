/**
 * What print must not cost the screen (no font download, no dependence on the print
 * stylesheet), printing from a phone, and the on-screen print preview (ban-in/) showing
 * the same A4 pages as the paper.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser } from '../support/browser.ts';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server.ts';
import { DIST, SEED_SLUG } from '../support/paths.ts';
import { reusedTabs } from '../support/tab.ts';
import { openForPrint, pageText, printToPdf, type PrintedPdf } from './pdf.ts';

const FONT = /\.(woff2?|ttf|otf)(\?|$)/;
let server: StaticServer;
let browser: Browser;
let paper: PrintedPdf;
const noticeUrl = () => `${server.url}/thong-bao/${SEED_SLUG}/`;
/**
 * The tests without JavaScript share one tab (a new page is a new context and renderer, ≈ 1 s of
 * CPU each); each sets its viewport and loads its page, or keeps the document when it only reads.
 * The tests that count requests, block a stylesheet or replace `window.print` keep pages of their own.
 */
const tab = reusedTabs(() => browser);

beforeAll(async () => {
  server = await serveDir(DIST);
  browser = await connectBrowser();
  paper = await printToPdf(await openForPrint(browser, noticeUrl()), 'seed-reference');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the notice page on screen', () => {
  for (const dark of [false, true]) {
    it(`downloads no font file${dark ? ' in dark mode' : ''}, and links the print stylesheet for print only`, async () => {
      const page = await browser.newPage({ colorScheme: dark ? 'dark' : 'light' });
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.goto(noticeUrl(), { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      expect(requested.filter((u) => FONT.test(u))).toEqual([]);
      const links = await page.$$eval('link[rel=stylesheet]', (ls) => ls.map((l) => ({ href: l.getAttribute('href'), media: l.getAttribute('media') })));
      const print = links.filter((l) => /\/print\.[^/]*\.css$/.test(l.href ?? ''));
      expect(print).toEqual([{ href: expect.any(String), media: 'print' }]);
      // The QR code is for paper only.
      expect(await page.isVisible('.doc-qr')).toBe(false);
      await page.close();
    });
  }

  it('looks the same without the print stylesheet', async () => {
    // One page, loaded once with the print stylesheet refused and once as it is.
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    const print = /\/_astro\/print\.[^/]*\.css$/;
    await page.route(print, (r) => r.abort());
    await page.goto(noticeUrl(), { waitUntil: 'networkidle' });
    const without = await page.screenshot({ fullPage: true });
    await page.unroute(print);
    await page.goto(noticeUrl(), { waitUntil: 'networkidle' });
    const withIt = await page.screenshot({ fullPage: true });
    await page.close();
    expect(without.equals(withIt)).toBe(true);
  });

  it('links to the print preview', async () => {
    const page = await tab(noticeUrl(), { javaScriptEnabled: false });
    const link = page.getByRole('link', { name: 'Xem bản in' });
    await link.click();
    await page.waitForURL(`${noticeUrl()}ban-in/`);
    expect(await page.title()).toContain('Bản in');
  });
});

describe('printing from a phone', () => {
  it('gives the same pages as from a computer', async () => {
    const phone = await printToPdf(await openForPrint(browser, noticeUrl(), { width: 390 }), 'seed-phone');
    const layout = (p: PrintedPdf) => p.pages.map((pg) => pg.words.map((w) => `${w.text}@${w.xMin.toFixed(1)},${w.yMin.toFixed(1)}`).join(' '));
    expect(layout(phone)).toEqual(layout(paper));
  });

  it('uses the site’s own Tinos where Times New Roman is missing (as on a phone)', () => {
    const hasTimes = execFileSync('fc-list', [':family=Times New Roman'], { encoding: 'utf8' }).trim() !== '';
    const families = new Set(paper.fonts);
    if (hasTimes) expect([...families].every((f) => /^TimesNewRoman/i.test(f))).toBe(true);
    else expect([...families].sort()).toEqual(['Tinos-Bold', 'Tinos-BoldItalic', 'Tinos-Italic', 'Tinos-Regular']);
  });
});

describe('the print preview page', () => {
  const previewUrl = () => `${noticeUrl()}ban-in/`;

  it('needs no inline script: its one script is a same-origin file', () => {
    const html = readFileSync(`${DIST}/thong-bao/${SEED_SLUG}/ban-in/index.html`, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBe(1);
    for (const [, attrs, body] of scripts) {
      expect(body.trim()).toBe('');
      expect(attrs).toMatch(/\bsrc="\/[^/"][^"]*\.js"/);
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('works without JavaScript: the sheets, the QR code and how to print', async () => {
    const page = await tab(previewUrl(), { javaScriptEnabled: false, viewport: { width: 1200, height: 900 }, keep: true });
    expect(await page.isVisible('.official .doc-header')).toBe(true);
    expect(await page.isVisible('.doc-qr')).toBe(true);
    expect(await page.isVisible('button')).toBe(false);
    expect(await page.innerText('.pp-bar')).toContain('Ctrl');
  });

  it('offers a print button when scripts run', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
    });
    await page.goto(previewUrl());
    await page.getByRole('button', { name: 'In thông báo' }).click();
    expect(await page.getAttribute('html', 'data-printed')).toBe('yes');
    await page.close();
  });

  it('breaks the sheets where the paper breaks its pages, and numbers them alike', async () => {
    const page = await tab(previewUrl(), { javaScriptEnabled: false, viewport: { width: 1200, height: 900 }, keep: true });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const sheets = await page.evaluate(() => {
      const paperBox = document.querySelector('.pp-paper')!.getBoundingClientRect();
      const mm = 96 / 25.4;
      const pitch = (297 + 10) * mm;
      // The sheet a box stands on: where its first line's middle is.
      const sheetOf = (e: Element) => {
        const r = e.getClientRects()[0];
        return Math.floor((r.top + r.height / 2 - paperBox.top) / pitch);
      };
      return {
        count: Math.round((paperBox.height + 10 * mm) / pitch),
        headings: [...document.querySelectorAll('.doc-section')].map((h) => ({ text: h.textContent!.replace(/\s+/g, ' ').trim(), sheet: sheetOf(h) })),
        closing: sheetOf(document.querySelector('.doc-signer__name')!),
        numbers: [...document.querySelectorAll('.pp-number')]
          .filter((n) => n.getBoundingClientRect().top < paperBox.bottom)
          .map((n) => ({ text: n.textContent, sheet: sheetOf(n) })),
      };
    });
    expect(sheets.count).toBe(paper.pages.length);
    for (const h of sheets.headings) {
      const onPaper = paper.pages.findIndex((p) => pageText(p).includes(h.text));
      expect(h.sheet, h.text).toBe(onPaper);
    }
    expect(sheets.closing).toBe(paper.pages.length - 1);
    expect(sheets.numbers).toEqual(paper.pages.slice(1).map((_, i) => ({ text: String(i + 2), sheet: i + 1 })));
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await tab(previewUrl(), { javaScriptEnabled: false, viewport: { width: 390, height: 800 }, keep: true });
    const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, paper: document.querySelector('.pp-paper')!.getBoundingClientRect().width }));
    expect(widths.doc).toBeLessThanOrEqual(390);
    expect(widths.paper).toBeGreaterThan(300);
  });

  it('prints the same paper as the notice page', async () => {
    const fromPreview = await printToPdf(await openForPrint(browser, previewUrl()), 'seed-from-preview');
    expect(fromPreview.pages.map(pageText)).toEqual(paper.pages.map(pageText));
  });
});
