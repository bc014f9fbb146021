/**
 * Strings files: every language's words against the Vietnamese reference, with messages
 * a translator can act on. The built-in English file passes; a broken one gets the exact
 * message for each kind of mistake; and a content folder's language without a strings
 * file stops validation, naming the file to write.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, validateStrings } from '../../../src/pipeline/validate.ts';
import { loadContent } from '../../../src/pipeline/content.ts';
import { CONTENT, ROOT } from '../../support/paths.ts';

const vi = JSON.parse(readFileSync(path.join(ROOT, 'src/i18n/vi.json'), 'utf8')) as Record<string, string>;
const messages = (table: unknown, raw?: string) => {
  const r = validateStrings('content/i18n/xx.json', Buffer.from(raw ?? JSON.stringify(table, null, 2)));
  return r.ok ? 'accepted' : formatProblems(r.problems);
};

describe('strings files', () => {
  it('accepts the built-in English file: every key of vi.json, the same placeholders', () => {
    const file = path.join(ROOT, 'src/i18n/en.json');
    const r = validateStrings(file, readFileSync(file));
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('names each missing, empty, unknown or changed string, with its line', () => {
    const { ['contact.call']: _missing, ...rest } = vi;
    const table = { ...rest, 'contact.save': ' ', 'contact.callName': 'Call {phone}', 'contact.cal': 'Call the hotline' };
    expect(messages(table)).toMatchInlineSnapshot(`
      "Có 4 lỗi trong 1 tệp. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ content/i18n/xx.json
        Lỗi: Thiếu chữ "contact.call" (tiếng Việt: "Gọi đường dây nóng"). Hãy thêm một dòng "contact.call": "…" với bản dịch của chữ này.

      ✗ content/i18n/xx.json:107:3 (dòng 107, cột 3)
        Lỗi: Chữ "contact.callName" phải giữ đúng các chỗ điền {phone}, {person} như bản tiếng Việt ("Gọi {phone}, {person}"), viết nguyên như thế, không dịch. Bản này thiếu {person}.
          107 │   "contact.callName": "Call {phone}",
              │   ^

      ✗ content/i18n/xx.json:108:3 (dòng 108, cột 3)
        Lỗi: Chữ "contact.save" đang để trống. Hãy viết bản dịch của "Lưu vào danh bạ".
          108 │   "contact.save": " ",
              │   ^

      ✗ content/i18n/xx.json:227:3 (dòng 227, cột 3)
        Lỗi: Khóa "contact.cal" không có trong src/i18n/vi.json. Có phải ý bạn là "contact.call"? Hãy sửa tên khóa cho đúng.
          227 │   "contact.cal": "Call the hotline"
              │   ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('says where the JSON is broken', () => {
    expect(messages(null, '{\n  "lang.name": "English"\n  "lang.locale": "en-GB"\n}\n')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ content/i18n/xx.json:3:3 (dòng 3, cột 3)
        Lỗi: Tệp chữ giao diện không phải JSON hợp lệ (thường do thiếu dấu phẩy giữa hai dòng, thừa dấu phẩy sau dòng cuối, hoặc thiếu dấu nháy kép). Mỗi dòng viết dạng "khóa": "chữ", cách nhau bằng dấu phẩy.
          3 │   "lang.locale": "en-GB"
            │   ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });
});

describe('a language without words', () => {
  it('stops validation and names the strings file to write', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'noi-dung-'));
    try {
      cpSync(CONTENT, root, { recursive: true });
      const site = readFileSync(path.join(root, 'site.yaml'), 'utf8');
      writeFileSync(path.join(root, 'site.yaml'), `${site}  ja:\n    name: お知らせ\n    shortName: ハイフォン市外務局\n    agency: ハイフォン市外務局\n    description: ハイフォン市外務局のお知らせ。\n`);
      const c = await loadContent(root);
      expect(c.problems.map((p) => p.message.replace(root, '<nội dung>'))).toEqual([
        'Trang web có tiếng Nhật (ja) nhưng chưa có chữ giao diện cho ngôn ngữ này. Hãy tạo tệp <nội dung>/i18n/ja.json: chép src/i18n/en.json rồi dịch từng dòng (giữ nguyên các khóa và các chỗ điền {…}).',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
