/**
 * Field names as staff know them: each path is shown with the English key path and the
 * Vietnamese title the schema gives it (`.meta({ title })`), list items numbered from 1:
 * `hotlines.contacts[1].phone (Số điện thoại của người trực thứ 2)`.
 */
import { z } from 'zod';
import { LANGUAGE_CODE, Notice } from '../../schema/notice.ts';
import type { FieldPath } from './types.ts';

/** The schema under optional/nullable/default wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

function metaOf(schema: z.ZodType): Record<string, unknown> {
  return { ...(z.globalRegistry.get(unwrap(schema)) ?? {}), ...(z.globalRegistry.get(schema) ?? {}) };
}

export function titleOf(schema: z.ZodType): string | undefined {
  return metaOf(schema).title as string | undefined;
}

export function descriptionOf(schema: z.ZodType): string | undefined {
  return metaOf(schema).description as string | undefined;
}

/** The schema of the field at a path, or undefined when the path leaves the schema. */
export function schemaAt(fieldPath: FieldPath, root: z.ZodType = Notice): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root;
  for (const seg of fieldPath) {
    const s: z.ZodType = unwrap(schema);
    if (s instanceof z.ZodObject && typeof seg === 'string') {
      schema = Object.hasOwn(s.shape, seg) ? (s.shape as Record<string, z.ZodType>)[seg] : undefined;
    } else if (s instanceof z.ZodRecord && typeof seg === 'string') {
      // A record's keys are data (the languages of translations): any key has its value schema.
      schema = s.valueType as z.ZodType;
    } else if (s instanceof z.ZodArray && typeof seg === 'number') {
      schema = s.element as z.ZodType;
    } else return undefined;
    if (!schema) return undefined;
  }
  return schema;
}

export type FieldKind = 'object' | 'array' | 'value';

export function kindOf(schema: z.ZodType): FieldKind {
  const s = unwrap(schema);
  return s instanceof z.ZodObject ? 'object' : s instanceof z.ZodArray ? 'array' : 'value';
}

/** The keys an object schema allows, and those it requires. */
export function keysOf(schema: z.ZodType | undefined): { all: string[]; required: string[] } {
  const s = schema && unwrap(schema);
  if (!(s instanceof z.ZodObject)) return { all: [], required: [] };
  const shape = s.shape as Record<string, z.ZodType>;
  const all = Object.keys(shape);
  return { all, required: all.filter((k) => !shape[k].safeParse(undefined).success) };
}

/** A record entry (a translation: `translations.en`), whose key is data rather than a field name. */
function isRecordEntry(parent: z.ZodType | undefined, seg: string | number): boolean {
  return typeof seg === 'string' && parent !== undefined && unwrap(parent) instanceof z.ZodRecord;
}

const languageNames = new Intl.DisplayNames(['vi'], { type: 'language', fallback: 'none' });
/** "tiếng Anh": a language code as staff read it; a code Intl does not know is shown as written. */
export function languageName(code: string): string {
  let name: string | undefined;
  try {
    if (LANGUAGE_CODE.test(code)) name = languageNames.of(code);
  } catch {
    // not a well-formed code: the schema says so; the label shows the code as written
  }
  return name && name.toLowerCase() !== code.toLowerCase() ? inSentence(name) : `"${code}"`;
}

/** The staff form's label of a language's translation block: "Bản dịch tiếng Anh (en)". */
export function translationTitle(code: string): string {
  return `Bản dịch ${languageName(code)} (${code})`;
}

/** "Người trực" → "người trực", so a title reads inside a sentence (acronyms stay). */
export function inSentence(title: string): string {
  return /^\p{Lu}\p{Lu}/u.test(title) ? title : title.charAt(0).toLowerCase() + title.slice(1);
}

/**
 * The Vietnamese name of the field at a path, e.g. "Số điện thoại của người trực thứ 2";
 * undefined when the path is not in the schema (an unknown key).
 */
