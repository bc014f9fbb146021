/**
 * `npm run schema`: writes what editors and staff read from the zod schema, so the schema
 * stays the single source of truth:
 *  - schema/notice.schema.json and schema/site.schema.json (JSON Schema draft-07): VS Code's
 *    YAML extension uses them for autocompletion, hover help (the Vietnamese titles and
 *    descriptions) and red underlines;
 *  - schema/days-off.schema.json: the same for the days-off files (content/days-off/<năm>.yaml);
 *  - src/cms/fields.json: the fields of the staff form (/admin/), from the notice's JSON Schema;
 *  - in docs/huong-dan-bien-tap.md, between marker comments: the field table, and an
 *    example of real `npm run validate` output.
 * Both are committed; a test fails when either is stale. `--check` only compares.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DaysOff } from '../src/schema/days-off.ts';
import { cmsFieldsText, jsonSchemaText, siteSchemaText, CMS_FIELDS_FILE, SCHEMA_FILE, SITE_SCHEMA_FILE, GUIDE_FILE, updateGuide } from './lib/schema-docs.ts';

const check = process.argv.includes('--check');
const outputs: [string, string][] = [
  [SCHEMA_FILE, jsonSchemaText()],
  [SITE_SCHEMA_FILE, siteSchemaText()],
  ['schema/days-off.schema.json', jsonSchemaText(DaysOff)],
  [CMS_FIELDS_FILE, cmsFieldsText()],
  [GUIDE_FILE, updateGuide(readFileSync(GUIDE_FILE, 'utf8'))],
];
let stale = 0;
for (const [file, text] of outputs) {
  const current = (() => { try { return readFileSync(file, 'utf8'); } catch { return ''; } })();
  if (current === text) continue;
  stale++;
  if (check) console.error(`✗ ${file} chưa cập nhật theo src/schema/. Hãy chạy: npm run schema`);
  else {
    writeFileSync(file, text);
    console.log(`✓ Đã ghi ${file}`);
  }
}
if (check && stale) process.exit(1);
if (!stale) console.log('✓ JSON Schema và bảng trường đã cập nhật.');
