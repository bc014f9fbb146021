/**
 * JSON Schema (draft-07, as `npm run schema` writes schema/notice.schema.json from zod) →
 * Sveltia CMS field definitions. Pure and deterministic: `npm run schema` writes its result
 * to src/cms/fields.json, which the staff form loads, and a test fails when that file is
 * stale. Nothing about a field is written by hand: what the form needs beyond types comes
 * from the schema's own keywords (src/schema/fields.ts, FormMeta).
 *
 * Mapping
 *  - object                       → widget: object, `fields` from `properties`
 *  - array of objects             → widget: list, `fields` (min/max from minItems/maxItems)
 *  - array of strings             → widget: list, `field` (one text/string subfield)
 *  - array of enum strings        → widget: select, multiple: true
 *  - array with `relation`        → widget: relation (multiple), the entries' file names
 *  - string with enum             → widget: select (options)
 *  - string                       → widget: string, or text when it is `multiline`
 *  - integer / number             → widget: number, value_type int / float, min/max
 *  - anyOf [T, null]              → T, optional
 *  - boolean                      → widget: boolean
 *  - object with only additionalProperties (a record: `translations`, keyed by language)
 *                                 → widget: object, one optional subfield per key of
 *                                   `options.records` (the languages the form offers),
 *                                   each shaped by additionalProperties
 * `title` → label; `hint` (else `description`) → hint; `required` (of the parent) →
 * required; `multiline` → a text area; `summary` → how collapsed list items are named;
 * `pattern` + `errorMessage` → pattern: [regex, message], so staff read our Vietnamese
 * wording, not the regex.
 */

export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  required?: string[];
  items?: JsonSchema;
  enum?: (string | number | boolean | null)[];
  anyOf?: JsonSchema[];
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  maxLength?: number;
  format?: string;
  /** The form's own keywords (src/schema/fields.ts, FormMeta). */
  hint?: string;
  multiline?: boolean;
  summary?: string;
  errorMessage?: string;
  relation?: string;
}

/** The form of one kind of notice (src/cms/fields.json holds one per kind, made by `npm run schema`). */
export interface CmsForm {
  /** The kind's id, its `kind:` in a file. */
  kind: string;
  /** The kind of files that name none. */
  isDefault: boolean;
  /** The kind's name for staff. */
  label: string;
  fields: CmsField[];
}

/** The subset of Sveltia's field config this generator writes (see @sveltia/cms types/public.d.ts). */
export interface CmsField {
  name: string;
  label?: string;
  widget: 'string' | 'text' | 'number' | 'select' | 'list' | 'object' | 'boolean' | 'hidden' | 'relation';
  required?: boolean;
  /** Shown, not edited (the original's hash, written from the file: config.ts). */
  readonly?: boolean;
  hint?: string;
  pattern?: [string, string];
  options?: (string | number | boolean | null)[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  collapsed?: boolean | 'auto';
  label_singular?: string;
  [key: string]: unknown;
}

const nonNull = (s: JsonSchema): JsonSchema => {
  if (!s.anyOf) return s;
  const rest = s.anyOf.filter((a) => a.type !== 'null');
  // Keep the outer title/description: zod puts them on the anyOf, not on its members.
  return rest.length === 1 ? { ...s, ...rest[0], anyOf: undefined, title: s.title ?? rest[0]!.title, description: s.description ?? rest[0]!.description } : s;
};
const isNullable = (s: JsonSchema) => !!s.anyOf?.some((a) => a.type === 'null');

/** A key the form offers in a record field, and its label: `{ key: 'en', label: 'Bản dịch tiếng Anh (en)' }`. */
export interface RecordKey {
  key: string;
  label: string;
}

export interface FieldOptions {
  /**
   * The keys offered in a record (a JSON Schema object with only additionalProperties):
   * for `translations`, the languages. Without them a record gets no subfields, and the
   * form leaves it as the file has it.
   */
  records?: readonly RecordKey[];
}

export function schemaToFields(schema: JsonSchema, options: FieldOptions = {}): CmsField[] {
  return objectFields(schema, options);
}

function objectFields(schema: JsonSchema, options: FieldOptions): CmsField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, sub]) => field(name, sub, required.has(name) && !isNullable(sub), options));
}

/** One optional subfield per offered key, each shaped like the record's values. */
function recordFields(schema: JsonSchema, options: FieldOptions): CmsField[] {
  const value = schema.additionalProperties;
  if (!value || typeof value !== 'object') return [];
  return (options.records ?? []).map((k) => field(k.key, { ...value, title: k.label }, false, options));
}

function field(name: string, raw: JsonSchema, required: boolean, options: FieldOptions): CmsField {
  const s = nonNull(raw);
  const base: CmsField = { name, label: s.title ?? name, widget: 'string', required };
  const hint = s.hint ?? s.description;
  if (hint) base.hint = hint;
  let f: CmsField;

  if (s.type === 'object') {
    f = { ...base, widget: 'object', fields: s.properties ? objectFields(s, options) : recordFields(s, options) };
    if (!required) f.collapsed = 'auto';
  } else if (s.type === 'array' && s.relation) {
    // File names of entries of the collection, picked from their list: each shown (and
    // searched) by subject and file name, since two notices may share a subject.
    f = { ...base, widget: 'relation', collection: s.relation, multiple: true, value_field: '{{slug}}', display_fields: ['{{subject}} ({{slug}})'] };
    if (s.minItems !== undefined) f.min = s.minItems;
    if (s.maxItems !== undefined) f.max = s.maxItems;
  } else if (s.type === 'array' && s.items) {
    const item = nonNull(s.items);
    f = { ...base, widget: 'list' };
    if (s.minItems !== undefined) f.min = s.minItems;
    if (s.maxItems !== undefined) f.max = s.maxItems;
    if (item.title) f.label_singular = item.title;
    if (item.type === 'object') {
      f.fields = objectFields(item, options);
    } else if (item.enum) {
      // An array of enum values is a multi-select, not a list of selects.
      f = { ...base, widget: 'select', multiple: true, options: item.enum };
      if (s.minItems !== undefined) f.min = s.minItems;
      if (s.maxItems !== undefined) f.max = s.maxItems;
    } else {
      f.field = field('item', item, true, options);
    }
  } else if (s.enum) {
    f = { ...base, widget: 'select', options: s.enum };
  } else if (s.type === 'integer' || s.type === 'number') {
    f = { ...base, widget: 'number', value_type: s.type === 'integer' ? 'int' : 'float' };
    const min = s.minimum ?? (s.exclusiveMinimum !== undefined && s.type === 'integer' ? s.exclusiveMinimum + 1 : undefined);
    if (min !== undefined) f.min = min;
    if (s.maximum !== undefined) f.max = s.maximum;
  } else if (s.type === 'boolean') {
    f = { ...base, widget: 'boolean' };
  } else {
    f = { ...base, widget: s.multiline ? 'text' : 'string' };
    if (s.pattern) f.pattern = [s.pattern, s.errorMessage ?? `Không đúng định dạng${s.description ? `: ${s.description}` : '.'}`];
  }
  if (s.summary) f.summary = s.summary;
  return f;
}
