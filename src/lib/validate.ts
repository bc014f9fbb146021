/**
 * Reading and validating notice files. One implementation serves `npm run validate`,
 * the Astro content loader (so the build fails with the same messages) and the tests.
 *
 * Parser: `yaml` (eemeli/yaml) rather than js-yaml, because it follows YAML 1.2 like the
 * editors staff use (VS Code's YAML extension is built on it: `date: 2026-05-15` is text
 * in both), and it keeps the exact source position of every node, which is what lets a
 * message point at the line and column of the offending field.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Node as YamlNode, type Document } from 'yaml';
import { z } from 'zod';
import { Notice } from '../schema/notice.ts';

// Generic messages in Vietnamese (zod 4's `vi` locale); our own schema messages override them.
z.config(z.locales.vi());

export type FieldPath = (string | number)[];

export interface Problem {
  file: string;
  /** 1-based; 0 when the problem concerns the file as a whole. */
  line: number;
  col: number;
  path: FieldPath;
  message: string;
}

export type LoadResult =
  | { ok: true; slug: string; file: string; data: Notice }
  | { ok: false; slug: string; file: string; problems: Problem[] };

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Recursively normalises every string to NFC (TCVN 6909:2001: precomposed Unicode). */
export function normalizeStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeStrings);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normalizeStrings(v);
    return out;
  }
  return value;
}

/** The YAML node at a field path, walking back to the nearest parent that exists. */
function nodeAt(doc: Document, fieldPath: FieldPath): { node: YamlNode | null; keyNode: YamlNode | null } {
  let node: unknown = doc.contents;
  let keyNode: YamlNode | null = null;
  for (const seg of fieldPath) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      keyNode = pair.key as YamlNode;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      keyNode = null;
      node = node.items[seg];
    } else break;
  }
  return { node: (node as YamlNode) ?? null, keyNode };
}

/** The schema's Vietnamese title for a field path, e.g. "Số điện thoại". */
export function fieldTitle(fieldPath: FieldPath): string | undefined {
  let schema: z.ZodType | undefined = Notice;
  let title: string | undefined;
  for (const seg of fieldPath) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject) schema = (schema.shape as Record<string, z.ZodType>)[String(seg)];
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else return title;
    if (!schema) return title;
    title = (z.globalRegistry.get(schema)?.title as string | undefined) ?? (z.globalRegistry.get(unwrap(schema))?.title as string | undefined) ?? title;
  }
  return title;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

/** Validates one notice file's bytes. Never throws. */
export function validateSource(file: string, bytes: Uint8Array): LoadResult {
  const slug = path.basename(file).replace(/\.ya?ml$/i, '');
  const problems: Problem[] = [];
  const fail = (message: string, line = 0, col = 0, p: FieldPath = []) => {
    problems.push({ file, line, col, path: p, message });
    return { ok: false as const, slug, file, problems };
  };

  if (!SLUG.test(slug)) {
    problems.push({ file, line: 0, col: 0, path: [], message: `Tên tệp "${path.basename(file)}" phải viết thường, không dấu, nối bằng dấu gạch ngang, ví dụ duong-day-nong-2026-05.yaml.` });
  }

  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('Tệp không phải văn bản UTF-8. Hãy lưu lại tệp với bảng mã UTF-8.');
  }
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);

  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' });
  const pos = (offset: number | undefined) => {
    if (offset === undefined) return { line: 0, col: 0 };
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  for (const err of doc.errors) {
    const { line, col } = pos(err.pos?.[0]);
    problems.push({ file, line, col, path: [], message: `Lỗi cú pháp YAML: ${err.message.split('\n')[0]}` });
  }
  if (problems.length) return { ok: false, slug, file, problems };

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    return fail(`Không đọc được tệp: ${(e as Error).message}`);
  }
  const data = normalizeStrings(raw);
  const result = Notice.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { node, keyNode } = nodeAt(doc, issue.path as FieldPath);
      const target = issue.code === 'unrecognized_keys' ? node : (node ?? keyNode);
      const { line, col } = pos(target?.range?.[0]);
      problems.push({ file, line, col, path: issue.path as FieldPath, message: issue.message });
    }
    return { ok: false, slug, file, problems };
  }
  if (problems.length) return { ok: false, slug, file, problems };
  return { ok: true, slug, file, data: result.data };
}

export function validateFile(file: string): LoadResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const slug = path.basename(file).replace(/\.ya?ml$/i, '');
    return { ok: false, slug, file, problems: [{ file, line: 0, col: 0, path: [], message: `Không mở được tệp: ${(e as NodeJS.ErrnoException).code ?? e}` }] };
  }
  return validateSource(file, bytes);
}

export const NOTICES_DIR = 'content/notices';

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
  for (const file of files) {
    const r = validateFile(file);
    if (r.ok) notices.push(r);
    else problems.push(...r.problems);
  }
  return { notices, problems };
}

function formatPath(p: FieldPath): string {
  return p.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}

/** One problem as staff read it: where, which field, what is wrong. */
export function formatProblem(pr: Problem): string {
  const where = pr.line ? `${pr.file}:${pr.line}:${pr.col}` : pr.file;
  const title = pr.path.length ? fieldTitle(pr.path) : undefined;
  const field = pr.path.length ? ` trường ${formatPath(pr.path)}${title ? ` (${title})` : ''}:` : '';
  return `${where}${field} ${pr.message}`;
}

export function formatProblems(problems: Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return [`Có ${problems.length} lỗi trong ${files} tệp thông báo:`, ...problems.map((p) => `  ✗ ${formatProblem(p)}`)].join('\n');
}
