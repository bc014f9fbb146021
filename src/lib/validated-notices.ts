/**
 * Validating once per build. `scripts/build.ts` validates every notice before Astro
 * starts; the content loader used to validate all of them again (YAML parse, NFC,
 * zod, libphonenumber), which was the largest part of the Astro stage that a bare site
 * does not pay (see bench/results.md).
 *
 * So build.ts hands the loader what it validated: a JSON file with, for each notice,
 * the SHA-256 of the exact bytes that were validated and the validated data. The loader
 * uses it only if the folder still holds exactly those files with exactly those bytes;
 * otherwise (a file changed in between, `astro dev`, `astro build` run by hand) it
 * validates everything itself, as before. A stale or forged-by-accident hand-off can
 * therefore never put unvalidated text on the site.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { noticeFiles, validateAll, validateFile, validateSource, type LoadResult, type Problem } from './validate.ts';

/** Environment variable through which build.ts tells the loader where the hand-off is. */
export const VALIDATED_ENV = 'VALIDATED_NOTICES';

type Valid = Extract<LoadResult, { ok: true }>;
export interface ValidatedNotice extends Valid {
  sha256: string;
}

interface HandOff {
  version: 1;
  notices: { file: string; sha256: string; slug: string; data: Valid['data'] }[];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** validateAll, plus the hash of the very bytes that were validated. */
export function validateWithHashes(files: string[]): { notices: ValidatedNotice[]; problems: Problem[] } {
  const notices: ValidatedNotice[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      // validateFile words the "cannot open" message exactly as `npm run validate` does.
      const r = validateFile(file);
      if (!r.ok) problems.push(...r.problems);
      continue;
    }
    const r = validateSource(file, bytes);
    if (r.ok) notices.push({ ...r, sha256: sha256(bytes) });
    else problems.push(...r.problems);
  }
  return { notices, problems };
}

export function writeHandOff(target: string, notices: ValidatedNotice[]): void {
  const handOff: HandOff = {
    version: 1,
    notices: notices.map((n) => ({ file: path.resolve(n.file), sha256: n.sha256, slug: n.slug, data: n.data })),
  };
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(handOff));
}

/**
 * The validated notices for `files`, or null when the hand-off is missing, unreadable, or
 * does not match the files' current bytes one for one (then the caller validates).
 */
export function readHandOff(source: string | undefined, files: string[]): Valid[] | null {
  if (!source) return null;
  let handOff: HandOff;
  try {
    handOff = JSON.parse(readFileSync(source, 'utf8')) as HandOff;
  } catch {
    return null;
  }
  if (handOff.version !== 1 || handOff.notices.length !== files.length) return null;
  const out: Valid[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const entry = handOff.notices[i]!;
    if (entry.file !== path.resolve(file)) return null;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      return null;
    }
    if (sha256(bytes) !== entry.sha256) return null;
    out.push({ ok: true, slug: entry.slug, file, data: entry.data });
  }
  return out;
}

/**
 * Every notice in `dir`, validated: from the hand-off file `handOff` when it matches the
 * files byte for byte, otherwise by validating them now (with every problem found).
 */
export function validatedNotices(dir: string, handOff: string | undefined): { notices: Valid[]; problems: Problem[] } {
  const files = noticeFiles(dir);
  const fromHandOff = readHandOff(handOff, files);
  return fromHandOff ? { notices: fromHandOff, problems: [] } : validateAll(files);
}
