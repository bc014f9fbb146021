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
 * search page loads only its own), and kept between builds in the build's cache folder
 * (`<cacheDir>/search/<lang>/`): Pagefind has no incremental mode (adding one word can shift
 * every chunk of the index), so a language whose records are all unchanged, with the same
 * Pagefind and the same indexing code and options, takes its files from the cache, and any
 * changed record indexes that language again, whole. The files of every language and the
 * merged `pagefind-entry.json` are then written into the site. A cached file whose SHA-256 is
 * not the one recorded when it was written (a damaged or half-written cache) makes that
 * language indexed again, never published.
 *
 * Any indexing error, or an index without every record in it, is an error, and so fails
 * the build.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './search-record.ts';

/** A failure of this step, worded for staff; the build prints it and stops. */
export class SearchIndexError extends Error {}

/** What Pagefind is asked for (createIndex); part of the cache's key. No forced language: each record names its own. */
const OPTIONS = {};
const FORMAT = 'thong-bao-search-cache/1';
const ENTRY = 'pagefind-entry.json';
const MANIFEST = 'manifest.json';

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
  /** Each file's path under pagefind/ and SHA-256. */
  files: [string, string][];
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

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function listFiles(dir: string, under = ''): string[] {
  return readdirSync(path.join(dir, under), { withFileTypes: true })
    .flatMap((d) => {
      const rel = under ? `${under}/${d.name}` : d.name;
      return d.isDirectory() ? listFiles(dir, rel) : [rel];
    })
    .sort();
}

/** The languages' cache: `<dir>/<lang>/manifest.json` and `<dir>/<lang>/files/…`. */
class SearchCache {
  /** Manifests whose key matched but a file did not: damaged, indexed again. */
  rejected = 0;
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  private folder(lang: string) {
    return path.join(this.dir, encodeURIComponent(lang));
  }

  get(lang: string, key: string): LanguageIndex | null {
    const folder = this.folder(lang);
    let manifest: Manifest;
    try {
      manifest = JSON.parse(readFileSync(path.join(folder, MANIFEST), 'utf8')) as Manifest;
    } catch {
      return null;
    }
    if (manifest.format !== FORMAT || manifest.key !== key) return null;
    const files = new Map<string, Buffer>();
    try {
      for (const [rel, hash] of manifest.files) {
        const bytes = readFileSync(path.join(folder, 'files', rel));
        if (sha256(bytes) !== hash) throw new Error(`${rel}: damaged`);
        files.set(rel, bytes);
      }
      // A file that was not there when the manifest was written (a stray file) is not published either.
      if (listFiles(path.join(folder, 'files')).length !== files.size) throw new Error('unexpected files');
    } catch {
      this.rejected++;
      return null;
    }
    return { version: manifest.version, includeCharacters: manifest.includeCharacters, entry: manifest.entry, files };
  }

  /** Keeps a language's index just written in `staged` (a folder inside this cache, with `files/`): a whole entry or none. */
  set(lang: string, key: string, staged: string, index: LanguageIndex): void {
    const manifest: Manifest = {
      format: FORMAT,
      key,
      version: index.version,
      includeCharacters: index.includeCharacters,
      entry: index.entry,
      files: [...index.files].map(([rel, bytes]) => [rel, sha256(bytes)]),
    };
    const target = this.folder(lang);
    try {
      writeFileSync(path.join(staged, MANIFEST), JSON.stringify(manifest));
      rmSync(target, { recursive: true, force: true });
      renameSync(staged, target);
    } catch (e) {
      // A cache that cannot be written costs the next build time, never this one its index.
      rmSync(staged, { recursive: true, force: true });
      console.warn(`Không lưu được chỉ mục tìm kiếm vào bộ nhớ đệm ${this.dir}: ${(e as Error).message}`);
    }
  }

  /** A folder to write a language's index into before it is kept. */
  stage(): string {
    const dir = path.join(this.dir, `.staging-${process.pid}-${randomBytes(4).toString('hex')}`);
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  /** Deletes the languages this build does not have, and folders left by a build that was stopped. */
  prune(langs: string[]): void {
    const keep = new Set(langs.map(encodeURIComponent));
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
    const scratch = cache ? null : mkdtempSync(path.join(tmpdir(), 'pagefind-'));
    try {
      await withPagefind(async (started) => {
        for (const lang of indexed) {
          const staged = cache ? cache.stage() : path.join(scratch!, encodeURIComponent(lang));
          const index = await indexLanguage(byLang.get(lang)!, path.join(staged, 'files'), started);
          indexes.set(lang, index);
          if (cache) cache.set(lang, keyOf(lang), staged, index);
        }
      });
    } finally {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    }
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

/** One language's records through Pagefind, written into `dir`; its files read back. */
async function indexLanguage(records: SearchRecord[], dir: string, started: () => void): Promise<LanguageIndex> {
  const { index, errors } = await pagefind.createIndex(OPTIONS);
  started();
  if (!index || errors.length) throw new SearchIndexError(errors.join('; ') || 'Pagefind không khởi động được.');
  // All records are sent at once and the answers awaited together: one at a time, each
  // waited for a round trip to Pagefind's process (0.5 s wall at N = 1000, same CPU).
  const added = await Promise.all(records.map(async (r) => ({ url: r.url, r: await index.addCustomRecord(r) })));
  for (const { url, r } of added) if (r.errors.length) throw new SearchIndexError(`${url}: ${r.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length) throw new SearchIndexError(written.errors.join('; '));
  await index.deleteIndex();

  const lang = records[0]!.language;
  const entry = JSON.parse(readFileSync(path.join(dir, ENTRY), 'utf8')) as { version: string; languages: Record<string, LanguageEntry>; include_characters: unknown };
  const own = entry.languages[lang];
  if (!own || Object.keys(entry.languages).length !== 1) throw new SearchIndexError(`Pagefind không ghi chỉ mục tiếng "${lang}".`);
  rmSync(path.join(dir, ENTRY));
  // Pagefind also writes its ready-made UIs; the search page uses only the core library,
  // so the unused bundles are not published.
  for (const f of readdirSync(dir)) {
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f)) rmSync(path.join(dir, f));
  }
  const files = new Map(listFiles(dir).map((rel) => [rel, readFileSync(path.join(dir, rel))]));
  return { version: entry.version, includeCharacters: entry.include_characters, entry: own, files };
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
