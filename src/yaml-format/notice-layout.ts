/**
 * What the YAML writer knows about notices, and the only module of it that imports the
 * schema: the key order comes from the zod schema's shapes (each kind's: src/schema/walk.ts), so a field added to the
 * schema is written in its place without a second list to keep in step.
 */
import { z } from 'zod';
import { Notice } from '../schema/notice.ts';
import type { FieldPath, Layout } from './data.ts';
import { kindOptions, schemaAt, unwrap } from '../schema/walk.ts';

/** The first line of a notice file in content/notices/: editors validate against the schema. */
export const NOTICE_SCHEMA_COMMENT = 'yaml-language-server: $schema=../../schema/notice.schema.json';

/**
 * Top-level keys written on the line right after another one, without a blank line: they
 * are one block on the printed page (place and date; document type and subject; the
 * recipients and "Lưu"), and the template and the seed group them that way.
 */
const FOLLOWS: Record<string, string> = { date: 'place', subject: 'documentType', archive: 'recipients' };

/**
 * The keys at `path` in the order a file writes them, for every kind at once: a file holds
 * one kind's keys only, so each kind's order is kept, and a key one kind adds goes right
 * after the key it follows in that kind (a second kind's body sits between the frame's
 * head and foot, as the first one's does).
 */
function orderAt(path: FieldPath): readonly string[] | undefined {
  let merged: string[] | undefined;
  for (const { schema } of kindOptions(Notice)) {
    const s = schemaAt(path, schema);
    const here = s && unwrap(s);
    if (!(here instanceof z.ZodObject)) continue;
    const keys = Object.keys(here.shape);
    if (!merged) {
      merged = [...keys];
      continue;
    }
    keys.forEach((k, i) => {
      if (merged!.includes(k)) return;
      const after = i === 0 ? -1 : merged!.indexOf(keys[i - 1]!);
      merged!.splice(after + 1, 0, k);
    });
  }
  return merged;
}

const orders = new Map<string, readonly string[] | undefined>();

export const NOTICE_LAYOUT: Layout = {
  keyOrder(path) {
    const id = path.map((p) => (typeof p === 'number' ? '[]' : p)).join('.');
    if (!orders.has(id)) {
      orders.set(id, orderAt(path));
    }
    return orders.get(id);
  },
  startsSection: (key, previousKey) => FOLLOWS[key] !== previousKey,
};
