/**
 * The printed PDFs, kept between builds so that a PDF is printed again only when something
 * that decides its bytes changed. An entry is found by a key made of:
 *  - the address the page is printed from (Chromium writes its links against it),
 *  - the metadata and outline titles given to finalizePdf(),
 *  - Chromium's version (`--version`), and the code that prints and finalises (the source of print.ts,
 *    finalize.ts, site-files.ts and this file; the installed versions of playwright-core and pdf-lib);
 * and it is used only if every file the page loaded while it was printed (the page itself,
 * its print stylesheet, fonts and images, as recorded by site-files.ts) still has the
 * SHA-256 recorded with it, and none it asked for and did not get has appeared.
 *
 * An entry is one file, `<key>.pdf-entry`: a JSON line (the key, what was loaded, the PDF's
 * length and SHA-256), then the PDF's bytes. It is written to a temporary name and renamed, so
 * a reader sees a whole entry or none; and it is checked on reading (key, length, hash), so an
 * entry damaged since is printed again, never published. After a build, the entries that build
 * did not use are deleted: the folder holds one site's PDFs, not every version ever printed.
 *
 * The folder is inside Astro's cache folder (`cacheDir`), which `npm run build` names per
 * output folder (scripts/lib/build-site.ts) and the deploy workflow keeps between runs.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loaded } from './site-files.ts';

const FORMAT = 'thong-bao-pdf-cache/1';
const SUFFIX = '.pdf-entry';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** What decides the bytes besides the page: the printing and finalising code, and the libraries it uses. */
function codeFingerprint(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const require = createRequire(import.meta.url);
  const parts = ['print.ts', 'finalize.ts', 'site-files.ts', 'cache.ts'].map((f) => `${f}:${sha256(readFileSync(path.join(here, f)))}`);
  for (const pkg of ['playwright-core', 'pdf-lib']) {
    const json = JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string };
    parts.push(`${pkg}@${json.version}`);
  }
  return parts.join('\n');
}

/** What a PDF is printed from: the page's address, and what finalizePdf() is given (print.ts, PrintJob). */
export interface CacheJob {
  url: string;
  metadata: unknown;
  outline: unknown;
}

/**
 * The browser's version as its program reports it (`chromium --version`: tens of
 * milliseconds, where starting it costs a second), so that a build whose PDFs all come from
 * the cache never starts it; null if the program does not answer (then nothing is reused).
 */
export function browserVersion(executable: string): string | null {
  try {
    return execFileSync(executable, ['--version'], { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

interface Header {
  format: string;
  key: string;
  loaded: [url: string, sha256: string | null][];
  length: number;
  sha256: string;
}

export class PdfCache {
  readonly dir: string;
  private readonly salt: string;
  private readonly used = new Set<string>();
  printed = 0;
  reused = 0;
  /** Entries found damaged (and printed again). */
  rejected = 0;

  /** `browserVersion`: Chromium's (browserVersion()). */
  constructor(dir: string, browserVersion: string) {
    this.dir = dir;
    this.salt = `${FORMAT}\n${browserVersion}\n${codeFingerprint()}`;
    mkdirSync(dir, { recursive: true });
  }

  key(job: CacheJob): string {
    return sha256(JSON.stringify([this.salt, job.url, job.metadata, job.outline]));
  }

  private file(key: string): string {
    return path.join(this.dir, key + SUFFIX);
  }

  /**
   * The PDF kept for this job, if the entry is whole and every file the page loaded when it
   * was printed is unchanged (`hash`: the SHA-256 a file has now, or null); otherwise null.
   */
  get(key: string, hash: (url: string) => string | null): Uint8Array | null {
    this.used.add(key);
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file(key));
    } catch {
      return null;
    }
    const newline = bytes.indexOf(0x0a);
    let header: Header | null = null;
    try {
      header = newline > 0 ? (JSON.parse(bytes.subarray(0, newline).toString('utf8')) as Header) : null;
    } catch {
      header = null;
    }
    const pdf = newline > 0 ? bytes.subarray(newline + 1) : null;
    if (!header || !pdf || header.format !== FORMAT || header.key !== key || header.length !== pdf.length || header.sha256 !== sha256(pdf)) {
      this.rejected++;
      return null;
    }
    if (!header.loaded.every(([url, h]) => hash(url) === h)) return null;
    this.reused++;
    return new Uint8Array(pdf);
  }

  /**
   * Writes to its file every job's PDF the cache holds (get()), recording its size in
   * `sizes` under the job's name; returns the jobs left to print.
   */
  restore<J extends CacheJob & { name: string; file: string }>(jobs: J[], hash: (url: string) => string | null, sizes: Map<string, number>): J[] {
    const left: J[] = [];
    for (const job of jobs) {
      const pdf = this.get(this.key(job), hash);
      if (!pdf) {
        left.push(job);
        continue;
      }
      mkdirSync(path.dirname(job.file), { recursive: true });
      writeFileSync(job.file, pdf);
      sizes.set(job.name, pdf.length);
    }
    return left;
  }

  /** Keeps a PDF just printed, with what its page loaded; a whole entry or nothing. */
  set(key: string, pdf: Uint8Array, loaded: Loaded): void {
    this.used.add(key);
    this.printed++;
    const header: Header = {
      format: FORMAT,
      key,
      loaded: [...loaded].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      length: pdf.length,
      sha256: sha256(pdf),
    };
    const target = this.file(key);
    const temp = `${target}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      writeFileSync(temp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), pdf]));
      renameSync(temp, target);
    } catch (e) {
      // A cache that cannot be written costs the next build time, never this one its PDF.
      rmSync(temp, { force: true });
      console.warn(`Không lưu được bản PDF vào bộ nhớ đệm ${this.dir}: ${(e as Error).message}`);
    }
  }

  /** Deletes the entries this build did not use, and temporary files left by a build that was stopped. */
  prune(): void {
    for (const name of readdirSync(this.dir)) {
      const key = name.endsWith(SUFFIX) ? name.slice(0, -SUFFIX.length) : null;
      if (key === null || !this.used.has(key)) rmSync(path.join(this.dir, name), { force: true });
    }
  }
}
