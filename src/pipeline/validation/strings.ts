/**
 * A strings file (src/i18n/<lang>.json, or content/i18n/<lang>.json for a language the
 * content folder adds) against the reference, src/i18n/vi.json: the same keys, each a
 * non-empty text with the same `{placeholders}`. A translator who drops `{phone}` from
 * "Gọi {phone}, {person}" would make the call link's name lose its number; a key spelt
 * wrong would leave a word of the interface untranslated. Messages are in Vietnamese,
 * with the line of the key where there is one.
 */
import { placeholders, REFERENCE_STRINGS, type StringKey, type Strings } from '../../i18n/index.ts';
import { wholeFile } from './source.ts';
import { nearestKey } from './suggest.ts';
import type { Problem } from './types.ts';

const REFERENCE_FILE = 'src/i18n/vi.json';

/** Line and column of `"key":` in the file's text (1-based), or the whole file. */
function at(file: string, lines: string[], key: string): Pick<Problem, 'file' | 'line' | 'col' | 'excerpt'> {
  const quoted = JSON.stringify(key);
  const line = lines.findIndex((l) => l.includes(`${quoted}:`) || l.includes(`${quoted} :`));
  if (line < 0) return { file, line: 0, col: 0 };
  return { file, line: line + 1, col: lines[line]!.indexOf(quoted) + 1, excerpt: lines[line] };
}

/** The file's strings, or every problem with them. Never throws. */
export function validateStrings(file: string, bytes: Uint8Array): { ok: true; strings: Strings } | { ok: false; problems: Problem[] } {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, problems: [wholeFile(file, 'Tệp chữ giao diện không được lưu bằng bảng mã UTF-8. Hãy lưu lại với bảng mã UTF-8.')] };
  }
  const lines = source.split('\n').map((l) => l.replace(/\r$/, ''));
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    // Node names the place: "… in JSON at position 120 (line 5 column 3)".
    const m = /line (\d+) column (\d+)/.exec((e as Error).message);
    const line = m ? Number(m[1]) : 0;
    return {
      ok: false,
      problems: [{
        file, line, col: m ? Number(m[2]) : 0, path: [], ...(line ? { excerpt: lines[line - 1] } : {}),
        message: 'Tệp chữ giao diện không phải JSON hợp lệ (thường do thiếu dấu phẩy giữa hai dòng, thừa dấu phẩy sau dòng cuối, hoặc thiếu dấu nháy kép). Mỗi dòng viết dạng "khóa": "chữ", cách nhau bằng dấu phẩy.',
      }],
    };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [wholeFile(file, 'Tệp chữ giao diện phải là một đối tượng JSON: { "khóa": "chữ", … }, như src/i18n/vi.json.')] };
  }
  const table = data as Record<string, unknown>;
  const reference = Object.keys(REFERENCE_STRINGS) as StringKey[];
  const problems: Problem[] = [];
  for (const key of reference) {
    const vi = REFERENCE_STRINGS[key];
    if (!Object.hasOwn(table, key)) {
      problems.push({ ...wholeFile(file, `Thiếu chữ "${key}" (tiếng Việt: "${vi}"). Hãy thêm một dòng "${key}": "…" với bản dịch của chữ này.`), path: [key] });
      continue;
    }
    const value = table[key];
    const where = { ...at(file, lines, key), path: [key] };
    if (typeof value !== 'string') {
      problems.push({ ...where, message: `Chữ "${key}" phải là một đoạn chữ trong dấu nháy kép, ví dụ "${key}": "…".` });
    } else if (!value.trim()) {
      problems.push({ ...where, message: `Chữ "${key}" đang để trống. Hãy viết bản dịch của "${vi}".` });
    } else {
      const want = placeholders(vi);
      const got = placeholders(value);
      const lost = want.filter((p) => !got.includes(p));
      const extra = got.filter((p) => !want.includes(p));
      if (lost.length || extra.length) {
        const say = (ps: string[]) => ps.map((p) => `{${p}}`).join(', ');
        problems.push({
          ...where,
          message:
            `Chữ "${key}" phải giữ đúng các chỗ điền ${say(want)} như bản tiếng Việt ("${vi}"), viết nguyên như thế, không dịch.` +
            (lost.length ? ` Bản này thiếu ${say(lost)}.` : '') +
            (extra.length ? ` Bản này có ${say(extra)}, trang web không có gì để điền vào đó.` : ''),
        });
      }
    }
  }
  for (const key of Object.keys(table)) {
    if (Object.hasOwn(REFERENCE_STRINGS, key)) continue;
    const suggestion = nearestKey(key, reference.filter((k) => !Object.hasOwn(table, k)));
    problems.push({
      ...at(file, lines, key),
      path: [key],
      message:
        `Khóa "${key}" không có trong ${REFERENCE_FILE}. ` +
        (suggestion ? `Có phải ý bạn là "${suggestion}"? Hãy sửa tên khóa cho đúng.` : 'Hãy sửa tên khóa theo tệp tiếng Việt, hoặc xóa dòng này.'),
    });
  }
  if (problems.length) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return { ok: true, strings: table as Strings };
}
