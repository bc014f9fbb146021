/**
 * The second step of validation, for the notices whose YAML passed: the signed original
 * each one names (`original.file`, `original.sha256`), read from beside the YAML and
 * verified offline against the agency's roots in the content folder's `trust/`
 * (src/original/). It is async (the signatures are checked with WebCrypto), which is
 * why it runs after the synchronous YAML checks rather than inside them.
 *
 * A refusal is reported like any other problem of the notice: on the line of
 * `original.file` in the YAML (or of `original.sha256` when the hash is what is wrong),
 * with the field's label, and a message that starts with the PDF's own path.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { expectedOriginal } from '../../original/expected.ts';
import { loadTrustRoots } from '../../original/trust.ts';
import type { OriginalProblemCode, TrustRoot } from '../../original/types.ts';
import { validateAll } from './files.ts';
import type { NoticeOptions } from './check.ts';
import type { ValidationCache } from './cache.ts';
import { Notice } from '../../schema/notice.ts';
import { locate, problemAt, type SourceContext } from './schema-issues.ts';
import { readSource, wholeFile } from './source.ts';
import type { CheckedOriginal, FieldPath, Problem, ValidNotice } from './types.ts';

/** A signed notice is a few hundred KB; a scan of a few pages a few MB. Past this, a wrong file. */
export const MAX_ORIGINAL_BYTES = 30 * 1024 * 1024;

const FILE_FIELD: FieldPath = ['original', 'file'];
const HASH_FIELD: FieldPath = ['original', 'sha256'];
const HASH_CODES: ReadonlySet<OriginalProblemCode> = new Set(['hash-invalid', 'hash-mismatch']);

/** A path as messages show it: relative to the working folder, with forward slashes. */
const shown = (p: string) => (path.isAbsolute(p) ? path.relative(process.cwd(), p) : p).split(path.sep).join('/');

/**
 * The trust roots of a content folder: every .pem in `<content>/trust/`, named in messages
 * by their path from the working folder ("content/trust/vgca.pem").
 */
export function contentTrustRoots(contentRoot: string): TrustRoot[] {
  const dir = path.relative(process.cwd(), path.join(contentRoot, 'trust'));
  return loadTrustRoots(process.cwd(), dir.split(path.sep).join('/'));
}

/** Where in the YAML a problem of the original is shown: the field's line, with its label. */
function located(file: string, field: FieldPath, message: string): Problem {
  try {
    const read = readSource(file, readFileSync(file), new Set());
    if ('problems' in read) throw new Error('unreadable');
    const lineCounter = new LineCounter();
    const doc = parseDocument(read.source, { lineCounter, version: '1.2' });
    const ctx: SourceContext = { file, doc, lineCounter, lines: read.lines, source: read.source, schema: Notice };
    const { node } = locate(doc, field);
    return problemAt(ctx, node?.range?.[0], field, message);
  } catch {
    // The YAML passed validation a moment ago; if it changed since, the file is still named.
    return { ...wholeFile(file, message), path: field };
  }
}

/** The PDF's bytes, or why they cannot be read, in words that say what to do. */
function readOriginal(yamlFile: string, relative: string): { pdf: string; bytes: Uint8Array } | { message: string } {
  const folder = path.dirname(path.resolve(yamlFile));
  const pdf = path.resolve(folder, relative);
  const name = shown(pdf);
  const stat = statSync(pdf, { throwIfNoEntry: false });
  if (!stat) {
    return {
      message: `${name}: không có tệp này. Hãy đặt tệp PDF bản gốc vào cùng thư mục với tệp YAML (${shown(folder)}/), hoặc sửa original.file cho đúng tên tệp (phân biệt chữ hoa, chữ thường).`,
    };
  }
  if (!stat.isFile()) return { message: `${name}: đây là một thư mục, không phải tệp PDF. Hãy ghi tên tệp PDF bản gốc vào original.file.` };
  // A link that leads out of the notices' folder would publish a file nobody put there.
  const real = realpathSync(pdf);
  const realFolder = realpathSync(folder);
  if (real !== realFolder && !real.startsWith(`${realFolder}${path.sep}`)) {
    return { message: `${name}: tệp này dẫn ra ngoài thư mục của thông báo (${shown(folder)}/). Hãy chép chính tệp PDF bản gốc vào thư mục đó.` };
  }
  if (stat.size > MAX_ORIGINAL_BYTES) {
    return {
      message: `${name}: tệp quá lớn (${(stat.size / 1024 / 1024).toFixed(1).replace('.', ',')} MB; tối đa ${MAX_ORIGINAL_BYTES / 1024 / 1024} MB). Hãy kiểm tra đây đúng là tệp bản gốc; bản quét nên quét ở 200–300 dpi.`,
    };
  }
  return { pdf, bytes: readFileSync(pdf) };
}

/**
 * Verifies the original of every notice that names one. A notice whose original is refused
 * is left out of `notices` (as an invalid file is), and each refusal becomes a problem of
 * its YAML; the others come back with what was verified (`original`).
 */
export async function checkOriginals(notices: ValidNotice[], trustRoots: TrustRoot[]): Promise<{ notices: ValidNotice[]; problems: Problem[] }> {
  if (!notices.some((n) => n.data.original)) return { notices, problems: [] };
  // Loaded only now: pdf-lib and pkijs cost a build whose notices have no original nothing.
  const { verifyOriginal } = await import('../../original/verify.ts');
  const out: ValidNotice[] = [];
  const problems: Problem[] = [];
  for (const n of notices) {
    const original = n.data.original;
    if (!original) {
      out.push(n);
      continue;
    }
    const read = readOriginal(n.file, original.file);
    if ('message' in read) {
      problems.push(located(n.file, FILE_FIELD, read.message));
      continue;
    }
    const result = await verifyOriginal({
      pdf: read.bytes,
      sha256: original.sha256,
      trustRoots,
      expected: expectedOriginal(n.data),
    });
    if (!result.ok) {
      for (const p of result.problems) problems.push(located(n.file, HASH_CODES.has(p.code) ? HASH_FIELD : FILE_FIELD, `${shown(read.pdf)}: ${p.message}`));
      continue;
    }
    const checked: CheckedOriginal = {
      file: original.file,
      path: read.pdf,
      bytes: read.bytes.length,
      sha256: original.sha256.toLowerCase(),
      digitalSignature: result.digitalSignature,
      signatures: result.signatures,
    };
    out.push({ ...n, original: checked });
  }
  return { notices: out, problems };
}

/**
 * Every check of a set of notice files, in order: each file's YAML (validateAll, with the
 * checks across files, `context` as there; `options`: the languages of the site), then the
 * originals of the notices that passed (`cache`: earlier results of each file's YAML, files.ts). What the build,
 * `npm run validate` and the content loader all run.
 */
export async function validateNotices(
  files: string[],
  trustRoots: TrustRoot[],
  context: string[] = [],
  options: NoticeOptions = {},
  cache?: ValidationCache,
): Promise<{ notices: ValidNotice[]; problems: Problem[] }> {
  const yaml = validateAll(files, context, options, cache);
  const originals = await checkOriginals(yaml.notices, trustRoots);
  return { notices: originals.notices, problems: [...yaml.problems, ...originals.problems] };
}
