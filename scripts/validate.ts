/**
 * `npm run validate [--format=github] [files or folders…]`: checks every notice (or only
 * the files given) with the same code the build uses, prints every problem, and exits 1
 * if there is any. `--format=github` prints `::error` lines that GitHub shows as
 * annotations on the pull request's changed lines.
 * Without files: the whole content folder (CONTENT_DIR, or content/), exactly as the build
 * validates it: the site's identity, every notice, the checks across notices, and the
 * signed originals beside them (checked offline against the roots in content/trust/).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { contentTrustRoots, noticeFiles, validateNotices, formatProblems, formatGithub, formatWarnings } from '../src/pipeline/validate.ts';
import { calendarWarnings, contentRoot, loadContent, loadDaysOff, offeredLanguages } from '../src/pipeline/content.ts';

const args = process.argv.slice(2);
const format = args.find((a) => a.startsWith('--format='))?.slice('--format='.length) ?? 'text';
if (format !== 'text' && format !== 'github') {
  console.error(`Không hiểu --format=${format}; dùng --format=text hoặc --format=github.`);
  process.exit(2);
}
const targets = args.filter((a) => !a.startsWith('--'));
const isDir = (p: string) => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
// Files given one by one are checked across files together with the other notices of
// their folders, so a `replaces` entry naming one of those is not refused; their originals
// against the content folder's trust roots, as the build does; their translations against
// the content folder's languages (site.yaml).
const files = targets.flatMap((t) => (isDir(t) ? noticeFiles(t) : [t]));
const siblings = [...new Set(files.map((f) => path.dirname(f)))].flatMap((d) => (isDir(d) ? noticeFiles(d) : []));
const { notices, problems } = targets.length
  ? await validateNotices(files, contentTrustRoots(contentRoot()), siblings, { languages: offeredLanguages() })
  : await loadContent();
// A translation behind the original, a schedule reaching a year without its days-off file: said, not refused.
const checked = notices.filter((n) => !targets.length || files.includes(n.file));
const warnings = [...checked.flatMap((n) => n.warnings), ...calendarWarnings(checked, loadDaysOff().daysOff)];
if (warnings.length) console.warn(format === 'github' ? formatGithub(warnings).replace(/^::error/gm, '::warning').replace(/title=[^:]*::/gm, 'title=Cảnh báo::') : formatWarnings(warnings));
if (problems.length) {
  if (format === 'github') {
    console.log(formatGithub(problems));
    console.log(`Có ${problems.length} lỗi trong ${new Set(problems.map((p) => p.file)).size} tệp thông báo.`);
  } else console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`✓ Hợp lệ: ${notices.length} tệp thông báo.`);
