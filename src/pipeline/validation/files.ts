/**
 * Reading notice files and folders, and the checks that need more than one file: two
 * files that would publish at the same address, and the chains of `replaces`
 * (lifecycle.ts). Everything that validates a folder
 * (`npm run validate`, the build, the content loader) goes through validateAll, so a
 * check across files can never be skipped by one of them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { validateSource, type NoticeOptions } from './check.ts';
import { fastValidNotice } from './fast.ts';
import { lifecycleProblems } from './lifecycle.ts';
import type { ValidationCache } from './cache.ts';
import { slugOf, wholeFile } from './source.ts';
import type { LoadResult, Problem, ValidNotice } from './types.ts';

export const NOTICES_DIR = 'content/notices';

/** The "cannot open" problem, worded the same wherever a file is read. */
export function readFileProblem(file: string, e: unknown): Problem {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'không có tệp này' : code === 'EISDIR' ? 'đây là một thư mục' : String(code ?? e);
  return wholeFile(file, `Không mở được tệp (${why}). Hãy kiểm tra lại đường dẫn.`);
}

/** `cache`: results of earlier runs (cache.ts); a file that passed with the same bytes is not checked again. */
export function validateFile(file: string, options: NoticeOptions = {}, cache?: ValidationCache): LoadResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { ok: false, slug: slugOf(file), file, problems: [readFileProblem(file, e)] };
  }
  // A file with nothing to report takes the fast way (fast.ts); any other, the full check.
  const check = () => fastValidNotice(file, bytes, options) ?? validateSource(file, bytes, options);
  if (!cache) return check();
  const key = cache.key(file, bytes, options);
  const kept = cache.get(key);
  if (kept) return kept;
  const r = check();
  if (r.ok) cache.set(key, r);
  return r;
}

/** Every notice file in a folder, sorted by name so results are stable. */
export function noticeFiles(dir = NOTICES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Validates every file and the checks across them; returns all problems of all files at once
 * (`cache`: see validateFile; the checks across files always run on the whole set).
 * `context`: other notice files that the checks across files see (so `npm run validate x.yaml`
 * knows the notices `x` replaces), whose own problems are not reported; a problem across
 * files is reported when it concerns one of `files`.
 */
export function validateAll(files: string[], context: string[] = [], options: NoticeOptions = {}, cache?: ValidationCache): { notices: ValidNotice[]; problems: Problem[] } {
  const notices: ValidNotice[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const r = validateFile(file, options, cache);
    if (r.ok) notices.push(r);
    else problems.push(...r.problems);
  }
  problems.push(...sameAddress(files));
  const given = new Set(files.map((f) => path.resolve(f)));
  const others = context.filter((f) => !given.has(path.resolve(f))).map((f) => validateFile(f, options, cache)).filter((r): r is ValidNotice => r.ok);
  const concerns = (p: Problem) => [p.file, ...(p.related ?? [])].some((f) => given.has(path.resolve(f)));
  problems.push(...lifecycleProblems([...notices, ...others]).filter(concerns));
  return { notices, problems };
}

/** `x.yaml` beside `x.yml` (or the same file given twice): one page address, two files. */
function sameAddress(files: string[]): Problem[] {
  const bySlug = new Map<string, string>();
  const out: Problem[] = [];
  for (const file of files) {
    const slug = slugOf(file);
    const other = bySlug.get(slug);
    if (other) out.push(wholeFile(file, `Tệp này trùng tên trang với ${other} (cùng địa chỉ /thong-bao/${slug}/). Hãy đổi tên một trong hai tệp.`));
    else bySlug.set(slug, file);
  }
  return out;
}
