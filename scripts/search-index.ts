/**
 * `node scripts/search-index.ts <site folder>`: writes the Pagefind search index into
 * <site>/pagefind/. Run by `npm run build` on the staged site before it goes live.
 *
 * One custom record per notice (Pagefind's Node API), not a crawl of the HTML: the
 * record's searchable content is the notice text folded to plain Latin letters (đ→d,
 * see src/lib/search-text.ts), while its metadata keeps the original subject and text
 * from which the search page cuts the excerpt residents read.
 *
 * Any indexing error, or an index without every notice in it, exits non-zero and so
 * fails the build.
 */
import { readFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { NOTICES_DIR } from '../src/lib/validate.ts';
import { validatedNotices, VALIDATED_ENV } from '../src/lib/validated-notices.ts';
import { noticeSearchText } from '../src/lib/search-record.ts';
import { fold } from '../src/lib/search-text.ts';
import { noticePath, withBase } from '../src/lib/urls.ts';

const site = process.argv[2];
if (!site || !existsSync(site)) {
  console.error(`✗ Chỉ mục tìm kiếm: không thấy thư mục trang web "${site ?? ''}".`);
  process.exit(1);
}
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
// `npm run build` passes its hand-off (see src/lib/validated-notices.ts): used only if it
// matches the files byte for byte, otherwise every notice is validated here.
const { notices, problems } = validatedNotices(process.env.NOTICES_DIR ?? NOTICES_DIR, process.env[VALIDATED_ENV]);

function fail(message: string): never {
  console.error(`✗ Chỉ mục tìm kiếm: ${message}`);
  void pagefind.close();
  process.exit(1);
}
if (problems.length) fail('có thông báo không hợp lệ.');
if (notices.length === 0) fail('không có thông báo nào để đưa vào chỉ mục.');

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
if (!index || errors.length) fail(errors.join('; ') || 'Pagefind không khởi động được.');

// All records are sent at once and the answers awaited together: one at a time, each
// waited for a round trip to Pagefind's process (0.5 s wall at N = 1000, same CPU).
const added = notices.map(async ({ slug, data }) => {
  const url = withBase(base, noticePath(slug));
  if (!existsSync(path.join(site, 'thong-bao', slug, 'index.html'))) fail(`không có trang ${url} để trỏ tới.`);
  const text = noticeSearchText(data);
  return { url, r: await index.addCustomRecord({ url, content: fold(text), language: 'vi', meta: { title: data.subject, text } }) };
});
for (const { url, r } of await Promise.all(added)) if (r.errors.length) fail(`${url}: ${r.errors.join('; ')}`);

const outputPath = path.join(site, 'pagefind');
const written = await index.writeFiles({ outputPath });
if (written.errors.length) fail(written.errors.join('; '));
await closePagefind();

// Pagefind also writes its ready-made UIs; the search page uses only the core library,
// so the unused bundles are not published.
for (const f of readdirSync(outputPath)) {
  if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f)) rmSync(path.join(outputPath, f));
}

// Read back what was written: an index that lost pages must not go live.
const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { page_count: number }>;
};
const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
if (pages !== notices.length) fail(`chỉ mục có ${pages} trang, cần ${notices.length}.`);
console.log(`✓ Chỉ mục tìm kiếm: ${pages} thông báo.`);

/**
 * Stops Pagefind's process and waits until it has gone. pagefind.close() only sends it a
 * signal; if this script then exits at once, the process is left to finish as an orphan,
 * outside the build's process tree, and its CPU time (about 2 s at N = 1000) is missing
 * from any measurement of the build (GNU time counted 0.6 s for this whole step). Linux
 * only (/proc); elsewhere it returns after close(), as before.
 */
async function closePagefind() {
  const children = childPids();
  await pagefind.close();
  const deadline = Date.now() + 5000;
  // Node reaps its child on SIGCHLD while this loop keeps the event loop running.
  while (children.some((pid) => existsSync(`/proc/${pid}`)) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 10));
  }
}

function childPids(): number[] {
  try {
    return readdirSync('/proc/self/task').flatMap((tid) =>
      readFileSync(`/proc/self/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}
