/**
 * Whole-file refusals, on the bytes and lines before any YAML parsing: the file's name,
 * its size, its encoding, tab indentation, a missing space after ":" or "-", and absurd
 * nesting. Cheap checks first, so a broken file gives one clear reason instead of a
 * cascade of follow-on errors from the parser.
 */
import type { Problem } from './types.ts';
import { SLUG } from '../../lib/urls.ts';

export { SLUG };
/** A notice is about 5 KB; anything past this is a mistake (a pasted file, a runaway copy). */
export const MAX_FILE_BYTES = 256 * 1024;
/** A notice nests 5 levels at most; deeper is never a notice (and could exhaust the stack). */
export const MAX_DEPTH = 12;

export const TOO_DEEP = `Tệp lồng nhau quá sâu (hơn ${MAX_DEPTH} cấp); một thông báo chỉ có vài cấp. Hãy viết lại theo mẫu (npm run new -- <tên-tệp>).`;

const SAVE_AS_UTF8 = '(trong VS Code: bấm tên bảng mã ở thanh dưới cùng → "Save with Encoding" → "UTF-8")';

/** The file's name without folder and extension: its page address. */
export function slugOf(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/i, '');
}

export function wholeFile(file: string, message: string): Problem {
  return { file, line: 0, col: 0, path: [], message };
}

export function nameProblems(file: string): Problem[] {
  if (SLUG.test(slugOf(file))) return [];
  const name = file.split(/[\\/]/).pop();
  return [wholeFile(file, `Tên tệp "${name}" chỉ được có chữ thường không dấu, chữ số và dấu gạch ngang (tên tệp là địa chỉ trang web). Hãy đổi tên, ví dụ duong-day-nong-2026-05.yaml.`)];
}

/**
 * The file's text (BOM dropped) and its lines (line ends dropped), or the problems that
 * refuse it before parsing. `keys` are the keys the schema knows, for the missing-space check.
 */
export function readSource(file: string, bytes: Uint8Array, keys: ReadonlySet<string>): { source: string; lines: string[] } | { problems: Problem[] } {
  // Size, before reading anything: a huge file is refused without parsing it.
  if (bytes.length > MAX_FILE_BYTES) {
    return { problems: [wholeFile(file, `Tệp quá lớn (${kb(bytes.length)}); một thông báo chỉ khoảng 5 KB, tối đa ${kb(MAX_FILE_BYTES)}. Hãy kiểm tra xem có dán nhầm nội dung khác vào tệp không.`)] };
  }
  // Encoding: UTF-8 only (a UTF-8 byte-order mark is accepted and dropped).
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problems: [wholeFile(file, `Tệp được lưu bằng bảng mã UTF-16. Hãy lưu lại với bảng mã UTF-8 ${SAVE_AS_UTF8}.`)] };
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Where: the first replacement character of a lenient decoding (a file that really
    // contains U+FFFD before the bad byte would point a little early; rare and harmless).
    const lenient = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))).split('\n');
    const line = before.length;
    return {
      problems: [{
        file, line, col: before[line - 1]!.length + 1, path: [],
        excerpt: lenient.split('\n')[line - 1]?.replace(/\r$/, ''),
        message: `Tệp không được lưu bằng bảng mã UTF-8 (có ký tự hỏng ở dòng này), nên chữ tiếng Việt có thể bị sai. Hãy lưu lại với bảng mã UTF-8 ${SAVE_AS_UTF8}, rồi kiểm tra lại các chữ có dấu.`,
      }],
    };
  }
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  const lines = source.split('\n').map((l) => l.replace(/\r$/, ''));
  const problems = [...tabProblems(file, lines), ...missingSpaceProblems(file, lines, keys)];
  if (problems.length) return { problems };
  const deep = tooDeepAt(lines);
  if (deep) return { problems: [{ file, line: deep.line, col: deep.col, path: [], excerpt: lines[deep.line - 1], message: TOO_DEEP }] };
  return { source, lines };
}

/** Tabs: the parser reports only the first and then a cascade; staff need every line. */
function tabProblems(file: string, lines: string[]): Problem[] {
  const out: Problem[] = [];
  lines.forEach((text, i) => {
    if (/^ *\t/.test(text)) {
      out.push({
        file, line: i + 1, col: text.indexOf('\t') + 1, path: [], excerpt: text,
        message: 'Dòng này thụt lề bằng phím Tab. YAML chỉ cho phép dấu cách: hãy xóa Tab và thụt lề bằng dấu cách (mỗi cấp 2 dấu cách, thẳng hàng với các dòng cùng cấp).',
      });
    }
  });
  return out;
}

/**
 * A missing space after a field's colon ("place:Hải Phòng") or a list dash ("-Thanh
 * tra") makes YAML read the line as text and report a confusing error further down.
 */
function missingSpaceProblems(file: string, lines: string[], keys: ReadonlySet<string>): Problem[] {
  const out: Problem[] = [];
  lines.forEach((text, i) => {
    const colon = /^(\s*(?:-\s+)?)([A-Za-z][A-Za-z0-9]*):(?=[^\s/])/.exec(text);
    if (colon && keys.has(colon[2]!)) {
      const fixed = `${colon[1]}${colon[2]}: ${text.slice(colon[0].length)}`;
      out.push({ file, line: i + 1, col: colon[0].length + 1, path: [], excerpt: text, message: `Thiếu dấu cách sau dấu hai chấm. Hãy viết: ${fixed.trim()}` });
    }
    const dash = /^(\s*)-(?=[^\s-])/.exec(text);
    const opensList = /^\s*[A-Za-z][A-Za-z0-9]*:\s*(#.*)?$/.test(lines[i - 1] ?? '');
    if (dash && (opensList || [lines[i - 1], lines[i + 1]].some((l) => l?.startsWith(`${dash[1]}- `)))) {
      out.push({ file, line: i + 1, col: dash[0].length + 1, path: [], excerpt: text, message: `Thiếu dấu cách sau dấu gạch đầu dòng. Hãy viết: - ${text.slice(dash[0].length)}` });
    }
  });
  return out;
}

/**
 * Where bracket or "- " nesting first goes past MAX_DEPTH, if anywhere. Before parsing:
 * the parser recurses, and 100 000 "[" would take seconds to overflow its stack.
 * Counting brackets ignores quoting, which can only over-count for text full of
 * unbalanced "[" (never seen in a notice).
 */
function tooDeepAt(lines: string[]): { line: number; col: number } | undefined {
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    const dashes = /^(\s*-\s+)*/.exec(text)![0].split('-').length - 1;
    if (dashes > MAX_DEPTH) return { line: i + 1, col: 1 };
    for (let c = 0; c < text.length; c++) {
      const ch = text.charCodeAt(c);
      if (ch === 0x5b || ch === 0x7b) depth++;
      else if (ch === 0x5d || ch === 0x7d) depth = Math.max(0, depth - 1);
      if (depth > MAX_DEPTH) return { line: i + 1, col: c + 1 };
    }
  }
  return undefined;
}

function kb(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB` : `${Math.ceil(n / 1024)} KB`;
}
