/**
 * Reading and validating notice files. One implementation serves `npm run validate`,
 * the Astro content loader and `npm run build` (so both fail with the same messages),
 * and the tests.
 *
 * Parser: `yaml` (eemeli/yaml) rather than js-yaml, because it follows YAML 1.2 like the
 * editors staff use (VS Code's YAML extension is built on it: `date: 2026-05-15` is text
 * in both), and it keeps the exact source position of every node, which is what lets a
 * message point at the line and column of the offending field.
 *
 * The order of checks matters: cheap refusals of the whole file first (size, encoding,
 * tabs, syntax), so a broken file gives one clear reason instead of a cascade of
 * follow-on errors; then every schema problem at once.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, visit, isAlias, isMap, isPair, isScalar, isSeq, type Node as YamlNode, type YAMLError } from 'yaml';
import { z } from 'zod';
import { Notice } from '../../schema/notice.ts';
import { genericMarker, issueProblems, problemAt, type SourceContext } from './issues.ts';
import { syntaxMessage } from './yaml-messages.ts';
import { allFields } from './fields.ts';
import type { FieldPath, LoadResult, Problem } from './types.ts';

export type { FieldPath, LoadResult, Problem } from './types.ts';

// Generic messages in Vietnamese (zod 4's `vi` locale); our own wording replaces most of them.
z.config(z.locales.vi());

export const NOTICES_DIR = 'content/notices';
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A notice is about 5 KB; anything past this is a mistake (a pasted file, a runaway copy). */
export const MAX_FILE_BYTES = 256 * 1024;
/** Past this many, more messages about one file help nobody. */
export const MAX_PROBLEMS_PER_FILE = 30;
/** A notice nests 5 levels at most; deeper is never a notice (and could exhaust the stack). */
const MAX_DEPTH = 12;

/**
 * Recursively normalises every string to NFC (TCVN 6909:2001: precomposed Unicode).
 * Objects are rebuilt with own properties defined, never assigned, so a key named
 * `__proto__` stays an ordinary (and then refused) key instead of changing a prototype.
 */
