/**
 * What editors read is generated from the zod schema and must be current, and every
 * notice file names the JSON Schema so VS Code autocompletes and explains fields.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allFields, cmsFieldsText, CMS_FIELDS_FILE, GUIDE_FILE, jsonSchemaText, SCHEMA_FILE, SITE_SCHEMA_FILE, siteSchemaText, updateGuide } from '../../../scripts/lib/schema-docs.ts';
import { KINDS } from '../../../src/kinds/index.ts';
import { FIXTURE_NOTICE_FILES, ROOT } from '../../support/paths.ts';

const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');

describe('generated files are current (run `npm run schema` when these fail)', () => {
  it('schema/notice.schema.json matches the zod schema', () => {
    expect(read(SCHEMA_FILE)).toBe(jsonSchemaText());
    expect(read(SITE_SCHEMA_FILE)).toBe(siteSchemaText());
  });
  it('the staff form\'s fields (src/cms/fields.json) match the JSON Schema', () => {
    expect(read(CMS_FIELDS_FILE)).toBe(cmsFieldsText());
  });
  it('the staff guide has the current field table and a real, current error example', () => {
    const guide = read(GUIDE_FILE);
    expect(guide).toBe(updateGuide(guide));
    expect(guide).toContain('Trường: hotlines.contacts[0].phone (Số điện thoại của người trực thứ 1)');
  });
  it('is draft-07, closed to unknown keys, with Vietnamese titles', () => {
    const schema = JSON.parse(read(SCHEMA_FILE));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    // One option per kind of notice (src/kinds/index.ts), each closed; the hotline notice first.
    expect(schema.oneOf.length).toBeGreaterThanOrEqual(1);
    for (const kind of schema.oneOf) expect(kind.additionalProperties).toBe(false);
    const hotline = schema.oneOf[0];
    expect(hotline.properties.kind.const).toBe('hotline');
    expect(hotline.required).not.toContain('kind');
    expect(hotline.properties.hotlines.properties.contacts.items.properties.phone.title).toBe('Số điện thoại');
    expect(hotline.properties.date.type).toBe('string');
  });
  it('the guide explains every field of the schema', () => {
    const guide = read(GUIDE_FILE);
    const shown = (p: (string | number)[]) => p.map((s, i) => (typeof s === 'number' ? '[]' : i ? `.${s}` : s)).join('').replace(/\.\[\]/g, '[]');
    const missing = allFields().map(shown).filter((k) => !guide.includes(`\`${k}\``));
    expect(missing).toEqual([]);
    expect(allFields().length).toBeGreaterThan(50);
  });
});

describe('every notice file names the JSON Schema on its first line', () => {
  const files = [
    ...readdirSync(path.join(ROOT, 'content/notices')).map((f) => path.join('content/notices', f)),
    ...FIXTURE_NOTICE_FILES.map((f) => path.relative(ROOT, f)),
    ...KINDS.map((k) => k.template),
  ].filter((f) => /\.ya?ml$/.test(f));

  it("covers the published notices, the fixture notices (the kinds' examples among them) and each kind's template", () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const k of KINDS) expect(files.filter((f) => f.startsWith(`src/kinds/${k.id}/examples/`)).length, k.id).toBeGreaterThan(0);
  });
  it.each(files)('%s', (file) => {
    const first = read(file).replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    const expected = path.relative(path.dirname(file), SCHEMA_FILE).split(path.sep).join('/');
    expect(first).toBe(`# yaml-language-server: $schema=${expected}`);
  });
});
