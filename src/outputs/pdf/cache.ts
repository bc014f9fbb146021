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
 * An entry is two files: `<key>.pdf`, the PDF's bytes, and `<key>.pdf-entry`, one JSON line
 * (the key, what was loaded, the PDF's length and SHA-256). Each is written to a temporary name
 * and renamed, the PDF first, so a reader finds a header only beside its whole PDF; and an
 * entry is checked on reading (key, length, hash), so one damaged since is printed again, never
 * published. After a build, the entries that build did not use are deleted: the folder holds
 * one site's PDFs, not every version ever printed.
 *
 * Checking an entry's SHA-256 means reading and hashing every PDF on every build (≈ 0.3 s of
 * CPU per 54 MB). So the folder also records (`verified.json`), for each entry whose hash this
 * process checked or which it wrote itself, both files' size, modification and change times
 * (nanoseconds) and inode: an entry whose files still have exactly those is the one that was
 * checked, its PDF is not hashed again, nor even read: the kernel copies it into the output
 * (copyFileSync), and the copy's size is checked against the header. Any write to a file
 * through the file system changes its change time (which no program can set back) and most
 * also its size or modification time; a file replaced or restored from elsewhere (the deploy
 * workflow's cache) has another inode and change time; so each of them is hashed again before
 * it is used. What this does not see is what the hash would not be needed for on any other
 * file the build reads: the disk returning other bytes than were written, which ext4 does not
 * detect for the source files either. The header's length is still checked against the PDF's,
 * so a file cut short is always seen.
 *
 * The folder is inside Astro's cache folder (`cacheDir`), which `npm run build` names per
 * output folder (scripts/lib/build-site.ts) and the deploy workflow keeps between runs.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loaded } from './site-files.ts';
import { fileState, rememberHash } from '../known-hashes.ts';