export function fieldTitle(fieldPath: FieldPath, root: z.ZodType = Notice): string | undefined {
  if (fieldPath.length === 0) return undefined;
  const steps: { seg: string | number; schema: z.ZodType; entry: boolean }[] = [];
  for (let i = 1; i <= fieldPath.length; i++) {
    const schema = schemaAt(fieldPath.slice(0, i), root);
    if (!schema) return undefined;
    steps.push({ seg: fieldPath[i - 1], schema, entry: isRecordEntry(schemaAt(fieldPath.slice(0, i - 1), root), fieldPath[i - 1]) });
  }
  const leaf = steps[steps.length - 1];
  const itemName = (s: { seg: string | number; schema: z.ZodType; entry: boolean }) =>
    s.entry ? `${titleOf(s.schema) ?? 'Mục'} ${languageName(String(s.seg))}` : `${titleOf(s.schema) ?? 'Mục'} thứ ${(s.seg as number) + 1}`;
  let label = typeof leaf.seg === 'number' || leaf.entry ? itemName(leaf) : (titleOf(leaf.schema) ?? String(leaf.seg));
  // A title several fields share ("Tiêu đề mục") is told apart by its section, unless
  // the list item it belongs to already does ("… của người trực thứ 2"). Inside a
  // translation, only the translation's own fields count (they repeat the original's titles).
  const parent = steps[steps.length - 2];
  const entryAt = steps.findLastIndex((s) => s.entry);
  const scope = entryAt >= 0 && entryAt < steps.length - 1 ? steps[entryAt]!.schema : root;
  if (typeof leaf.seg === 'string' && !leaf.entry && parent && typeof parent.seg === 'string' && !parent.entry && sharedTitles(scope).has(label)) {
    const section = titleOf(parent.schema);
    if (section) label += `, trong ${inSentence(section)}`;
  }
  for (let i = steps.length - 2; i >= 0; i--) {
    if (typeof steps[i].seg === 'number') label += ` của ${inSentence(itemName(steps[i]))}`;
    else if (steps[i].entry) label += `, ${inSentence(itemName(steps[i]))}`;
  }
  return label;
}

const sharedByRoot = new WeakMap<z.ZodType, Set<string>>();
/** Titles that more than one field of the schema uses. */
function sharedTitles(root: z.ZodType): Set<string> {
  let shared = sharedByRoot.get(root);
  if (shared) return shared;
  const seen = new Set<string>();
  shared = new Set();
  sharedByRoot.set(root, shared);
  const walk = (schema: z.ZodType) => {
    const s = unwrap(schema);
    if (s instanceof z.ZodObject) {
      for (const child of Object.values(s.shape as Record<string, z.ZodType>)) {
        const t = titleOf(child);
        if (t && seen.has(t)) shared.add(t);
        if (t) seen.add(t);
        walk(child);
      }
    } else if (s instanceof z.ZodArray) walk(s.element as z.ZodType);
    // Not into records: a translation repeats the original's titles, and is its own scope.
  };
  walk(root);
  return shared;
}

/** `hotlines.contacts[1].phone`: the key path as written in the file (indices from 0, as in code). */
export function keyPath(p: FieldPath): string {
  return p.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}

/** The label staff see: key path plus the Vietnamese title, or where an unknown key sits. */
export function fieldLabel(p: FieldPath, unknownKey = false, root: z.ZodType = Notice): string {
  if (p.length === 0) return '';
  if (unknownKey) {
    const parent = p.slice(0, -1);
    const where = parent.length ? `trong ${inSentence(fieldTitle(parent, root) ?? keyPath(parent))}` : 'ở cấp ngoài cùng của tệp';
    return `${keyPath(p)} (trường lạ ${where})`;
  }
  const title = fieldTitle(p, root);
  return title ? `${keyPath(p)} (${title})` : keyPath(p);
}

/** The key a record's entries are shown under (the staff guide's table): English, the first translation. */
export const EXAMPLE_RECORD_KEY = 'en';

/** Every field path in the schema, parents before children; list items as `[]`, a record's entries as `en`. */
export function allFields(schema: z.ZodType = Notice, prefix: FieldPath = []): FieldPath[] {
  const out: FieldPath[] = [];
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) {
    for (const key of Object.keys(s.shape)) {
      const child = (s.shape as Record<string, z.ZodType>)[key];
      out.push([...prefix, key], ...allFields(child, [...prefix, key]));
    }
  } else if (s instanceof z.ZodRecord) {
    const entry = [...prefix, EXAMPLE_RECORD_KEY];
    out.push(entry, ...allFields(s.valueType as z.ZodType, entry));
  } else if (s instanceof z.ZodArray) {
    out.push(...allFields(s.element as z.ZodType, [...prefix, 0]));
  }
  return out;
}
