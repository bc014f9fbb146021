/**
 * The one walker of the notice schema. Everything that reads the schema's shape goes
 * through it: the field titles of validation messages and the staff guide's field table
 * (src/pipeline/validation/fields.ts, scripts/lib/schema-docs.ts), the canonical YAML
 * layout (src/yaml-format/notice-layout.ts), and the staff form's fields
 * (src/cms/schema-to-fields.ts, through `kindOptions`).
 *
 * A notice is a union of kinds (src/schema/notice.ts): the Decree 30 frame with the body
 * of one kind, chosen by the file's `kind` field. The walker resolves the union the same
 * way for all of them: by the kind a file names (`optionFor`), or, where no file is at
 * hand, option by option (`kindOptions`), or by the first kind that has the key asked for.
 */
import { z } from 'zod';

export type FieldPath = readonly (string | number)[];

/** The schema under optional/nullable/default wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

const isUnion = (s: z.ZodType): s is z.ZodDiscriminatedUnion<z.ZodObject[]> => s instanceof z.ZodDiscriminatedUnion;

/** The field that chooses a union's option ("kind"). */
export const discriminatorOf = (s: z.ZodType): string | undefined => {
  const u = unwrap(s);
  return isUnion(u) ? (u._zod.def.discriminator as string) : undefined;
};

/** A union's options (each a whole notice of one kind); any other schema is its own only option. */
export function optionsOf(schema: z.ZodType): z.ZodType[] {
  const s = unwrap(schema);
  return isUnion(s) ? (s.options as unknown as z.ZodType[]) : [schema];
}

/** The values of the discriminator an option accepts ("hotline", and undefined for the default kind). */
function valuesOf(option: z.ZodType, key: string): unknown[] {
  const s = unwrap(option);
  const field = s instanceof z.ZodObject ? (s.shape as Record<string, z.ZodType>)[key] : undefined;
  return field ? [...((field._zod as { values?: Set<unknown> }).values ?? [])] : [];
}

/**
 * The option of a union that `data` is (by its discriminator: a file without one is the
 * default kind); the schema itself when it is no union or the value names no option.
 */
export function optionFor(schema: z.ZodType, data: unknown): z.ZodType {
  const key = discriminatorOf(schema);
  if (!key) return schema;
  const value = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return optionsOf(schema).find((o) => valuesOf(o, key).includes(value)) ?? schema;
}

/** Each option of a union as `{ kind, schema }`: the kind's id (its discriminator value) and its whole schema. */
export function kindOptions(schema: z.ZodType): { kind: string; isDefault: boolean; schema: z.ZodType }[] {
  const key = discriminatorOf(schema);
  if (!key) return [{ kind: '', isDefault: true, schema }];
  return optionsOf(schema).map((o) => {
    const values = valuesOf(o, key);
    return { kind: String(values.find((v) => v !== undefined)), isDefault: values.includes(undefined), schema: o };
  });
}

function shapeOf(schema: z.ZodType | undefined): Record<string, z.ZodType> | undefined {
  if (!schema) return undefined;
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) return s.shape as Record<string, z.ZodType>;
  if (isUnion(s)) {
    // Every key of every kind, in the kinds' order: a key belongs to the first kind that has it.
    const merged: Record<string, z.ZodType> = {};
    for (const o of optionsOf(s)) for (const [k, v] of Object.entries(shapeOf(o) ?? {})) if (!Object.hasOwn(merged, k)) merged[k] = v;
    return merged;
  }
  return undefined;
}

/** The schema of the field at a path, or undefined when the path leaves the schema. */
export function schemaAt(fieldPath: FieldPath, root: z.ZodType): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root;
  for (const seg of fieldPath) {
    const s: z.ZodType = unwrap(schema!);
    const shape = typeof seg === 'string' ? shapeOf(s) : undefined;
    if (shape) {
      schema = Object.hasOwn(shape, seg) ? shape[seg as string] : undefined;
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
  return shapeOf(s) ? 'object' : s instanceof z.ZodArray ? 'array' : 'value';
}

/** The keys an object schema allows, and those it requires (of a union: of all its kinds). */
export function keysOf(schema: z.ZodType | undefined): { all: string[]; required: string[] } {
  const shape = shapeOf(schema);
  if (!shape) return { all: [], required: [] };
  const all = Object.keys(shape);
  return { all, required: all.filter((k) => !shape[k]!.safeParse(undefined).success) };
}

/** The key a record's entries are shown under (the staff guide's table): English, the first translation. */
export const EXAMPLE_RECORD_KEY = 'en';

/** Every field path in the schema, parents before children; list items as `[]`, a record's entries as `en`. */
export function allFields(schema: z.ZodType, prefix: FieldPath = []): FieldPath[] {
  const out: FieldPath[] = [];
  const s = unwrap(schema);
  const shape = shapeOf(s);
  if (shape) {
    for (const [key, child] of Object.entries(shape)) out.push([...prefix, key], ...allFields(child, [...prefix, key]));
  } else if (s instanceof z.ZodRecord) {
    const entry = [...prefix, EXAMPLE_RECORD_KEY];
    out.push(entry, ...allFields(s.valueType as z.ZodType, entry));
  } else if (s instanceof z.ZodArray) {
    out.push(...allFields(s.element as z.ZodType, [...prefix, 0]));
  }
  return out;
}

/** The children of an object (or union) schema, for a walker that goes its own way (sharedTitles). */
export function childrenOf(schema: z.ZodType): z.ZodType[] {
  return Object.values(shapeOf(schema) ?? {});
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