const FORMAT = 'thong-bao-pdf-cache/2';
const SUFFIX = '.pdf-entry';
const PDF_SUFFIX = '.pdf';
/** The entries whose hash was checked, each with what its file was then (fileState). */
const VERIFIED = 'verified.json';


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
  /** Entry key → its file's state when its hash was last checked or when it was written (fileState). */
  private readonly verified = new Map<string, string>();
  printed = 0;
  reused = 0;
  /** Entries found damaged (and printed again). */
  rejected = 0;
  /** Entries whose PDF was hashed in this build (the others were trusted by their file's state). */
  hashed = 0;

  /** `browserVersion`: Chromium's (browserVersion()). */
  constructor(dir: string, browserVersion: string) {
    this.dir = dir;
    this.salt = `${FORMAT}\n${browserVersion}\n${codeFingerprint()}`;
    mkdirSync(dir, { recursive: true });
    try {
      const recorded = JSON.parse(readFileSync(path.join(dir, VERIFIED), 'utf8')) as unknown;
      if (Array.isArray(recorded)) for (const [key, state] of recorded) if (typeof key === 'string' && typeof state === 'string') this.verified.set(key, state);
    } catch {
      // None yet, or unreadable: every entry is hashed.
    }
  }

  key(job: CacheJob): string {
    return sha256(JSON.stringify([this.salt, job.url, job.metadata, job.outline]));
  }

  private file(key: string): string {
    return path.join(this.dir, key + SUFFIX);
  }

  private pdfFile(key: string): string {
    return path.join(this.dir, key + PDF_SUFFIX);
  }

  /** Both files of an entry as they are now (fileState), or null if either is missing. */
  private state(key: string): string | null {
    const header = fileState(this.file(key));
    const pdf = fileState(this.pdfFile(key));
    return header && pdf ? `${header}|${pdf}` : null;
  }

  /**
   * Writes the PDF kept for this job to `target`, if the entry is whole and every file the page
   * loaded when it was printed is unchanged (`hash`: the SHA-256 a file has now, or null);
   * returns its length and SHA-256, or null (then nothing is left at `target`).
   */
  copyTo(key: string, hash: (url: string) => string | null, target: string): { length: number; sha256: string } | null {
    this.used.add(key);
    // Taken before and after reading: trusted only if the files were the ones checked all along.
    const state = this.state(key);
    const recorded = this.verified.get(key);
    this.verified.delete(key);
    if (state === null) return null;
    let header: Header | null = null;
    try {
      const text = readFileSync(this.file(key), 'utf8');
      header = text.endsWith('\n') ? (JSON.parse(text) as Header) : null;
    } catch {
      header = null;
    }
    if (!header || header.format !== FORMAT || header.key !== key) {
      this.rejected++;
      return null;
    }
    if (!header.loaded.every(([url, h]) => hash(url) === h)) {
      if (recorded === state) this.verified.set(key, state);
      return null;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    if (recorded === state) {
      // Checked before and unchanged since: the kernel copies the bytes (copy_file_range), no
      // read into this process; the copy's length is still held to the header's.
      copyFileSync(this.pdfFile(key), target);
      if (this.state(key) === state && statSync(target).size === header.length) {
        this.verified.set(key, state);
        this.reused++;
        return { length: header.length, sha256: header.sha256 };
      }
      rmSync(target, { force: true });
      this.rejected++;
      return null;
    }
    this.hashed++;
    let pdf: Buffer;
    try {
      pdf = readFileSync(this.pdfFile(key));
    } catch {
      this.rejected++;
      return null;
    }
    if (pdf.length !== header.length || sha256(pdf) !== header.sha256) {
      this.rejected++;
      return null;
    }
    const after = this.state(key);
    if (after === state) this.verified.set(key, state);
    writeFileSync(target, pdf);
    this.reused++;
    return { length: header.length, sha256: header.sha256 };
  }

  /**
   * Writes to its file every job's PDF the cache holds (copyTo()), recording its size in
   * `sizes` under the job's name; returns the jobs left to print.
   */
  restore<J extends CacheJob & { name: string; file: string }>(jobs: J[], hash: (url: string) => string | null, sizes: Map<string, number>): J[] {
    const left: J[] = [];
    for (const job of jobs) {
      const kept = this.copyTo(this.key(job), hash, job.file);
      if (!kept) {
        left.push(job);
        continue;
      }
      rememberHash(job.file, kept.sha256);
      sizes.set(job.name, kept.length);
    }
    return left;
  }

  /** Keeps a PDF just printed, with what its page loaded; a whole entry or nothing. Returns the PDF's SHA-256. */
  set(key: string, pdf: Uint8Array, loaded: Loaded): string {
    this.used.add(key);
    this.printed++;
    const header: Header = {
      format: FORMAT,
      key,
      loaded: [...loaded].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      length: pdf.length,
      sha256: sha256(pdf),
    };
    const tag = `${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    this.verified.delete(key);
    // The old header first: a header is never left beside another PDF than its own.
    rmSync(this.file(key), { force: true });
    const written: string[] = [];
    try {
      for (const [target, bytes] of [
        [this.pdfFile(key), pdf],
        [this.file(key), `${JSON.stringify(header)}\n`],
      ] as const) {
        const temp = `${target}.${tag}`;
        written.push(temp);
        writeFileSync(temp, bytes);
        renameSync(temp, target);
      }
      // The files this process has just written (renaming changes their change time, so taken after).
      const state = this.state(key);
      if (state) this.verified.set(key, state);
    } catch (e) {
      // A cache that cannot be written costs the next build time, never this one its PDF.
      for (const temp of written) rmSync(temp, { force: true });
      rmSync(this.file(key), { force: true });
      console.warn(`Không lưu được bản PDF vào bộ nhớ đệm ${this.dir}: ${(e as Error).message}`);
    }
    return header.sha256;
  }

  /**
   * Deletes the entries this build did not use, and temporary files left by a build that was
   * stopped; records the state of the entries whose hash was checked or which were written.
   */
  prune(): void {
    for (const name of readdirSync(this.dir)) {
      const suffix = [SUFFIX, PDF_SUFFIX].find((x) => name.endsWith(x));
      const key = suffix ? name.slice(0, -suffix.length) : null;
      if (name !== VERIFIED && (key === null || !this.used.has(key))) rmSync(path.join(this.dir, name), { force: true });
    }
    const verified = [...this.verified].filter(([key]) => this.used.has(key)).sort(([a], [b]) => (a < b ? -1 : 1));
    const target = path.join(this.dir, VERIFIED);
    const temp = `${target}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      writeFileSync(temp, JSON.stringify(verified));
      renameSync(temp, target);
    } catch {
      // Without it the next build hashes every entry: slower, never wrong.
      rmSync(temp, { force: true });
    }
  }
}
