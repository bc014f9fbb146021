/**
 * One file's bytes against a schema, in order: the bytes (source.ts), the YAML structure
 * (structure.ts), then every schema problem at once (schema-issues.ts).
 */
import { optionFor } from '../../schema/walk.ts';
import { z } from 'zod';
import { Notice, translationWarnings } from '../../schema/notice.ts';
import { genericMarker, locate, positionAt, problemAt, schemaProblems, type SourceContext } from './schema-issues.ts';
import { nameProblems, readSource, slugOf, wholeFile } from './source.ts';
import { parseStructure } from './structure.ts';
import { allFields, languageName } from './fields.ts';
import type { LoadResult, Problem } from './types.ts';

// Generic messages in Vietnamese (zod 4's `vi` locale); our own wording replaces most of them.
z.config(z.locales.vi());

/** Past this many, more messages about one file help nobody. */
export const MAX_PROBLEMS_PER_FILE = 30;

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

/** Every key a schema knows, at any depth (for the missing-space check), computed once per schema. */
const keysBySchema = new WeakMap<z.ZodType, Set<string>>();
export function schemaKeys(schema: z.ZodType): Set<string> {
  let keys = keysBySchema.get(schema);
  if (!keys) keysBySchema.set(schema, (keys = new Set(allFields(schema).map((p) => String(p[p.length - 1])))));
  return keys;
}

/**
 * Checks one YAML file's bytes against `schema`: the file's bytes first, then its YAML
 * structure, then every schema problem at once. Never throws.
 */
export function validateYaml<T>(
  file: string,
  bytes: Uint8Array,
  schema: z.ZodType<T>,
  options: NoticeOptions = {},
): { ok: true; data: T; ctx: SourceContext } | { ok: false; problems: Problem[] } {
  let problems: Problem[];
  try {
    const r = check(file, bytes, schema, options);
    if ('data' in r) return { ok: true, data: r.data, ctx: r.ctx };
    problems = r.problems;
  } catch (e) {
    // Only a bug of ours gets here; the file is still refused, never half-accepted.
    const reason = e instanceof RangeError ? 'tệp lồng nhau quá sâu hoặc quá lớn' : (e as Error)?.message;
    problems = [wholeFile(file, `Không kiểm tra được tệp này (${reason}). Hãy kiểm tra lại cấu trúc tệp, hoặc báo cho bộ phận kỹ thuật.`)];
  }
  return { ok: false, problems };
}

export interface NoticeOptions {
  /**
   * The languages the site offers besides Vietnamese (content/site.yaml); a translation
   * in any other language is refused. Undefined: not checked (a file validated alone).
   */
  languages?: readonly string[];
}

/** Validates one notice file's bytes. Never throws. */
export function validateSource(file: string, bytes: Uint8Array, options: NoticeOptions = {}): LoadResult {
  const slug = slugOf(file);
  const r = validateYaml(file, bytes, Notice, options);
  if (!r.ok) return { ok: false, slug, file, problems: r.problems };
  // Where each `replaces` entry is written, kept from this one parse for the checks across
  // files (lifecycle.ts), which point at those lines; the document itself is not kept.
  const replaces = (r.data.replaces ?? []).map((_, i) => positionOf(r.ctx, ['replaces', i]));
  return { ok: true, slug, file, data: r.data, positions: { replaces }, warnings: warningsOf(r.data, r.ctx) };
}

/**
 * What a translation leaves in Vietnamese (a person added and not yet translated, a stale
 * entry): published all the same, with a warning at the translation's line (src/schema/translation.ts).
 */
function warningsOf(data: Notice, ctx: SourceContext): Problem[] {
  return translationWarnings(data).map((w) => {
    const { node, keyNode } = locate(ctx.doc, w.path);
    return { ...problemAt(ctx, (keyNode ?? node)?.range?.[0], w.path, w.message), ...(w.origin ? { origin: w.origin } : {}) };
  });
}

