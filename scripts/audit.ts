/**
 * `npm run audit`: what a resident's phone has to download, and Lighthouse's verdict.
 *
 * 1. For every page of dist/ (sitemap + 404): the gzipped bytes of the HTML and of every
 *    stylesheet and script it references (what must arrive before the page is complete;
 *    the search index is fetched only when someone searches, so it is not counted),
 *    against the 14,600-byte budget (about the first round trip of a TCP connection).
 * 2. Lighthouse (mobile, its default emulation) on the index and every notice page, with
 *    Debian's Chromium and the same flags as the tests, against a local static server:
 *    performance, accessibility, best practices and SEO.
 *
 * Run `npm run build` first. Exits 1 when a page is over budget or a score is below 100,
 * so CI can use it; prints figures either way. Size and speed live here, not in unit tests.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from '../src/lib/chromium.ts';
import { serveDir } from './lib/static-server.ts';
import { isPrintPreview, sitePages } from './lib/site-pages.ts';

const DIST = path.resolve(process.env.OUT_DIR ?? 'dist');
const BUDGET = 14_600;
if (!existsSync(path.join(DIST, 'sitemap-index.xml'))) {
  console.error('Chưa có dist/: hãy chạy `npm run build` trước.');
  process.exit(1);
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const fileOf = (pagePath: string) => path.join(DIST, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
let failed = false;

console.log(`\nTrọng lượng trang (gzip, byte; ngân sách ${BUDGET.toLocaleString('vi-VN')})`);
console.log('trang'.padEnd(48) + 'HTML'.padStart(7) + 'CSS'.padStart(7) + 'JS'.padStart(7) + 'tổng'.padStart(8));
const pages = sitePages(DIST);
for (const p of pages) {
  const html = readFileSync(fileOf(p), 'utf8');
  const refs = [...html.matchAll(/<(link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)].map((m) => ({ css: m[1].startsWith('link'), file: path.join(DIST, m[2]) }));
  const h = gz(fileOf(p));
  const css = refs.filter((r) => r.css).reduce((s, r) => s + gz(r.file), 0);
  const js = refs.filter((r) => !r.css).reduce((s, r) => s + gz(r.file), 0);
  const total = h + css + js;
  if (total > BUDGET) failed = true;
  console.log(p.padEnd(48) + String(h).padStart(7) + String(css).padStart(7) + String(js).padStart(7) + String(total).padStart(8) + (total > BUDGET ? '  ✗ quá ngân sách' : ''));
}

// Lighthouse: the index and every notice page. Not the print previews: they are marked
// noindex on purpose (their canonical is the notice), which Lighthouse's SEO score counts
// against them.
const targets = pages.filter((p) => p === '/' || (p.startsWith('/thong-bao/') && !isPrintPreview(p)));
const server = await serveDir(DIST);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? CHROMIUM_PATH,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
console.log('\nLighthouse (di động)');
console.log('trang'.padEnd(48) + categories.map((c) => c.slice(0, 12).padStart(15)).join(''));
try {
  for (const p of targets) {
    const result = await lighthouse(server.url + p, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse không trả kết quả cho ${p}`);
    const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    if (scores.some((s) => s < 100)) failed = true;
    console.log(p.padEnd(48) + scores.map((s) => String(s).padStart(15)).join(''));
    // Say why a score is below 100: the failing audits of that category.
    for (const c of categories) {
      if ((lhr.categories[c]?.score ?? 0) >= 1) continue;
      for (const ref of lhr.categories[c].auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) {
          console.log(`    ${c}: ${a.id} (${a.score}) ${a.displayValue ?? ''} ${a.title}`);
          const items = (a.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
          for (const item of items.slice(0, 5)) console.log(`      ${[item.description, item.url, (item.sourceLocation as { url?: string } | undefined)?.url].filter((x) => typeof x === 'string').join(' ').slice(0, 200)}`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
process.exit(failed ? 1 : 0);
