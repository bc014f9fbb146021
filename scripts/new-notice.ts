/**
 * `npm run new -- <tên-tệp> [--kind=<loại>]`: creates <content>/notices/<tên-tệp>.yaml from
 * the commented template of a kind of notice (src/kinds/<kind>/template.yaml; without
 * --kind, the default kind's: the hotline notice). The file name becomes the page address, so it
 * must be lower case ASCII with hyphens; a Vietnamese title is turned into a suggestion.
 * It never overwrites a file. The new file fails validation, with a message per blank to
 * fill, until it is filled in.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SLUG } from '../src/pipeline/validate.ts';
import { noticesDir } from '../src/pipeline/content.ts';
import { DEFAULT_KIND, KINDS, kindList } from '../src/kinds/index.ts';
const SCHEMA = 'schema/notice.schema.json';

/** "Đường dây nóng 2026/05" → "duong-day-nong-2026-05". */
function suggestSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\.ya?ml$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const arg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const kindArg = process.argv.slice(2).find((a) => a.startsWith('--kind='))?.slice('--kind='.length);
const kind = kindArg === undefined ? DEFAULT_KIND : KINDS.find((k) => k.id === kindArg);
if (!kind) {
  console.error(`✗ Không có loại thông báo "${kindArg}". Các loại hiện có: ${kindList()}.`);
  process.exit(1);
}
const TEMPLATE = kind.template;
const dir = noticesDir();
if (!arg) {
  console.error('Hãy cho biết tên tệp, ví dụ: npm run new -- duong-day-nong-2026-05');
  process.exit(1);
}
const slug = arg.replace(/\.ya?ml$/, '');
if (!SLUG.test(slug)) {
  const suggestion = suggestSlug(arg);
  console.error(
    `✗ Tên tệp "${arg}" không dùng được: chỉ được có chữ thường không dấu, chữ số và dấu gạch ngang (tên tệp là địa chỉ trang web).` +
      (suggestion ? `\n  Gợi ý: npm run new -- ${suggestion}` : ''),
  );
  process.exit(1);
}
const file = path.join(dir, `${slug}.yaml`);
if (existsSync(file) || existsSync(path.join(dir, `${slug}.yml`))) {
  console.error(`✗ Đã có tệp ${file}. Hãy chọn tên khác, hoặc mở tệp đó để sửa.`);
  process.exit(1);
}
const schemaPath = path.relative(dir, SCHEMA).split(path.sep).join('/');
const text = readFileSync(TEMPLATE, 'utf8')
  .replace(/^# yaml-language-server: \$schema=.*$/m, `# yaml-language-server: $schema=${schemaPath}`)
  .replace(/^# MẪU THÔNG BÁO MỚI\. .*$/m, `# Thông báo mới, tạo từ mẫu ${TEMPLATE}.`);
writeFileSync(file, text, { flag: 'wx' });
console.log(`✓ Đã tạo ${file}
  Bước tiếp theo: mở tệp, điền vào các chỗ trống (xem chú thích sau dấu #), rồi chạy: npm run validate`);
