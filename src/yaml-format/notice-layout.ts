/**
 * What the YAML writer knows about notices, and the only module of it that imports the
 * schema: the key order comes from the zod schema's shapes, so a field added to the
 * schema is written in its place without a second list to keep in step.
 */
import { z } from 'zod';
import { Notice } from '../schema/notice.ts';
import type { FieldPath, Layout } from './data.ts';

/** The first line of a notice file in content/notices/: editors validate against the schema. */
export const NOTICE_SCHEMA_COMMENT = 'yaml-language-server: $schema=../../schema/notice.schema.json';

/**
 * Top-level keys written on the line right after another one, without a blank line: they
 * are one block on the printed page (place and date; document type and subject; the
 * recipients and "Lưu"), and the template and the seed group them that way.
 */
const FOLLOWS: Record<string, string> = { date: 'place', subject: 'documentType', archive: 'recipients' };

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

/** The schema of the value at `path`, or undefined where the schema has no such place. */
function schemaAt(path: FieldPath): z.ZodType | undefined {
  let s: z.ZodType | undefined = Notice;
  for (const part of path) {
    if (!s) return undefined;
    const here = unwrap(s);
    if (here instanceof z.ZodObject && typeof part === 'string') s = (here.shape as Record<string, z.ZodType>)[part];
    // A record's keys are data (the languages of `translations`), kept in the file's order.
    else if (here instanceof z.ZodRecord && typeof part === 'string') s = here.valueType as z.ZodType;
    else if (here instanceof z.ZodArray && typeof part === 'number') s = here.element as z.ZodType;
    else return undefined;
  }
  return s;
}

const orders = new Map<string, readonly string[] | undefined>();

export const NOTICE_LAYOUT: Layout = {
  keyOrder(path) {
    const id = path.map((p) => (typeof p === 'number' ? '[]' : p)).join('.');
    if (!orders.has(id)) {
      const s = schemaAt(path);
      const here = s && unwrap(s);
      orders.set(id, here instanceof z.ZodObject ? Object.keys(here.shape) : undefined);
    }
    return orders.get(id);
  },
  startsSection: (key, previousKey) => FOLLOWS[key] !== previousKey,
};
