/**
 * A PDF of every notice, and of each of its translations (titled as such), printed at the
 * end of the build from the notice page the build has just written (loaded at its public
 * address, answered from the output folder: src/outputs/pdf/site-files.ts), exactly as a reader's
 * Ctrl+P prints it (src/outputs/pdf/print.ts), then given its metadata from the notice. A PDF
 * whose page and files are unchanged since the last build comes from the cache instead
 * (src/outputs/pdf/cache.ts), and Chromium is started only if one is left to print.
 *
 * The order of the work: Astro renders every page first, each with its PDF link between
 * markers and a marker for the size (src/components/NoticeDownloads.astro); then this
 * integration prints the pages and writes each one's size into it
 * (src/outputs/pdf/page-links.ts). Printing the page before its size is filled in gives the
 * same PDF as after: the link block is not printed. So each page is rendered once and
 * printed once, and its size is always the size of the file beside it.
 *
 * Without Chromium (not installed, CHROMIUM_PATH pointing nowhere, or it will not start)
 * the build still succeeds: it says so, and no page has a PDF link (without Chromium's
 * program the pages are written without it; if Chromium will not start, the link is taken
 * out of each page afterwards); unless
 * PDF_REQUIRED=1 (the deploy workflow), where it fails instead (without Chromium's program, at
 * once: before a page is rendered). Any other
 * failure (a page that does not print, an outline that does not match the notice's
 * headings) fails the build: a published site has a PDF for every notice or for none.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { formatFileSize } from '../lib/file-size.ts';
import { CHROMIUM_PATH, chromiumMissing } from '../lib/chromium.ts';
import { completePdfLink, setPdfPrinting } from '../outputs/pdf/page-links.ts';
import { markPhase } from '../lib/phase.ts';
import { integrationModels } from '../model/site-models.ts';

export const PDF_PHASE = 'PDF of every notice (Chromium, pdf-lib)';

/** With PDF_REQUIRED=1 (the deploy workflow), a site without its PDFs is not built: fails, saying why. */
function requirePdfs(failure: string) {
  if (process.env.PDF_REQUIRED === '1') {
    throw new Error(`Không tạo được bản PDF: ${failure}. PDF_REQUIRED=1: trang web không được dựng thiếu bản PDF. Hãy cài Chromium (apt-get install chromium) hoặc đặt CHROMIUM_PATH.`);
  }
}

export default function pdfs(): AstroIntegration {
  let config: AstroConfig;
  // Decided once, before any page is rendered: pages carry the PDF link only if Chromium is there.
  let missing: string | null = null;
  return {
    name: 'notice-pdfs',
    hooks: {
      // Pages get the PDF link only in a build that can print: the dev server prints no PDF,
      // and without Chromium's program the pages are written without the link at once.
      'astro:config:setup': ({ command }) => {
        missing = chromiumMissing();
        // A build that must print and has no Chromium fails now, not after rendering every page.
        if (command === 'build' && missing) requirePdfs(missing);
        setPdfPrinting(command === 'build' && missing === null);
      },
      'astro:config:done': ({ config: c }) => {
        config = c;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const models = await integrationModels(config);
        if (!models) throw new Error('Nội dung không hợp lệ: xem các lỗi ở trên.');
        const model = models[0]!;
        // Every page that carries the notice's text: the Vietnamese ones, and each translation's.
        const printed = models.flatMap((m) => m.notices.flatMap((v) => (v.pdf ? [{ v, pdf: v.pdf }] : [])));
        const out = fileURLToPath(dir);
        // Loaded only now: the dev server and a build's other steps never need them.
        const { printAll, startChromium } = await import('../outputs/pdf/print.ts');
        const { siteFiles } = await import('../outputs/pdf/site-files.ts');
        const { PdfCache, browserVersion } = await import('../outputs/pdf/cache.ts');

        let failure: string | null = missing;
        let sizes = new Map<string, number>();
        let cache: InstanceType<typeof PdfCache> | undefined;
        if (!missing) {
          // Printed from the site's own address (site-files.ts): the PDFs' links are the public ones.
          const files = siteFiles(out, model.links.abs(''), model.links.base);
          const version = browserVersion(CHROMIUM_PATH);
          if (version) cache = new PdfCache(path.join(fileURLToPath(config.cacheDir), 'pdfs'), version);
          const jobs = printed.map(({ v, pdf }) => ({
            name: pdf.path,
            url: model.links.abs(v.paths.page),
            file: path.join(out, pdf.path),
            metadata: pdf.metadata,
            outline: pdf.outline,
          }));
          // What the cache holds first: Chromium is started only if something is left to print.
          const left = cache ? cache.restore(jobs, files.hash, sizes) : jobs;
          const chromium = left.length ? await startChromium() : null;
          if (chromium && 'reason' in chromium) {
            failure = chromium.reason;
            // None or all: the PDFs taken from the cache are not published without the others.
            for (const job of jobs) rmSync(job.file, { force: true });
            sizes = new Map();
          } else if (chromium) {
            try {
              for (const [name, bytes] of await printAll(chromium.browser, left, { files, cache })) sizes.set(name, bytes);
            } finally {
              await chromium.browser.close();
            }
          }
          if (!failure) cache?.prune();
        }
        if (failure) requirePdfs(failure);

        // Pages written with the link (Chromium was there) get its size, or lose it if printing failed.
        for (const { v, pdf } of missing ? [] : printed) {
          const page = path.join(out, v.paths.page, 'index.html');
          const bytes = sizes.get(pdf.path);
          try {
            writeFileSync(page, completePdfLink(readFileSync(page, 'utf8'), bytes === undefined ? null : formatFileSize(bytes)));
          } catch (e) {
            throw new Error(`${path.relative(out, page)}: ${(e as Error).message}`, { cause: e });
          }
        }

        if (failure) {
          logger.warn(
            `KHÔNG tạo bản PDF nào: ${failure}. Trang web vẫn được dựng, nhưng không trang nào có liên kết "Tải bản PDF". ` +
              'Muốn có bản PDF, hãy cài Chromium (Debian/Ubuntu: apt-get install chromium) hoặc đặt biến CHROMIUM_PATH trỏ tới Chromium, rồi dựng lại.',
          );
        } else {
          const total = [...sizes.values()].reduce((a, b) => a + b, 0);
          const reuse = cache
            ? `: ${cache.printed} bản in mới, ${cache.reused} bản dùng lại từ bộ nhớ đệm${cache.rejected ? ` (${cache.rejected} bản trong bộ nhớ đệm bị hỏng, đã in lại)` : ''}` +
              `; mã SHA-256 của ${cache.hashed} bản trong bộ nhớ đệm được kiểm tra lại, các bản khác không đổi từ lần kiểm tra trước`
            : '';
          logger.info(`${sizes.size} bản PDF (tổng ${formatFileSize(total)})${reuse}`);
        }
        markPhase(PDF_PHASE);
      },
    },
  };
}
