/**
 * The Pagefind search index, written into <site>/pagefind/ by the search-index
 * integration at the end of the build (src/integrations/search-index.ts).
 *
 * One custom record per notice (Pagefind's Node API), not a crawl of the HTML: the
 * record's content is the notice text with đ/Đ written d/D, so that "duong" finds
 * "đường" (Pagefind ignores tone marks itself), and its metadata holds the subject and
 * where the đ/Đ were, from which the search page puts them back in the excerpt residents
 * read (see src/lib/search-text.ts).
 *
 * Any indexing error, or an index without every record in it, is an error, and so fails
 * the build.
 */
import { readFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './search-record.ts';

/** A failure of this step, worded for staff; the build prints it and stops. */
export class SearchIndexError extends Error {}

/** Indexes `records` into `<site>/pagefind/` and checks the result. Throws SearchIndexError on any problem. */
export async function writeSearchIndex(site: string, records: SearchRecord[]): Promise<number> {
  if (!existsSync(site)) throw new SearchIndexError(`không thấy thư mục trang web "${site}".`);
  if (records.length === 0) throw new SearchIndexError('không có thông báo nào để đưa vào chỉ mục.');

  const before = new Set(childPids());
  // No forced language: each record names its own, and Pagefind writes an index per language.
  const { index, errors } = await pagefind.createIndex({});
  // Pagefind's own process: only the children that createIndex() started, not those of
  // whoever calls this (the Astro build leaves its esbuild service running).
  const started = childPids().filter((pid) => !before.has(pid));
  try {
    if (!index || errors.length) throw new SearchIndexError(errors.join('; ') || 'Pagefind không khởi động được.');
    // All records are sent at once and the answers awaited together: one at a time, each
    // waited for a round trip to Pagefind's process (0.5 s wall at N = 1000, same CPU).
    const added = await Promise.all(records.map(async (r) => ({ url: r.url, r: await index.addCustomRecord(r) })));
    for (const { url, r } of added) if (r.errors.length) throw new SearchIndexError(`${url}: ${r.errors.join('; ')}`);

    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length) throw new SearchIndexError(written.errors.join('; '));
  } finally {
    await closePagefind(started);
  }

  const outputPath = path.join(site, 'pagefind');
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
  if (pages !== records.length) throw new SearchIndexError(`chỉ mục có ${pages} trang, cần ${records.length}.`);
  return pages;
}

/**
 * Stops Pagefind's process and waits until it has gone. pagefind.close() only sends it a
 * signal; if the process running the build then exits at once, Pagefind is left to finish
 * as an orphan, outside the build's process tree, and its CPU time (about 2 s at N = 1000)
 * is missing from any measurement of the build. Linux only (/proc); elsewhere it returns
 * after close().
 */
async function closePagefind(pids: number[]) {
  await pagefind.close();
  const deadline = Date.now() + 5000;
  // Node reaps its child on SIGCHLD while this loop keeps the event loop running.
  while (pids.some((pid) => existsSync(`/proc/${pid}`)) && Date.now() < deadline) {
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
