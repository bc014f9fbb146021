/**
 * Printing notice pages to PDF the way a reader's Ctrl+P does: Chromium lays the page out
 * with print media and the page's own print stylesheet, at the page size its CSS asks for
 * (A4), tagged and with an outline; then finalizePdf() writes the notice's metadata and
 * outline titles and makes the bytes the same on every build.
 *
 * One browser for the whole build (starting Chromium costs about as much as printing
 * several notices), and two tabs printing at a time, each going from notice to notice: a
 * tab keeps the print stylesheet and its fonts decoded, where a new tab per notice would
 * decode them again; and while Chromium lays out one page, Node finalises the other's PDF,
 * so both cores are busy. Each page is loaded from its public address, answered from the
 * output folder (site-files.ts), and a PDF whose page and files have not changed since the
 * last build is taken from the cache instead (cache.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_PATH, launchBrowser } from '../../lib/chromium.ts';
import type { PdfCache } from './cache.ts';
import { rememberHash } from '../known-hashes.ts';
import type { PdfMetadata, PrintedLinks } from './finalize.ts';
import type { SiteFiles } from './site-files.ts';

export interface PrintJob {
  /** Who it is, for a message if it fails (the notice's slug). */
  name: string;
  /** The page's public address, answered from the output folder (site-files.ts). */
  url: string;
  /** Where the PDF goes. */
  file: string;
  metadata: PdfMetadata;
  outline: string[];
}

/**
 * Chromium, or why it would not start, in Vietnamese (the build says it and goes on without
 * PDFs). The caller has already found its program there (chromiumMissing(), src/lib/chromium.ts).
 */
export async function startChromium(): Promise<{ browser: Browser } | { reason: string }> {
  try {
    return { browser: await launchBrowser() };
  } catch (e) {
    const first = String((e as Error)?.message ?? e).split('\n')[0];
    return { reason: `không khởi động được Chromium ở ${CHROMIUM_PATH} (${first})` };
  }
}

/** The exact options of Ctrl+P's "Save as PDF": the page's own size, no background graphics. */
export const PDF_OPTIONS = { tagged: true, outline: true, preferCSSPageSize: true } as const;

/** A tab to print in: no script (the pages need none), light scheme, print media. */
export async function printTab(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ javaScriptEnabled: false, colorScheme: 'light' });
  // Print media before loading, so the print stylesheet's fonts are requested at once.
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** Loads `url` in the tab and prints it, once its fonts are in; the caller finalises the PDF. */
export async function printPage(page: Page, url: string): Promise<Uint8Array> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status() ?? 'không trả lời'}`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return new Uint8Array(await page.pdf(PDF_OPTIONS));
}

/**
 * The links the printed page shows, in document order: the address as Chromium resolved it
 * (what the PDF's annotation holds) and the text a reader sees, or the link's own label.
 */
export async function printedLinks(page: Page): Promise<PrintedLinks> {
  return page.$$eval('a[href]', (as) =>
    as
      .filter((a) => a.getClientRects().length > 0)
      .map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.getAttribute('aria-label') ?? (a as HTMLElement).innerText })),
  );
}

/**
 * Prints every job (two tabs at a time), each page loaded from `files`, writes each finished
 * PDF; returns each file's size in bytes. With a `cache`, each PDF is kept there with what
 * its page loaded (cache.ts; the caller takes what it can from the cache first).
 */
export async function printAll(
  browser: Browser,
  jobs: PrintJob[],
  { files, cache, concurrency = 2 }: { files: SiteFiles; cache?: PdfCache; concurrency?: number },
): Promise<Map<string, number>> {
  // pdf-lib only once there is a browser to print with.
  const { finalizePdf } = await import('./finalize.ts');
  const sizes = new Map<string, number>();
  let next = 0;
  const worker = async () => {
    const page = await printTab(browser);
    const tab = await files.attach(page);
    try {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        try {
          const loaded = tab.nextPage();
          const printed = await printPage(page, job.url);
          await tab.used(loaded);
          const pdf = await finalizePdf(printed, { metadata: job.metadata, outlineTitles: job.outline, links: await printedLinks(page) });
          const sha256 = cache?.set(cache.key(job), pdf, loaded);
          mkdirSync(path.dirname(job.file), { recursive: true });
          writeFileSync(job.file, pdf);
          if (sha256) rememberHash(job.file, sha256);
          sizes.set(job.name, pdf.length);
        } catch (e) {
          throw new Error(`Không in được bản PDF của thông báo ${job.name}: ${(e as Error)?.message ?? e}`, { cause: e });
        }
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  return sizes;
}
