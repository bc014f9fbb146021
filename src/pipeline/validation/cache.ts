/**
 * The result of validating each notice file, kept between builds: a file whose bytes, name
 * and options (the site's languages) are those of a file that passed last time, checked by the
 * same validator's code, is not parsed and checked again. Only files that passed are kept: a
 * refused file is always checked again, so its messages are always today's. The checks across
 * files (lifecycle.ts, the same address twice) and the signed originals still run on the whole
 * set every time (files.ts, original.ts).
 *
 * "The validator's code" is every source file it can import (src/lib, src/i18n, src/schema,
 * src/kinds and src/pipeline) and the installed packages (package-lock.json: zod, yaml,
 * libphonenumber-js…), hashed together: a change to any of them checks every file again.
 *
 * One file, `<cacheDir>/validation.bin`: the SHA-256 of what follows, then the results
 * (node:v8's serialisation, which keeps what JSON would lose, such as a field set to
 * undefined). A damaged or cut-short file is ignored whole (every file checked again), and it
 * is written under a temporary name and renamed, so a reader sees a whole file or none.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ValidNotice } from './types.ts';

const FORMAT = 'thong-bao-validation-cache/1';
const FILE = 'validation.bin';
const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest();

/** src/, from this file (src/pipeline/validation/). */
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CODE_DIRS = ['lib', 'i18n', 'schema', 'kinds', 'pipeline'];

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? sourceFiles(path.join(dir, d.name)) : /\.(ts|json|ya?ml)$/.test(d.name) ? [path.join(dir, d.name)] : []))
    .sort();
}

/** The validator's code and the packages it uses, as one digest. */
export function validatorFingerprint(src = SRC): string {
  const h = createHash('sha256').update(FORMAT);
  for (const file of CODE_DIRS.flatMap((d) => sourceFiles(path.join(src, d)))) h.update(`\n${path.relative(src, file)}\n`).update(readFileSync(file));
  const lock = path.join(src, '..', 'package-lock.json');
  h.update('\npackage-lock.json\n').update(existsSync(lock) ? readFileSync(lock) : '');
  return h.digest('hex');
}

interface Stored {
  format: string;
  code: string;
  entries: [key: string, notice: ValidNotice][];
}

export class ValidationCache {
  private readonly file: string;
  private readonly code: string;
  private readonly before = new Map<string, ValidNotice>();
  private readonly now = new Map<string, ValidNotice>();
  /** Files taken from the cache, and checked, in this run. */
  reused = 0;
  checked = 0;
  /** True when the file was there but damaged (then ignored whole). */
  damaged = false;

  /** `dir`: the build's cache folder. `code`: validatorFingerprint(), given by tests. */
  constructor(dir: string, code = validatorFingerprint()) {
    this.file = path.join(dir, FILE);
    this.code = code;
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file);
    } catch {
      return;
    }
    try {
      const payload = bytes.subarray(32);
      if (bytes.length < 32 || !sha256(payload).equals(bytes.subarray(0, 32))) throw new Error('damaged');
      const stored = deserialize(payload) as Stored;
      if (stored.format !== FORMAT) throw new Error('format');
      if (stored.code === code) for (const [key, notice] of stored.entries) this.before.set(key, notice);
    } catch {
      this.damaged = true;
    }
  }

  /**
   * What decides a file's result: its path as given (the result names it, and its name is its
   * page's address) and where that is, its bytes and the options.
   */
  key(file: string, bytes: Uint8Array, options: unknown): string {
    return createHash('sha256')
      .update(JSON.stringify([file, path.resolve(file), options ?? null]))
      .update('\n')
      .update(bytes)
      .digest('hex');
  }

  /** The result kept for this key, if any (kept for the next run too); otherwise the file is to be checked. */
  get(key: string): ValidNotice | null {
    const hit = this.before.get(key);
    if (!hit) {
      this.checked++;
      return null;
    }
    this.reused++;
    this.now.set(key, hit);
    return hit;
  }

  /** Keeps a file's result, if it passed. */
  set(key: string, result: ValidNotice): void {
    this.now.set(key, result);
  }

  /** Writes the results of this run (and only those): a whole file or none. */
  save(): void {
    const stored: Stored = { format: FORMAT, code: this.code, entries: [...this.now] };
    const payload = serialize(stored);
    const temp = `${this.file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(temp, Buffer.concat([sha256(payload), payload]));
      renameSync(temp, this.file);
    } catch (e) {
      // A cache that cannot be written costs the next build time, never this one its site.
      rmSync(temp, { force: true });
      console.warn(`Không lưu được kết quả kiểm tra vào bộ nhớ đệm ${this.file}: ${(e as Error).message}`);
    }
  }
}