export function normalizeStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeStrings);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, k, { value: normalizeStrings(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

const slugOf = (file: string) => path.basename(file).replace(/\.ya?ml$/i, '');

/** Validates one notice file's bytes. Never throws. */
export function validateSource(file: string, bytes: Uint8Array): LoadResult {
  const slug = slugOf(file);
  let problems: Problem[];
  try {
    const r = check(file, bytes);
    if ('data' in r) return { ok: true, slug, file, data: r.data };
    problems = r.problems;
  } catch (e) {
    // Only a bug of ours gets here; the file is still refused, never half-accepted.
    const reason = e instanceof RangeError ? 'tệp lồng nhau quá sâu hoặc quá lớn' : (e as Error)?.message;
    problems = [{ file, line: 0, col: 0, path: [], message: `Không kiểm tra được tệp này (${reason}). Hãy kiểm tra lại cấu trúc tệp, hoặc báo cho bộ phận kỹ thuật.` }];
  }
  return { ok: false, slug, file, problems };
}

function wholeFile(file: string, message: string): Problem {
  return { file, line: 0, col: 0, path: [], message };
}

function check(file: string, bytes: Uint8Array): { data: Notice } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const done = () => ({ problems: limit(problems.sort((a, b) => a.line - b.line || a.col - b.col)) });

  const name = path.basename(file);
  if (!SLUG.test(slugOf(file))) {
    problems.push(wholeFile(file, `Tên tệp "${name}" chỉ được có chữ thường không dấu, chữ số và dấu gạch ngang (tên tệp là địa chỉ trang web). Hãy đổi tên, ví dụ duong-day-nong-2026-05.yaml.`));
  }

  // 1. Size, before reading anything: a huge file is refused without parsing it.
  if (bytes.length > MAX_FILE_BYTES) {
    problems.push(wholeFile(file, `Tệp quá lớn (${kb(bytes.length)}); một thông báo chỉ khoảng 5 KB, tối đa ${kb(MAX_FILE_BYTES)}. Hãy kiểm tra xem có dán nhầm nội dung khác vào tệp không.`));
    return done();
  }

  // 2. Encoding: UTF-8 only (a UTF-8 byte-order mark is accepted and dropped).
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    problems.push(wholeFile(file, 'Tệp được lưu bằng bảng mã UTF-16. Hãy lưu lại với bảng mã UTF-8 (trong VS Code: bấm tên bảng mã ở thanh dưới cùng → "Save with Encoding" → "UTF-8").'));
    return done();
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Where: the first replacement character of a lenient decoding (a file that really
    // contains U+FFFD before the bad byte would point a little early; rare and harmless).
    const lenient = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))).split('\n');
    const line = before.length;
    problems.push({
      file, line, col: before[line - 1].length + 1, path: [],
      excerpt: lenient.split('\n')[line - 1]?.replace(/\r$/, ''),
      message: 'Tệp không được lưu bằng bảng mã UTF-8 (có ký tự hỏng ở dòng này), nên chữ tiếng Việt có thể bị sai. Hãy lưu lại với bảng mã UTF-8 (trong VS Code: bấm tên bảng mã ở thanh dưới cùng → "Save with Encoding" → "UTF-8"), rồi kiểm tra lại các chữ có dấu.',
    });
    return done();
  }
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  const lines = source.split('\n').map((l) => l.replace(/\r$/, ''));

  // 3. Tabs: the parser reports only the first and then a cascade; staff need every line.
  lines.forEach((text, i) => {
    if (/^ *\t/.test(text)) {
      problems.push({
        file, line: i + 1, col: text.indexOf('\t') + 1, path: [], excerpt: text,
        message: 'Dòng này thụt lề bằng phím Tab. YAML chỉ cho phép dấu cách: hãy xóa Tab và thụt lề bằng dấu cách (mỗi cấp 2 dấu cách, thẳng hàng với các dòng cùng cấp).',
      });
    }
  });
  // A missing space after a field's colon ("place:Hải Phòng") or a list dash ("-Thanh
  // tra") makes YAML read the line as text and report a confusing error further down.
  lines.forEach((text, i) => {
    const colon = /^(\s*(?:-\s+)?)([A-Za-z][A-Za-z0-9]*):(?=[^\s/])/.exec(text);
    if (colon && SCHEMA_KEYS.has(colon[2])) {
      const fixed = `${colon[1]}${colon[2]}: ${text.slice(colon[0].length)}`;
      problems.push({ file, line: i + 1, col: colon[0].length + 1, path: [], excerpt: text, message: `Thiếu dấu cách sau dấu hai chấm. Hãy viết: ${fixed.trim()}` });
    }
    const dash = /^(\s*)-(?=[^\s-])/.exec(text);
    const opensList = /^\s*[A-Za-z][A-Za-z0-9]*:\s*(#.*)?$/.test(lines[i - 1] ?? '');
    if (dash && (opensList || [lines[i - 1], lines[i + 1]].some((l) => l?.startsWith(`${dash[1]}- `)))) {
      problems.push({ file, line: i + 1, col: dash[0].length + 1, path: [], excerpt: text, message: `Thiếu dấu cách sau dấu gạch đầu dòng. Hãy viết: - ${text.slice(dash[0].length)}` });
    }
  });
  if (problems.some((p) => p.line > 0)) return done();

  // 3b. Absurd nesting, before parsing: the parser recurses, and 100 000 "[" would take
  //     seconds to overflow its stack. Counting brackets ignores quoting, which can only
  //     over-count for text full of unbalanced "[" (never seen in a notice).
  const deep = tooDeepAt(lines);
  if (deep) {
    problems.push({ file, line: deep.line, col: deep.col, path: [], excerpt: lines[deep.line - 1], message: TOO_DEEP });
    return done();
  }

  // 4. Syntax. Duplicate keys are checked below, with the line of the first occurrence.
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: false, prettyErrors: false, version: '1.2' });
  const ctx: SourceContext = { file, doc, lineCounter, lines, source };
  problems.push(...syntaxProblems(ctx, doc.errors));
  for (const warning of doc.warnings) problems.push(problemAt(ctx, warning.pos?.[0], [], syntaxMessage(warning)));
  if (doc.errors.length) return done();

  // 5. The file as a whole must be one mapping of fields.
  const contents = doc.contents as YamlNode | null;
  if (contents === null || (isScalar(contents) && contents.value === null && !contents.source)) {
    const hasComment = /^\s*#/m.test(source);
    problems.push(wholeFile(file, hasComment
      ? 'Tệp chỉ có dòng chú thích (bắt đầu bằng #), chưa có nội dung thông báo. Hãy điền các trường của thông báo, hoặc tạo tệp mới từ mẫu: npm run new -- <tên-tệp>.'
      : 'Tệp trống. Hãy điền nội dung thông báo, hoặc tạo tệp mới từ mẫu: npm run new -- <tên-tệp>. Nếu tệp này tạo nhầm, hãy xóa nó.'));
    return done();
  }
  if (!isMap(contents)) {
    const what = isSeq(contents) ? 'một danh sách (các dòng bắt đầu bằng "- ")' : 'một dòng chữ đơn lẻ';
    problems.push(problemAt(ctx, contents.range?.[0], [], `Tệp phải gồm các trường dạng "tên: nội dung", mỗi trường một dòng sát lề trái (ví dụ "place: Hải Phòng"), nhưng ở đây là ${what}. Hãy viết lại theo mẫu (npm run new -- <tên-tệp>).`));
    return done();
  }

  // 6. Structure: no aliases (a notice never needs them, and they are how "billion
  //    laughs" bombs work), no absurd nesting, no key written twice.
  const aliases: YamlNode[] = [];
  let tooDeep: YamlNode | undefined;
  visit(doc, {
    Alias(_key, node) {
      aliases.push(node);
      return visit.SKIP;
    },
    Collection(_key, node, ancestry) {
      if (ancestry.length > MAX_DEPTH * 2 && !tooDeep) tooDeep = node;
      if (tooDeep) return visit.BREAK;
      if (isMap(node)) problems.push(...duplicateKeys(ctx, node, pathOf(ancestry, node)));
    },
  });
  if (aliases.length) {
    const first = aliases[0] as YamlNode & { source?: string };
    const name = isAlias(first) ? first.source : '';
    problems.push(problemAt(ctx, first.range?.[0], [], `Tệp dùng bí danh YAML ("*${name}")${aliases.length > 1 ? ` ở ${aliases.length} chỗ` : ''}. Thông báo không dùng neo (&) và bí danh (*): hãy viết đầy đủ nội dung ở từng chỗ. Nếu dấu * hoặc & là chữ bình thường, hãy đặt cả nội dung trong dấu nháy kép.`));
    return done();
  }
  if (tooDeep) {
    problems.push(problemAt(ctx, tooDeep.range?.[0], [], TOO_DEEP));
    return done();
  }

  // 7. The schema: every problem at once. maxAliasCount is a second guard (aliases are refused above).
  const data = normalizeStrings(doc.toJS({ maxAliasCount: 100 }));
  const result = Notice.safeParse(data, { reportInput: true, error: genericMarker });
  if (!result.success) problems.push(...schemaProblems(result.error.issues, ctx));
  if (problems.length) return done();
  return { data: result.data! };
}

