/**
 * What a built site weighs, as a static host counts it: files and bytes in all and by kind,
 * the largest files, the pages that list every notice, and the search index per language.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipBytes } from './stats.ts';

export interface FileSize {
  /** Relative to the site, with '/'. */
  path: string;
  bytes: number;
}
interface Count {
  files: number;
  bytes: number;
}
export interface OutputSummary extends Count {
  html: Count;
  pdf: Count;
  search: Count;
  vcf: Count;
  admin: Count;
  /** Every file of `pagefind/`, for searchIndexByLanguage(). */
  searchFiles: FileSize[];
  largest: (FileSize & { gzip: number })[];
  /** The directory, the home pages, the feed and the open-data index: each lists every notice. */
  lists: (FileSize & { gzip: number })[];
}

/** The pages and files that grow with every notice, wherever the site has them. */
export const LIST_PAGES = ['duong-day-nong/index.html', 'en/duong-day-nong/index.html', 'index.html', 'en/index.html', 'rss.xml', 'en/rss.xml', 'du-lieu/thong-bao.json'];

/**
 * The language a file of Pagefind's index belongs to, from its name: `pagefind.vi_….pf_meta`,
 * `index/vi_….pf_index`, `fragment/en_….pf_fragment`, `filter/vi_….pf_filter`,
 * `wasm.en.pagefind` (`wasm.unknown.pagefind`: the one for languages without a stemmer,
 * Vietnamese among them); 'shared' for the files every language loads (scripts, entry file).
 */
export function searchLanguage(file: string): string {
  const base = file.split('/').pop()!;
  const m = /^pagefind\.([a-z-]+)_[0-9a-f]+\.pf_meta$/i.exec(base) ?? /^([a-z-]+)_[0-9a-f]+\.pf_(?:index|fragment|filter)$/i.exec(base) ?? /^wasm\.([a-z-]+)\.pagefind$/i.exec(base);
  return m ? m[1]!.toLowerCase() : 'shared';
}

/** The search index's files and bytes per language (see searchLanguage), languages first, 'shared' last. */
export function searchIndexByLanguage(files: readonly FileSize[]): { language: string; files: number; bytes: number }[] {
  const by = new Map<string, Count>();
  for (const f of files) {
    const lang = searchLanguage(f.path);
    const c = by.get(lang) ?? { files: 0, bytes: 0 };
    by.set(lang, { files: c.files + 1, bytes: c.bytes + f.bytes });
  }
  return [...by]
    .map(([language, c]) => ({ language, ...c }))
    .sort((a, b) => Number(a.language === 'shared') - Number(b.language === 'shared') || a.language.localeCompare(b.language));
}

/** Walks a built site once. */
export function summariseOutput(site: string, largest = 5): OutputSummary {
  const zero = (): Count => ({ files: 0, bytes: 0 });
  const s = { ...zero(), html: zero(), pdf: zero(), search: zero(), vcf: zero(), admin: zero() };
  const searchFiles: FileSize[] = [];
  const all: FileSize[] = [];
  const add = (c: Count, bytes: number) => {
    c.files++;
    c.bytes += bytes;
  };
  for (const f of readdirSync(site, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(path.join(site, f));
    if (!st.isFile()) continue;
    const rel = f.split(path.sep).join('/');
    add(s, st.size);
    all.push({ path: rel, bytes: st.size });
    if (rel.endsWith('.html')) add(s.html, st.size);
    if (rel.endsWith('.pdf')) add(s.pdf, st.size);
    if (rel.endsWith('.vcf')) add(s.vcf, st.size);
    if (rel.startsWith('admin/')) add(s.admin, st.size);
    if (rel.startsWith('pagefind/')) {
      add(s.search, st.size);
      searchFiles.push({ path: rel.slice('pagefind/'.length), bytes: st.size });
    }
  }
  const gz = (f: FileSize) => ({ ...f, gzip: gzipBytes(readFileSync(path.join(site, f.path))) });
  return {
    ...s,
    searchFiles,
    largest: all.sort((a, b) => b.bytes - a.bytes).slice(0, largest).map(gz),
    lists: LIST_PAGES.flatMap((p) => all.filter((f) => f.path === p)).map(gz),
  };
}

/** The first lines of a PDF cache's entries (src/outputs/pdf/cache.ts), in bytes. */
export interface EntryHeaders {
  entries: number;
  min: number;
  max: number;
  total: number;
}

/**
 * The entries' first lines in all at N, extrapolated from a sample's: the first entry of a tab
 * records the shared files (`min`), each later one a step more per page printed before it in its
 * tab (that page's QR image). The step is taken from the mean, which is min + step × (pages per
 * tab − 1) / 2 when it grows so (the maximum would also carry one page's own extra files). The
 * build prints in `tabs` tabs (src/outputs/pdf/print.ts: two).
 */
export function headersAt(h: EntryHeaders, n: number, tabs = 2): number {
  const perTab = h.entries / tabs;
  const step = perTab > 1 ? (2 * (h.total / h.entries - h.min)) / (perTab - 1) : 0;
  const m = n / tabs;
  return tabs * (m * h.min + (step * m * (m - 1)) / 2);
}
