/**
 * Documents generated from the zod schema (by `npm run schema`, checked by a test):
 * the JSON Schema editors use, and the field table of the staff guide.
 */
import { z } from 'zod';
import { Notice } from '../../schema/notice.ts';
import { descriptionOf, keysOf, kindOf, schemaAt, titleOf, unwrap } from './fields.ts';
import type { FieldPath } from './types.ts';

export const SCHEMA_FILE = 'schema/notice.schema.json';
export const GUIDE_FILE = 'docs/huong-dan-bien-tap.md';
export const TABLE_START = '<!-- bảng-trường: tự sinh bởi npm run schema, đừng sửa tay -->';
export const TABLE_END = '<!-- hết-bảng-trường -->';

export function jsonSchemaText(): string {
  const schema = z.toJSONSchema(Notice, { target: 'draft-7' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Every field path in the schema, parents before children; list items as `[]`. */
export function allFields(schema: z.ZodType = Notice, prefix: FieldPath = []): FieldPath[] {
  const out: FieldPath[] = [];
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) {
    for (const key of Object.keys(s.shape)) {
      const child = (s.shape as Record<string, z.ZodType>)[key];
      out.push([...prefix, key], ...allFields(child, [...prefix, key]));
    }
  } else if (s instanceof z.ZodArray) {
    out.push(...allFields(s.element as z.ZodType, [...prefix, 0]));
  }
  return out;
}

const shownKey = (p: FieldPath) => p.map((seg, i) => (typeof seg === 'number' ? '[]' : i === 0 ? seg : `.${seg}`)).join('').replace(/\.\[\]/g, '[]');

export function fieldTable(): string {
  const rows = allFields().map((p) => {
    const schema = schemaAt(p)!;
    const required = keysOf(schemaAt(p.slice(0, -1))).required.includes(p[p.length - 1] as string);
    const kind = kindOf(schema) === 'object' ? 'mục' : kindOf(schema) === 'array' ? 'danh sách' : '';
    const what = [titleOf(schema), descriptionOf(schema)].filter(Boolean).join('. ');
    const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    return `| \`${shownKey(p)}\` | ${cell(what)}${kind ? ` (${kind})` : ''} | ${required ? 'có' : 'không'} |`;
  });
  return ['| trường | ý nghĩa | bắt buộc |', '| --- | --- | --- |', ...rows].join('\n');
}

export function replaceTable(guide: string, table: string): string {
  const start = guide.indexOf(TABLE_START);
  const end = guide.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`${GUIDE_FILE}: thiếu hai dòng đánh dấu bảng trường`);
  return `${guide.slice(0, start + TABLE_START.length)}\n\n${table}\n\n${guide.slice(end)}`;
}
