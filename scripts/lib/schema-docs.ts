/**
 * Documents generated from the zod schema (by `npm run schema`, checked by a test):
 * the JSON Schema editors use, and the field table of the staff guide.
 */
import { z } from 'zod';
import { Notice } from '../../src/schema/notice.ts';
import { SiteConfig } from '../../src/schema/site.ts';
import { schemaToFields, type CmsField, type CmsForm, type JsonSchema, type RecordKey } from '../../src/cms/schema-to-fields.ts';
import { kindOptions } from '../../src/schema/walk.ts';
import { KINDS } from '../../src/kinds/index.ts';
import { BUILT_IN, DEFAULT_LANG } from '../../src/i18n/index.ts';
import { allFields as walkAllFields, descriptionOf, keysOf, kindOf, schemaAt, titleOf, translationTitle } from '../../src/pipeline/validation/fields.ts';

/** Every field of a notice (of every kind), parents before children. */
export const allFields = (schema: z.ZodType = Notice): FieldPath[] => walkAllFields(schema).map((p) => [...p]);
import { formatProblems } from '../../src/pipeline/validation/format.ts';
import type { FieldPath } from '../../src/pipeline/validation/types.ts';
import { validateAll } from '../../src/pipeline/validation/index.ts';

export const SCHEMA_FILE = 'schema/notice.schema.json';
/** The staff form's fields (src/cms/), made from the notice's JSON Schema. */
export const CMS_FIELDS_FILE = 'src/cms/fields.json';
export const SITE_SCHEMA_FILE = 'schema/site.schema.json';
export const GUIDE_FILE = 'docs/huong-dan-bien-tap.md';
export const TABLE_START = '<!-- bảng-trường: tự sinh bởi npm run schema, đừng sửa tay -->';
export const TABLE_END = '<!-- hết-bảng-trường -->';
export const EXAMPLE_START = '<!-- ví-dụ-lỗi: tự sinh bởi npm run schema từ kết quả thật của npm run validate, đừng sửa tay -->';
export const EXAMPLE_END = '<!-- hết-ví-dụ-lỗi -->';
/** The invalid notices whose real messages the guide shows as its example. */
export const EXAMPLE_FILES = ['tests/fixtures/invalid/so-dien-thoai-khong-nhay.yaml', 'tests/fixtures/invalid/truong-la.yaml'];

export function jsonSchemaText(schema: z.ZodType = Notice): string {
  return `${JSON.stringify(z.toJSONSchema(schema, { target: 'draft-7' }), null, 2)}\n`;
}

export const siteSchemaText = () => jsonSchemaText(SiteConfig);

/**
 * src/cms/fields.json has a translation block for each language the project has words for
 * (src/i18n/: English), labelled in Vietnamese. At /admin/ the form offers one per language
 * of the site instead (content/site.yaml, a content folder's own languages included), each
 * shaped like these (src/cms/config.ts).
 */
export const FORM_LANGUAGES: RecordKey[] = Object.keys(BUILT_IN)
  .filter((lang) => lang !== DEFAULT_LANG)
  .map((lang) => ({ key: lang, label: translationTitle(lang) }));

/**
 * The staff form of each kind of notice (the union's options, src/schema/walk.ts): its
 * fields from that kind's JSON Schema, with `kind` hidden and set to the kind, so a notice
 * the form creates names its kind and each kind's collection lists only its own files
 * (src/cms/config.ts filters on it; the default kind's also takes the files that name none,
 * and src/cms/format.ts writes no `kind` into a file of the default kind that names none).
 */
export function cmsForms(): CmsForm[] {
  return kindOptions(Notice).map(({ kind, isDefault, schema }) => {
    const json = JSON.parse(jsonSchemaText(schema)) as JsonSchema;
    const fields = schemaToFields(json, { records: FORM_LANGUAGES }).map((f): CmsField =>
      f.name !== 'kind' ? f : { name: 'kind', label: f.label, widget: 'hidden', default: kind },
    );
    return { kind, isDefault, label: KINDS.find((k) => k.id === kind)!.title, fields };
  });
}

export function cmsFieldsText(): string {
  return `${JSON.stringify(cmsForms(), null, 2)}\n`;
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

function replaceBetween(text: string, startMark: string, endMark: string, inner: string): string {
  const start = text.indexOf(startMark);
  const end = text.indexOf(endMark);
  if (start < 0 || end < start) throw new Error(`${GUIDE_FILE}: thiếu dòng đánh dấu ${startMark}`);
  return `${text.slice(0, start + startMark.length)}\n${inner}\n${text.slice(end)}`;
}

/** The real output of `npm run validate` for the example files, as a code block. */
export function exampleBlock(): string {
  return `\`\`\`text\n$ npm run validate ${EXAMPLE_FILES.join(" ")}\n${formatProblems(validateAll(EXAMPLE_FILES).problems)}\n\`\`\``;
}

/** The guide with its generated parts (error example, field table) brought up to date. */
export function updateGuide(guide: string): string {
  const withExample = replaceBetween(guide, EXAMPLE_START, EXAMPLE_END, exampleBlock());
  return replaceBetween(withExample, TABLE_START, TABLE_END, `\n${fieldTable()}\n`);
}
