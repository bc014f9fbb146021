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
 * Each language is indexed on its own (Pagefind keeps an index per language anyway, and the
 * search page loads only its own), and kept between builds in the build's cache folder, as one
 * file per language (`<cacheDir>/search/<lang>.pack`: its manifest, then its files' bytes):
 * Pagefind has no incremental mode (adding one word can shift every chunk of the index), so a
 * language whose records are all unchanged, with the same Pagefind and the same indexing code
 * and options, takes its files from the cache, and any changed record indexes that language
 * again, whole. Pagefind hands its files over in memory; the files of every language and the
 * merged `pagefind-entry.json` are then written into the site. One file, not the index's
 * thousand (at N = 1000): a thousand fewer files to create on a fresh build and none to delete
 * when a language is indexed again (bench/README.md). A cached file whose SHA-256 is not the
 * one recorded when it was written (a damaged or half-written cache) makes that language
 * indexed again, never published.
 *
 * Any indexing error, or an index without every record in it, is an error, and so fails
 * the build.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './search-record.ts';

/** A failure of this step, worded for staff; the build prints it and stops. */
export class SearchIndexError extends Error {}

/** What Pagefind is asked for (createIndex); part of the cache's key. No forced language: each record names its own. */
const OPTIONS = {};
const FORMAT = 'thong-bao-search-cache/2';
const ENTRY = 'pagefind-entry.json';
const PACK = '.pack';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

interface LanguageEntry {
  hash: string;
  wasm: string | null;
  page_count: number;
}

/** One language's index: its entry in pagefind-entry.json and its files (paths under pagefind/). */
interface LanguageIndex {
  version: string;
  includeCharacters: unknown;
  entry: LanguageEntry;
  files: Map<string, Buffer>;
}

interface Manifest {
  format: string;
  key: string;
  version: string;
  includeCharacters: unknown;
  entry: LanguageEntry;
  /** Each file's path under pagefind/, SHA-256 and length, in the order of their bytes after the manifest. */
  files: [string, string, number][];
}

export interface SearchIndexResult {
  /** Records in the index, all languages. */
  pages: number;
  /** The languages indexed by Pagefind in this build, and those taken from the cache. */
  indexed: string[];
  reused: string[];
}

/** What decides an index's bytes besides its records: this code, Pagefind's version (its binary's is the same) and the platform. */
function codeFingerprint(): string {
  // Where Node finds the package (its exports do not expose package.json to require.resolve).
  const pkg = (createRequire(import.meta.url).resolve.paths('pagefind') ?? []).map((d) => path.join(d, 'pagefind', 'package.json')).find((f) => existsSync(f));
  if (!pkg) throw new SearchIndexError('không tìm thấy Pagefind (npm ci).');
  const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  return [FORMAT, sha256(readFileSync(fileURLToPath(import.meta.url))), `pagefind@${version}`, `${process.platform}-${process.arch}`, JSON.stringify(OPTIONS)].join('\n');
}

/** The languages' cache: `<dir>/<lang>.pack`, one line of JSON (the Manifest), then the files' bytes one after another. */
class SearchCache {
  /** Entries whose key matched but a file did not: damaged, indexed again. */
  rejected = 0;
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  private file(lang: string) {
    return path.join(this.dir, `${encodeURIComponent(lang)}${PACK}`);
  }

  get(lang: string, key: string): LanguageIndex | null {
    let pack: Buffer;
    try {
      pack = readFileSync(this.file(lang));
    } catch {
      return null;
    }
    const end = pack.indexOf(0x0a);
    let manifest: Manifest;
    try {
      manifest = JSON.parse(pack.toString('utf8', 0, end < 0 ? pack.length : end)) as Manifest;
    } catch {
      this.rejected++;
      return null;
    }
    if (manifest.format !== FORMAT || manifest.key !== key) return null;
    const files = new Map<string, Buffer>();
    let at = end + 1;
    for (const [rel, hash, length] of manifest.files) {
      const bytes = pack.subarray(at, at + length);
      at += length;
      if (bytes.length !== length || sha256(bytes) !== hash) {
        this.rejected++;
        return null;
      }
      files.set(rel, bytes);
    }
    // Bytes past the last file: not the entry that was written.
    if (at !== pack.length) {
      this.rejected++;
      return null;
    }
    return { version: manifest.version, includeCharacters: manifest.includeCharacters, entry: manifest.entry, files };
  }

  /** Keeps a language's index: written beside its entry, then renamed over it, so an entry is whole or absent. */
  set(lang: string, key: string, index: LanguageIndex): void {
    const manifest: Manifest = {
      format: FORMAT,
      key,
      version: index.version,
      includeCharacters: index.includeCharacters,
      entry: index.entry,
      files: [...index.files].map(([rel, bytes]) => [rel, sha256(bytes), bytes.length]),
    };
    const target = this.file(lang);
    const staged = `${target}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      writeFileSync(staged, Buffer.concat([Buffer.from(`${JSON.stringify(manifest)}\n`), ...index.files.values()]));
      renameSync(staged, target);
    } catch (e) {
      // A cache that cannot be written costs the next build time, never this one its index.
      rmSync(staged, { force: true });
      console.warn(`Không lưu được chỉ mục tìm kiếm vào bộ nhớ đệm ${this.dir}: ${(e as Error).message}`);
    }
  }

  /** Deletes the languages this build does not have, and what a build that was stopped (or an older format) left. */
  prune(langs: string[]): void {
    const keep = new Set(langs.map((l) => `${encodeURIComponent(l)}${PACK}`));
    for (const name of readdirSync(this.dir)) if (!keep.has(name)) rmSync(path.join(this.dir, name), { recursive: true, force: true });
  }
}

/**
 * Indexes `records` into `<site>/pagefind/` and checks the result; `cacheDir`: the build's
 * cache folder, where each language's index is kept for the next build (none: every language
 * is indexed). Throws SearchIndexError on any problem.
 */
export async function writeSearchIndex(site: string, records: SearchRecord[], cacheDir?: string): Promise<SearchIndexResult> {
  if (!existsSync(site)) throw new SearchIndexError(`không thấy thư mục trang web "${site}".`);
  if (records.length === 0) throw new SearchIndexError('không có thông báo nào để đưa vào chỉ mục.');

  const byLang = new Map<string, SearchRecord[]>();
  for (const r of records) {
    const list = byLang.get(r.language);
    if (list) list.push(r);
    else byLang.set(r.language, [r]);
  }
  const langs = [...byLang.keys()].sort();
  const fingerprint = codeFingerprint();
  // Each language's key computed once (its records' JSON is megabytes at N = 1000): looked up, then written with the index.
  const keys = new Map<string, string>();
  const keyOf = (lang: string) => {
    let key = keys.get(lang);
    if (key === undefined) keys.set(lang, (key = sha256(JSON.stringify([fingerprint, lang, byLang.get(lang)]))));
    return key;
  };

  const cache = cacheDir ? new SearchCache(path.join(cacheDir, 'search')) : null;
  const indexes = new Map<string, LanguageIndex>();
  const reused: string[] = [];
  for (const lang of langs) {
    const hit = cache?.get(lang, keyOf(lang));
    if (hit) {
      indexes.set(lang, hit);
      reused.push(lang);
    }
  }
  const indexed = langs.filter((l) => !indexes.has(l));
  if (indexed.length) {
    await withPagefind(async (started) => {
      for (const lang of indexed) {
        const index = await indexLanguage(byLang.get(lang)!, started);
        indexes.set(lang, index);
        cache?.set(lang, keyOf(lang), index);
      }
    });
  }
  cache?.prune(langs);

  // Every language's files (Pagefind's script and its WebAssembly are in each, the same bytes), and one entry naming them all.
  const outputPath = path.join(site, 'pagefind');
  const written = new Map<string, Buffer>();
  const entry = { version: '', languages: {} as Record<string, LanguageEntry>, include_characters: undefined as unknown };
  for (const lang of langs) {
    const index = indexes.get(lang)!;
    if (entry.version && (entry.version !== index.version || JSON.stringify(entry.include_characters) !== JSON.stringify(index.includeCharacters))) {
      throw new SearchIndexError(`chỉ mục tiếng "${lang}" không cùng phiên bản Pagefind với các ngôn ngữ khác.`);
    }
    entry.version = index.version;
    entry.include_characters = index.includeCharacters;
    entry.languages[lang] = index.entry;
    for (const [rel, bytes] of index.files) {
      const before = written.get(rel);
      if (before) {
        if (!before.equals(bytes)) throw new SearchIndexError(`hai ngôn ngữ của chỉ mục có tệp ${rel} khác nhau.`);
        continue;
      }
      written.set(rel, bytes);
      mkdirSync(path.dirname(path.join(outputPath, rel)), { recursive: true });
      writeFileSync(path.join(outputPath, rel), bytes);
    }
  }
  writeFileSync(path.join(outputPath, ENTRY), JSON.stringify(entry));

  // Read back what was written: an index that lost pages must not go live.
  const check = JSON.parse(readFileSync(path.join(outputPath, ENTRY), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pages = Object.values(check.languages).reduce((sum, l) => sum + l.page_count, 0);
  if (pages !== records.length) throw new SearchIndexError(`chỉ mục có ${pages} trang, cần ${records.length}.`);
  return { pages, indexed, reused };
}

/** One language's records through Pagefind; its files as Pagefind hands them over. */
async function indexLanguage(records: SearchRecord[], started: () => void): Promise<LanguageIndex> {
  const { index, errors } = await pagefind.createIndex(OPTIONS);
  started();
  if (!index || errors.length) throw new SearchIndexError(errors.join('; ') || 'Pagefind không khởi động được.');
  // All records are sent at once and the answers awaited together: one at a time, each
  // waited for a round trip to Pagefind's process (0.5 s wall at N = 1000, same CPU).
  const added = await Promise.all(records.map(async (r) => ({ url: r.url, r: await index.addCustomRecord(r) })));
  for (const { url, r } of added) if (r.errors.length) throw new SearchIndexError(`${url}: ${r.errors.join('; ')}`);
  const got = await index.getFiles();
  if (got.errors.length) throw new SearchIndexError(got.errors.join('; '));
  await index.deleteIndex();

  const lang = records[0]!.language;
  // The same files and bytes writeFiles() would write, by path under pagefind/ (sorted: the order they are kept and written in).
  const all = new Map(got.files.map((f) => [f.path.replace(/^\/+/, ''), Buffer.from(f.content)] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const entryFile = all.get(ENTRY);
  const entry = entryFile && (JSON.parse(entryFile.toString('utf8')) as { version: string; languages: Record<string, LanguageEntry>; include_characters: unknown });
  const own = entry?.languages[lang];
  if (!entry || !own || Object.keys(entry.languages).length !== 1) throw new SearchIndexError(`Pagefind không ghi chỉ mục tiếng "${lang}".`);
  all.delete(ENTRY);
  // Pagefind also makes its ready-made UIs; the search page uses only the core library,
  // so the unused bundles are not published.
  for (const rel of all.keys()) if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(rel)) all.delete(rel);
  return { version: entry.version, includeCharacters: entry.include_characters, entry: own, files: all };
}

/**
 * Runs `work` with Pagefind's process, then stops it and waits until it has gone.
 * pagefind.close() only sends it a signal; if the process running the build then exits at
 * once, Pagefind is left to finish as an orphan, outside the build's process tree, and its
 * CPU time (about 2 s at N = 1000) is missing from any measurement of the build. Linux only
 * (/proc); elsewhere it returns after close(). Only the children Pagefind started are waited
 * for, not those of whoever calls this (the Astro build leaves its esbuild service running).
 */
async function withPagefind(work: (started: () => void) => Promise<void>) {
  const before = new Set(childPids());
  let pids: number[] | null = null;
  try {
    await work(() => {
      pids ??= childPids().filter((pid) => !before.has(pid));
    });
  } finally {
    await pagefind.close();
    const deadline = Date.now() + 5000;
    // Node reaps its child on SIGCHLD while this loop keeps the event loop running.
    while ((pids ?? []).some((pid) => existsSync(`/proc/${pid}`)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10));
    }
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