/**
 * Syntax errors, one per place. A line indented deeper than its sibling is read by YAML
 * as the continuation of the text above, and reported on that line; the mistake is on
 * the deeper line, so that is where we point.
 */
function syntaxProblems(ctx: SourceContext, errors: YAMLError[]): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const err of errors) {
    const [start, end] = err.pos ?? [];
    const multiline = errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && e.pos?.[0] === start);
    const endLine = multiline ? ctx.lineCounter.linePos(multiline.pos[1]).line : 0;
    let problem: Problem;
    const indent = (line: number) => (ctx.lines[line - 1] ?? '').length - (ctx.lines[line - 1] ?? '').trimStart().length;
    const startLine = start === undefined ? 0 : ctx.lineCounter.linePos(start).line;
    if (multiline && start !== undefined && endLine > startLine && indent(endLine) > indent(startLine)) {
      const text = ctx.lines[endLine - 1];
      const col = text.length - text.trimStart().length + 1;
      problem = {
        file: ctx.file, line: endLine, col, path: [], excerpt: text,
        message: 'Lỗi cú pháp YAML: Dòng này thụt lề sâu hơn trường ở dòng trên, nên YAML nối nó vào nội dung của dòng trên. Nếu đây là một trường mới, hãy xóa bớt dấu cách đầu dòng cho thẳng hàng với trường ở dòng trên. Nếu đây là nội dung viết tiếp, hãy đặt cả nội dung trong dấu nháy kép.',
      };
    } else problem = problemAt(ctx, start ?? end, [], syntaxMessage(err));
    const key = `${problem.line}:${problem.col}`;
    if (!seen.has(key)) out.push(problem);
    seen.add(key);
  }
  return out;
}

/**
 * Schema problems: one per field (a bad link breaks several rules at once; the first
 * says it), and a misspelt key that we can name replaces the "missing field" it causes.
 */
