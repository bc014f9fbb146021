/**
 * `npm run smoke [-- files…]`: after `npm run build`, opens the page of each notice given
 * (default: every notice) in Chromium, as a resident would, and checks what a broken
 * notice would break: the page answers; its heading is the notice's subject; every hotline
 * is a tap-to-call link in E.164 showing the number as printed; the official text and its
 * print preview are there; nothing is requested from another site; no script error; axe
 * finds nothing. This is the browser check of a pull request that changes only notices
 * (.github/workflows/kiem-tra.yml): seconds, where the whole browser suite takes minutes.
 * Vietnamese messages, exit 1 on any problem.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../src/lib/chromium.ts';
import { loadContent, noticesDir } from '../src/pipeline/content.ts';
import { kindOf } from '../src/kinds/index.ts';
import { translator } from '../src/i18n/index.ts';
import { noticePath, previewPath } from '../src/lib/urls.ts';
import { buildDay, weekendsOnly } from '../src/lib/calendar.ts';
import { slugOf } from '../src/pipeline/validate.ts';
import { serveDir } from './lib/static-server.ts';
import { axeViolations } from './lib/axe.ts';

const dist = path.resolve(process.env.OUT_DIR ?? 'dist');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const content = await loadContent();
if (content.problems.length) {
  console.error('✗ Có thông báo không hợp lệ: hãy chạy npm run validate trước.');
  process.exit(1);
}
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`✗ Chưa có trang web đã dựng trong ${dist}: hãy chạy npm run build trước.`);
  process.exit(1);
}
// Files given that are notices (a pull request's changed files may include others); a
// deleted notice has no page to check.
const wanted = new Set(args.filter((a) => /\.ya?ml$/.test(a) && path.resolve(path.dirname(a)) === noticesDir()).map(slugOf));
const notices = content.notices.filter((n) => !args.length || wanted.has(n.slug));

const server = await serveDir(dist);
const browser = await launchBrowser();
const failures: string[] = [];
try {
  for (const n of notices) {
    const name = path.relative(process.cwd(), n.file);
    // A page that was not built is seen from its status alone, before a browser tab is
    // opened for it: nothing else on a missing page is worth reporting (the browser's own
    // 404 line and every absent call button would only bury the one fact staff need).
    const status = (await fetch(`${server.url}/${noticePath(n.slug)}`, { method: 'HEAD' })).status;
    if (status !== 200) {
      failures.push(`✗ ${name}\n  - trang trả về mã ${status}: trang của thông báo này chưa được dựng`);
      continue;
    }
    const page = await browser.newPage({ bypassCSP: true });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`lỗi kịch bản: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`lỗi trong trình duyệt: ${m.text()}`));
    page.on('request', (r) => !r.url().startsWith(server.url) && !r.url().startsWith('data:') && problems.push(`tải từ trang khác: ${r.url()}`));
    const res = await page.goto(`${server.url}/${noticePath(n.slug)}`);
    if (res?.status() !== 200) {
      failures.push(`✗ ${name}\n  - trang trả về mã ${res?.status()}`);
      await page.close();
      continue;
    }
    const h1 = (await page.locator('h1').first().textContent())?.replace(/\s+/g, ' ').trim();
    if (h1 !== n.data.subject.replace(/\s+/g, ' ').trim()) problems.push(`tiêu đề trang là "${h1}", không phải trích yếu của thông báo`);
    const calls = await page.$$eval('.contact a[href^="tel:"]', (as) => as.map((a) => [a.getAttribute('href'), a.textContent ?? '']));
    // The people the notice's kind offers to call (its contact view), each with its button.
    const { contacts } = kindOf(n.data).contact(n.data, n.data, { t: translator(), offers: true, mailto: (e) => e, vcardPath: () => '', calendar: weekendsOnly(buildDay()), folder: '' });
    for (const c of contacts) {
      if (!calls.some(([href, text]) => href === c.tel && text?.includes(c.phone))) problems.push(`không có nút gọi ${c.phone} (${c.name})`);
    }
    if (!(await page.locator('.official .doc-body').count())) problems.push('thiếu toàn văn thông báo');
    for (const v of await axeViolations(page)) problems.push(`trợ năng (axe ${v.id}): ${v.help} — ${v.targets.slice(0, 3).join(', ')}`);
    const preview = await page.goto(`${server.url}/${previewPath(n.slug)}`);
    if (preview?.status() !== 200) problems.push(`bản in trả về mã ${preview?.status()}`);
    await page.close();
    if (problems.length) failures.push(`✗ ${name}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    else console.log(`✓ ${name}: trang, nút gọi, toàn văn, bản in, trợ năng`);
  }
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(`\n${failures.join('\n\n')}\n\nTrang của ${failures.length} thông báo có vấn đề (xem trên).`);
  process.exit(1);
}
console.log(`✓ Đã xem thử ${notices.length} thông báo trong trình duyệt.`);