/** The line, column and text of the value at `fieldPath` in a parsed file. */
const positionOf = (ctx: SourceContext, fieldPath: (string | number)[]) => positionAt(ctx, locate(ctx.doc, fieldPath).node?.range?.[0]);

/**
 * A notice cannot replace itself. Its own file name is known from the file alone, so this
 * is checked here rather than across files (lifecycle.ts): the staff form, which sees one
 * file, refuses it too (it lists the notice itself among those it may replace).
 */
function selfReplaceProblems(data: Notice, ctx: SourceContext, slug: string): Problem[] {
  return (data.replaces ?? []).flatMap((name, i) =>
    name === slug
      ? [problemAt(ctx, locate(ctx.doc, ['replaces', i]).node?.range?.[0], ['replaces', i], `Thông báo không thể thay thế chính nó: "${name}" là tên của chính tệp này. Hãy ghi tên tệp của thông báo cũ, hoặc xóa dòng này.`)]
      : [],
  );
}

/** A translation into a language the site does not offer would publish pages nobody reaches. */
/** The languages a file translates into that the site does not offer. */
export function unofferedLanguages(data: unknown, languages: readonly string[]): string[] {
  return Object.keys((data as { translations?: Record<string, unknown> }).translations ?? {}).filter((lang) => !languages.includes(lang));
}

function languageProblems(data: unknown, ctx: SourceContext, languages: readonly string[]): Problem[] {
  return unofferedLanguages(data, languages)
    .map((lang) => {
      const { keyNode } = locate(ctx.doc, ['translations', lang]);
      return problemAt(
        ctx,
        keyNode?.range?.[0],
        ['translations', lang],
        `Trang web chưa có ${languageName(lang)} (${lang}): ngôn ngữ này không có trong content/site.yaml. Hãy thêm mục translations.${lang} vào content/site.yaml (tên trang web bằng ngôn ngữ đó), hoặc xóa bản dịch này.`,
      );
    });
}

function check<T>(file: string, bytes: Uint8Array, schema: z.ZodType<T>, options: NoticeOptions): { data: T; ctx: SourceContext } | { problems: Problem[] } {
  const problems: Problem[] = (schema as z.ZodType) === Notice ? nameProblems(file) : [];
  const done = () => ({ problems: limit(problems.sort((a, b) => a.line - b.line || a.col - b.col)) });

  const read = readSource(file, bytes, schemaKeys(schema));
  if ('problems' in read) {
    problems.push(...read.problems);
    return done();
  }
  const structure = parseStructure(file, read.source, read.lines, schema);
  problems.push(...structure.problems);
  if (!structure.ctx) return done();

  // maxAliasCount is a second guard (aliases are refused above).
  const data = normalizeStrings(structure.ctx.doc.toJS({ maxAliasCount: 100 }));
  // A notice is one of several kinds: its field titles and allowed keys are its kind's.
  structure.ctx.schema = optionFor(schema, data);
  const result = schema.safeParse(data, { reportInput: true, error: genericMarker });
  if (!result.success) problems.push(...schemaProblems(result.error.issues, structure.ctx));
  else if ((schema as z.ZodType) === Notice) {
    problems.push(...selfReplaceProblems(result.data as Notice, structure.ctx, slugOf(file)));
    if (options.languages) problems.push(...languageProblems(result.data, structure.ctx, options.languages));
  }
  if (problems.length) return done();
  return { data: result.data!, ctx: structure.ctx };
}

function limit(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS_PER_FILE) return problems;
  const kept = problems.slice(0, MAX_PROBLEMS_PER_FILE);
  kept.push(wholeFile(problems[0]!.file, `… và ${problems.length - MAX_PROBLEMS_PER_FILE} lỗi khác trong tệp này. Hãy sửa các lỗi trên rồi kiểm tra lại.`));
  return kept;
}
