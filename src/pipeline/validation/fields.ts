/**
 * Field names as staff know them: each path is shown with the English key path and the
 * Vietnamese title the schema gives it (`.meta({ title })`), list items numbered from 1:
 * `recipients[1] (Nơi nhận thứ 2)`, or in a kind's body the field and the list item it is in.
 */
import { z } from 'zod';
import { Notice } from '../../schema/notice.ts';
import type { FieldPath } from './types.ts';
import { childrenOf, schemaAt as walkSchemaAt, titleOf, unwrap } from '../../schema/walk.ts';

export { allFields, descriptionOf, EXAMPLE_RECORD_KEY, keysOf, kindOf, titleOf, unwrap, type FieldKind } from '../../schema/walk.ts';

/** The schema of the field at a path (the notice's by default), or undefined when the path leaves the schema. */
export const schemaAt = (fieldPath: FieldPath, root: z.ZodType = Notice) => walkSchemaAt(fieldPath, root);

/** A record entry (a translation: `translations.en`), whose key is data rather than a field name. */
function isRecordEntry(parent: z.ZodType | undefined, seg: string | number): boolean {
  return typeof seg === 'string' && parent !== undefined && unwrap(parent) instanceof z.ZodRecord;
}

export { languageName } from '../../schema/translation.ts';
import { languageName } from '../../schema/translation.ts';

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
    if (s instanceof z.ZodRecord) return; // Not into records: a translation repeats the original's titles, and is its own scope.
    if (s instanceof z.ZodArray) return walk(s.element as z.ZodType);
    for (const child of childrenOf(s)) {
      const t = titleOf(child);
      if (t && seen.has(t)) shared.add(t);
      if (t) seen.add(t);
      walk(child);
    }
  };
  walk(root);
  return shared;
}

/** `signer.name`, `recipients[1]`: the key path as written in the file (indices from 0, as in code). */
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
