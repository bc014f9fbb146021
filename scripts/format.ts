/**
 * `npm run format [-- --check] [files or folders…]`: rewrites notices into the canonical
 * style (src/yaml-format/canonical.ts): same data, same comments, one way of writing
 * them, so that later edits (by hand or by the CMS) give small diffs.
 * `--check` writes nothing: it lists the files not in the canonical style and exits 1.
 * A file that is not valid YAML is reported and left alone (exit 1); `npm run validate`
 * says what is wrong with it. Without files: the notices of the content folder (CONTENT_DIR, or content/).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { noticeFiles } from '../src/pipeline/validate.ts';
import { noticesDir } from '../src/pipeline/content.ts';
import { YamlSyntaxError, formatNotice } from '../src/yaml-format/index.ts';

const args = process.argv.slice(2);
const unknown = args.find((a) => a.startsWith('--') && a !== '--check');
if (unknown) {
  console.error(`Không hiểu tùy chọn ${unknown}. Dùng: npm run format, hoặc npm run format -- --check`);
  process.exit(2);
}
const check = args.includes('--check');
const targets = args.filter((a) => !a.startsWith('--'));
const isDir = (p: string) => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
const files = (targets.length ? targets : [noticesDir()]).flatMap((t) => (isDir(t) ? noticeFiles(t) : [t]));
const shown = (file: string) => (path.isAbsolute(file) ? path.relative(process.cwd(), file) : file).split(path.sep).join('/');

/** Why a file cannot be formatted, for staff; undefined if it can. */
function problem(file: string, e: unknown): string {
  if (e instanceof YamlSyntaxError && e.line) {
    return `✗ ${shown(file)}:${e.line}:${e.col} (dòng ${e.line}, cột ${e.col}): tệp có lỗi cú pháp YAML nên chưa định dạng được. Hãy chạy npm run validate để xem lỗi và cách sửa, sửa xong rồi chạy lại lệnh này.`;
  }
  if (e instanceof YamlSyntaxError) {
    return `✗ ${shown(file)}: tệp không phải YAML hợp lệ nên chưa định dạng được. Hãy chạy npm run validate để xem lỗi và cách sửa.`;
  }
  return `✗ ${shown(file)}: không định dạng được tệp này (${(e as Error)?.message ?? e}). Tệp được giữ nguyên; hãy báo cho bộ phận kỹ thuật.`;
}

let broken = 0;
const changed: { file: string; line: number }[] = [];
for (const file of files) {
  let bytes: Uint8Array;
  let source: string;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'không có tệp này' : code === 'EISDIR' ? 'đây là một thư mục' : String(code ?? e);
    console.error(`✗ ${shown(file)}: không mở được tệp (${why}). Hãy kiểm tra lại đường dẫn.`);
    broken++;
    continue;
  }
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    console.error(`✗ ${shown(file)}: tệp không được lưu bằng bảng mã UTF-8 nên chưa định dạng được. Hãy chạy npm run validate để xem cách sửa.`);
    broken++;
    continue;
  }
  let formatted: string;
  try {
    formatted = formatNotice(source);
  } catch (e) {
    console.error(problem(file, e));
    broken++;
    continue;
  }
  if (formatted === source) continue;
  const a = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const b = formatted.split('\n');
  const first = a.findIndex((l, i) => l !== b[i]);
  changed.push({ file, line: (first < 0 ? Math.min(a.length, b.length) : first) + 1 });
  if (!check) writeFileSync(file, formatted);
}

const total = files.length;
if (check) {
  for (const { file, line } of changed) console.error(`✗ ${shown(file)}: chưa đúng định dạng chuẩn (khác từ dòng ${line}).`);
  if (changed.length) {
    console.error(
      `Có ${changed.length} tệp chưa đúng định dạng chuẩn. Hãy chạy: npm run format` +
        '\n  (lệnh này chỉ sửa cách trình bày: thụt lề, dấu nháy, cách ngắt dòng; nội dung và chú thích giữ nguyên), rồi lưu các thay đổi.',
    );
  } else if (!broken) console.log(`✓ Cả ${total} tệp thông báo đều đúng định dạng chuẩn.`);
} else {
  for (const { file } of changed) console.log(`✓ Đã định dạng lại: ${shown(file)}`);
  if (changed.length) console.log(`Đã định dạng lại ${changed.length} trong ${total} tệp thông báo (xem thay đổi bằng git diff).`);
  else if (!broken) console.log(`✓ Cả ${total} tệp thông báo đều đã đúng định dạng chuẩn.`);
}
if (broken) console.error(`Có ${broken} tệp chưa định dạng được (xem các dòng ✗ ở trên).`);
process.exit(broken || (check && changed.length) ? 1 : 0);
