/**
 * The staff form's fields, made from the notice's JSON Schema (src/cms/schema-to-fields.ts):
 * titles become labels, hints say what to type in a form (not how to write YAML), and
 * enums, lists of objects, optional blocks, text areas and patterns carry over.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaToFields, type CmsField, type CmsForm, type JsonSchema } from '../../src/cms/schema-to-fields.ts';
import { FORM_LANGUAGES, cmsForms } from '../../scripts/lib/schema-docs.ts';
import { ORIGINAL_FIELD, attachedOriginal, editorConfig, labelledOptions, replaceableOnly } from '../../src/cms/config.ts';
import forms from '../../src/cms/fields.json' with { type: 'json' };
import { ROOT } from '../support/paths.ts';

// The notice schema is a union of kinds (its `oneOf`); each kind has its form, the hotline notice first.
const union = JSON.parse(readFileSync(path.join(ROOT, 'schema/notice.schema.json'), 'utf8')) as JsonSchema & { oneOf: JsonSchema[] };
const schema = union.oneOf[0]!;
const fields = schemaToFields(schema, { records: FORM_LANGUAGES }).filter((f) => f.name !== 'kind');
const generated = (forms as CmsForm[])[0]!.fields;
const at = (p: string): CmsField => p.split('.').reduce<CmsField>((f, name) => (f.fields ?? [f.field!]).find((x) => x.name === name)!, { name: '', widget: 'object', fields });
const every = (fs: CmsField[]): CmsField[] => fs.flatMap((f) => [f, ...every(f.fields ?? (f.field ? [f.field] : []))]);

describe('the staff form\'s fields', () => {
  it('label every field with its Vietnamese title', () => {
    expect(at('hotlines.contacts.phone').label).toBe('Số điện thoại');
    for (const f of every(fields)) expect(f.label, f.name).not.toBe(f.name);
  });

  it('give form hints, never instructions about YAML', () => {
    expect(at('hotlines.contacts.phone').hint).toBe('Viết đúng như trên văn bản, ví dụ 0934.336.639. Trang web tự tạo đường dẫn gọi điện.');
    for (const f of every(fields)) expect(f.hint ?? '', f.name).not.toMatch(/dấu nháy|dòng "- "|bắt đầu bằng "-|thụt lề|dấu hai chấm|YAML/);
  });

  it('carry enums, lists of objects, optional blocks, text areas and patterns', () => {
    expect(at('hotlines.contacts.honorific')).toMatchObject({ widget: 'select', options: ['Ông', 'Bà'], required: true });
    expect(at('hotlines.contacts')).toMatchObject({ widget: 'list', min: 1, max: 20, summary: '{{fields.honorific}} {{fields.name}} – {{fields.phone}}' });
    expect(at('hotlines.contacts').fields?.map((f) => f.name)).toEqual(['honorific', 'name', 'post', 'phone', 'email']);
    expect(at('facebook')).toMatchObject({ widget: 'object', required: false });
    expect(at('subject').widget).toBe('text');
    expect(at('place').widget).toBe('string');
    expect(at('date').pattern).toEqual(['^\\d{4}-\\d{2}(-\\d{2})?$', 'Ngày phải viết dạng NĂM-THÁNG-NGÀY (ví dụ 2026-05-15), hoặc NĂM-THÁNG (ví dụ 2026-05) khi chưa có ngày.']);
    expect(at('number.sequence')).toMatchObject({ widget: 'number', value_type: 'int', required: false });
    expect(at('recipients').field).toMatchObject({ widget: 'string', required: true });
  });

  it('offer the English translation as an optional block, shaped like the original\'s texts and nothing else', () => {
    expect(at('translations')).toMatchObject({ widget: 'object', required: false });
    expect(at('translations').fields?.map((f) => f.name)).toEqual(['en']);
    expect(at('translations.en')).toMatchObject({ widget: 'object', required: false, label: 'Bản dịch tiếng Anh (en)' });
    expect(at('translations.en.reviewed')).toMatchObject({ widget: 'boolean', required: true });
    expect(at('translations.en.hotlines.contacts').fields?.map((f) => f.name)).toEqual(['of', 'post']);
    expect(at('translations.en.opening.text').widget).toBe('text');
    // Nothing that is never translated: numbers, names, dates and addresses come from the original.
    const names = every(at('translations.en').fields!).map((f) => f.name);
    for (const never of ['phone', 'email', 'honorific', 'date', 'number', 'url', 'coordinates', 'schedule']) expect(names).not.toContain(never);
  });

  it('let staff pick the notices a notice replaces from the list of notices, by subject and file name, never type them', () => {
    expect(at('replaces')).toMatchObject({
      widget: 'relation',
      collection: 'notices',
      multiple: true,
      value_field: '{{slug}}',
      display_fields: ['{{subject}} ({{slug}})'],
      min: 1,
      max: 20,
      required: false,
    });
    expect(at('replaces').hint).toContain('chọn thông báo cũ trong danh sách');
  });

  it('offer for `replaces` only what may be replaced: not the notice itself, no draft, only its own body\'s (in every kind\'s form)', () => {
    const config = editorConfig({ repo: 'so/thong-bao', branch: 'main', base: '/', folder: 'content/notices', agency: 'Sở' });
    const collections = (config as unknown as { collections: { fields: CmsField[] }[] }).collections;
    const relations = collections.flatMap((c) => c.fields.filter((f) => f.widget === 'relation'));
    expect(relations.length).toBe(collections.length);
    for (const f of relations) {
      expect(f.filters).toEqual([
        { field: 'slug', values: ['{{slug}}'], exclude: true },
        { field: 'number.sequence', values: [null, ''], exclude: true },
        { field: 'issuer.fullName', values: ['{{fields.issuer.fullName}}'] },
      ]);
    }
  });

  it('give a record no fields without the keys to offer: the form then keeps it as the file has it', () => {
    expect(schemaToFields(schema).find((f) => f.name === 'translations')?.fields).toEqual([]);
  });
});

describe('the forms of the kinds of notice', () => {
  it('one per kind, the hotline notice the default; each form sets `kind` (hidden) to its own', () => {
    expect(cmsForms().map((f) => [f.kind, f.isDefault, f.label])).toEqual([['hotline', true, 'Thông báo đường dây nóng'], ['reception', false, 'Lịch tiếp công dân']]);
    expect(generated.find((f) => f.name === 'kind')).toMatchObject({ widget: 'hidden', default: 'hotline' });
    expect(generated.filter((f) => f.name !== 'kind')).toEqual(fields);
  });

  it('each collection lists only its kind\'s files; the default kind\'s also those that name no kind', () => {
    const config = editorConfig({ repo: 'so/thong-bao', branch: 'main', base: '/', folder: 'content/notices', agency: 'Sở' });
    const collections = (config as unknown as { collections: { name: string; filter: unknown }[] }).collections;
    for (const [i, form] of (forms as CmsForm[]).entries()) {
      expect(collections[i]!.filter).toEqual({ field: 'kind', value: form.isDefault ? [form.kind, null] : form.kind });
    }
    expect(collections.filter((c) => Array.isArray((c.filter as { value: unknown }).value))).toHaveLength(1);
  });
});

describe('the weekdays in the form', () => {
  it('are offered by their Vietnamese names; the file keeps the codes', () => {
    const days = labelledOptions(generated as CmsField[]).find((f) => f.name === 'hours')!.fields!.find((f) => f.name === 'schedule')!.fields!.find((f) => f.name === 'days')!;
    expect(days.options).toEqual([
      { label: 'Thứ Hai', value: 'Mo' },
      { label: 'Thứ Ba', value: 'Tu' },
      { label: 'Thứ Tư', value: 'We' },
      { label: 'Thứ Năm', value: 'Th' },
      { label: 'Thứ Sáu', value: 'Fr' },
      { label: 'Thứ Bảy', value: 'Sa' },
      { label: 'Chủ nhật', value: 'Su' },
    ]);
  });
});

describe("the codes of a kind's selects in the form", () => {
  it("are offered by the kind's Vietnamese names (the reception schedule's day rules); the file keeps the codes", () => {
    const config = editorConfig({ repo: 'so/thong-bao', branch: 'main', base: '/', folder: 'content/notices', agency: 'Sở' });
    const collections = (config as unknown as { collections: { name: string; fields: CmsField[] }[] }).collections;
    const selects: CmsField[] = [];
    const walk = (fs: readonly CmsField[]) => fs.forEach((f) => (f.widget === 'select' && selects.push(f), f.fields && walk(f.fields), f.field && walk([f.field])));
    walk(collections.find((c) => c.name.endsWith('reception'))!.fields);
    const options = selects.flatMap((f) => f.options as unknown[]);
    expect(options).toEqual(expect.arrayContaining([{ label: 'Một ngày cố định hằng tháng (ví dụ ngày 15)', value: 'month-day' }, { label: 'Dời sang ngày làm việc kế tiếp', value: 'next-working-day' }]));
    // No code left for staff to read (the frame's options, such as "THÔNG BÁO" or "KT.", are words of the document).
    expect(options.filter((o) => typeof o === 'string' && /^[a-z]+(-[a-z]+)*$/.test(o))).toEqual([]);
  });
});

describe('the form of a site, with its own languages', () => {
  const formOf = (languages?: string[]) => {
    const config = editorConfig({ repo: 'so/thong-bao', branch: 'main', base: '/', folder: 'content/notices', agency: 'Sở', ...(languages ? { languages } : {}) });
    return (config.collections![0] as unknown as { fields: CmsField[] }).fields;
  };
  const translations = (fs: CmsField[]) => fs.find((f) => f.name === 'translations');

  it('offers a translation block for each language of content/site.yaml, each with the same fields as the English one', () => {
    const form = formOf(['ko', 'en']);
    const blocks = translations(form)!.fields!;
    expect(blocks.map((b) => [b.name, b.label])).toEqual([
      ['ko', 'Bản dịch tiếng Hàn (ko)'],
      ['en', 'Bản dịch tiếng Anh (en)'],
    ]);
    const english = at('translations.en');
    expect(blocks[0]).toEqual({ ...english, name: 'ko', label: 'Bản dịch tiếng Hàn (ko)' });
    expect(blocks[1]).toEqual(english);
    // Nothing else of the form changes.
    expect(form.filter((f) => f.name !== 'translations')).toEqual(attachedOriginal(replaceableOnly(labelledOptions(generated as CmsField[]))).filter((f) => f.name !== 'translations'));
  });

  it('is the generated form for a site in Vietnamese and English, and has no translation section for a site in Vietnamese only', () => {
    // The generated fields, the weekdays offered by name (labelledOptions), `replaces` filtered (replaceableOnly), the original attached (attachedOriginal).
    expect(formOf(['en'])).toEqual(attachedOriginal(replaceableOnly(labelledOptions(generated as CmsField[]))));
    expect(formOf()).toEqual(attachedOriginal(replaceableOnly(labelledOptions(generated as CmsField[]))));
    expect(translations(formOf([]))).toBeUndefined();
    expect(formOf([])).toHaveLength((generated as CmsField[]).length - 1);
  });
});

describe("the signed original in the form", () => {
  it('is attached, not typed: its file name is the file-input field type, its hash shown read-only; nothing else of the block changes', () => {
    const config = editorConfig({ repo: 'so/thong-bao', branch: 'main', base: '/', folder: 'content/notices', agency: 'Sở' });
    for (const c of (config as unknown as { collections: { fields: CmsField[] }[] }).collections) {
      const original = c.fields.find((f) => f.name === 'original')!;
      const generatedOriginal = at('original');
      expect(original.fields!.map((f) => [f.name, f.widget, f.readonly ?? false])).toEqual([
        ['file', ORIGINAL_FIELD, false],
        ['sha256', 'string', true],
      ]);
      expect({ ...original, fields: undefined }).toEqual({ ...generatedOriginal, fields: undefined });
      // Its hint tells staff to choose the file, and what only the pull request's check does.
      expect(original.hint).toContain('chọn tệp PDF');
      expect(original.hint).toContain('npm run validate');
    }
  });
});