function schemaProblems(issues: z.core.$ZodIssue[], ctx: SourceContext): Problem[] {
  const all = issues.flatMap((issue) => issueProblems(issue, ctx));
  const suggested = new Set(all.filter((p) => p.suggestion).map((p) => JSON.stringify([...p.path.slice(0, -1), p.suggestion])));
  const seen = new Set<string>();
  return all.filter((p) => {
    const key = JSON.stringify(p.path);
    if (p.missing && suggested.has(key)) return false;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function duplicateKeys(ctx: SourceContext, map: import('yaml').YAMLMap, mapPath: FieldPath): Problem[] {
  const seen = new Map<string, number>();
  const repeats: { key: string; offset: number | undefined; firstLine: number }[] = [];
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const offset = pair.key.range?.[0];
    const first = seen.get(key);
    if (first === undefined) {
      if (offset !== undefined) seen.set(key, offset);
    } else repeats.push({ key, offset, firstLine: ctx.lineCounter.linePos(first).line });
  }
  if (repeats.length === 0) return [];
  const inList = typeof mapPath[mapPath.length - 1] === 'number';
  const newItem = inList ? ' Nếu đây là một mục mới của danh sách, hãy thêm dấu "- " trước trường đầu tiên của mục đó (thẳng hàng với dấu "- " ở trên).' : '';
  if (repeats.length === 1 || !inList) {
    return repeats.map(({ key, offset, firstLine }) =>
      problemAt(ctx, offset, [...mapPath, key], `Trường "${key}" được viết hai lần trong cùng một mục (lần đầu ở dòng ${firstLine}). Hãy giữ một dòng đúng và xóa dòng còn lại.${newItem}`),
    );
  }
  // Several keys repeated in one list item: almost always a missing "- " starting a new item.
  const [first] = repeats;
  return [
    problemAt(ctx, first.offset, [...mapPath, first.key], `Các trường ${repeats.map((r) => `"${r.key}"`).join(', ')} được viết hai lần trong cùng một mục (lần đầu từ dòng ${first.firstLine}).${newItem} Nếu không, hãy xóa các dòng thừa.`),
  ];
}

/** The field path of a node from `visit`'s ancestry (documents, pairs and collections). */
function pathOf(ancestry: readonly unknown[], node: unknown): FieldPath {
  const out: FieldPath = [];
  const chain = [...ancestry, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const [here, next] = [chain[i], chain[i + 1]];
    if (isPair(here) && isScalar(here.key) && next === here.value) out.push(String(here.key.value));
    else if (isSeq(here)) out.push(here.items.indexOf(next as never));
  }
  return out;
}

/** Every key the schema knows, at any depth (for the missing-space check). */
const SCHEMA_KEYS = new Set(allFields().map((p) => String(p[p.length - 1])));

const TOO_DEEP = `Tệp lồng nhau quá sâu (hơn ${MAX_DEPTH} cấp); một thông báo chỉ có vài cấp. Hãy viết lại theo mẫu (npm run new -- <tên-tệp>).`;

/** Where bracket or "- " nesting first goes past MAX_DEPTH (see step 3b), if anywhere. */
function tooDeepAt(lines: string[]): { line: number; col: number } | undefined {
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    const dashes = /^(\s*-\s+)*/.exec(text)![0].split('-').length - 1;
    if (dashes > MAX_DEPTH) return { line: i + 1, col: 1 };
    for (let c = 0; c < text.length; c++) {
      const ch = text.charCodeAt(c);
      if (ch === 0x5b || ch === 0x7b) depth++;
      else if (ch === 0x5d || ch === 0x7d) depth = Math.max(0, depth - 1);
      if (depth > MAX_DEPTH) return { line: i + 1, col: c + 1 };
    }
  }
  return undefined;
}

function kb(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB` : `${Math.ceil(n / 1024)} KB`;
}

function limit(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS_PER_FILE) return problems;
  const kept = problems.slice(0, MAX_PROBLEMS_PER_FILE);
  const { file } = problems[0];
  kept.push(wholeFile(file, `… và ${problems.length - MAX_PROBLEMS_PER_FILE} lỗi khác trong tệp này. Hãy sửa các lỗi trên rồi kiểm tra lại.`));
  return kept;
}

export function validateFile(file: string): LoadResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'không có tệp này' : code === 'EISDIR' ? 'đây là một thư mục' : String(code ?? e);
    return { ok: false, slug: slugOf(file), file, problems: [wholeFile(file, `Không mở được tệp (${why}). Hãy kiểm tra lại đường dẫn.`)] };
  }
  return validateSource(file, bytes);
}

/** Every notice file in a folder, sorted by name so results are stable. */
export function noticeFiles(dir = NOTICES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Validates every file and returns all problems of all files at once. */
export function validateAll(files: string[]): { notices: Extract<LoadResult, { ok: true }>[]; problems: Problem[] } {
  const notices: Extract<LoadResult, { ok: true }>[] = [];
  const problems: Problem[] = [];
  const bySlug = new Map<string, string>();
  for (const file of files) {
    const r = validateFile(file);
    const other = bySlug.get(r.slug);
    if (other) {
      problems.push(wholeFile(file, `Tệp này trùng tên trang với ${other} (cùng địa chỉ /thong-bao/${r.slug}/). Hãy đổi tên một trong hai tệp.`));
    }
    bySlug.set(r.slug, file);
    if (r.ok) notices.push(r);
    else problems.push(...r.problems);
  }
  return { notices, problems };
}

export { formatProblem, formatProblems, formatGithub } from './format.ts';
export { fieldTitle, fieldLabel } from './fields.ts';
