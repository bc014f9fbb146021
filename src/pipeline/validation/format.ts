/**
 * How problems are shown: to staff in a terminal (the line itself with a caret under the
 * column), and to GitHub as `::error` workflow commands, which become annotations on the
 * changed lines of a pull request.
 */
import path from 'node:path';
import type { Problem } from './types.ts';

export const GUIDE = 'docs/huong-dan-bien-tap.md';
/** Characters of a long line shown around the column (a megabyte-long line stays readable). */
const EXCERPT_WIDTH = 100;

/** Path relative to the working folder, with forward slashes (as GitHub and editors expect). */
export function shownPath(file: string): string {
  const rel = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
  return rel.split(path.sep).join('/');
}

/** The line and a caret under the column, cut around the column when the line is long. */
function excerpt(pr: Problem): string[] {
  if (!pr.line || pr.excerpt === undefined) return [];
  let text = pr.excerpt;
  let col = Math.max(1, pr.col);
  if (text.length > EXCERPT_WIDTH) {
    // Keep the start of the line (the key) when the column is near it; else centre-left on the column.
    const start = col <= EXCERPT_WIDTH - 20 ? 0 : Math.max(0, Math.min(col - 1 - 20, text.length - EXCERPT_WIDTH));
    text = (start > 0 ? '…' : '') + text.slice(start, start + EXCERPT_WIDTH) + (start + EXCERPT_WIDTH < text.length ? '…' : '');
    col = col - start + (start > 0 ? 1 : 0);
  }
  // Tabs shown as arrows so the caret lines up; combining marks (decomposed Vietnamese)
  // take no column on screen, so they do not count when placing the caret.
  text = text.replace(/\t/g, '→');
  const pad = text.slice(0, col - 1).replace(/\p{M}/gu, '').replace(/./gu, ' ');
  const gutter = String(pr.line);
  return [`    ${gutter} │ ${text}`, `    ${' '.repeat(gutter.length)} │ ${pad}^`];
}

/** One problem as staff read it: where, which field, what is wrong and what to do. */
export function formatProblem(pr: Problem): string {
  const file = shownPath(pr.file);
  const where = pr.line ? `${file}:${pr.line}:${pr.col} (dòng ${pr.line}, cột ${pr.col})` : file;
  const out = [`✗ ${where}`];
  if (pr.label) out.push(`  Trường: ${pr.label}`);
  out.push(`  Lỗi: ${pr.message}`);
  out.push(...excerpt(pr));
  return out.join('\n');
}

export function formatProblems(problems: Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  // A strings file (i18n/<lang>.json) is not a notice: then the count says "tệp" only.
  const kind = problems.some((p) => p.file.endsWith('.json')) ? 'tệp' : 'tệp thông báo';
  return [
    `Có ${problems.length} lỗi trong ${files} ${kind}. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).`,
    '',
    ...problems.map((p) => `${formatProblem(p)}\n`),
    `Cách đọc và sửa lỗi: ${GUIDE}`,
  ].join('\n');
}

/** Warnings: published all the same, but staff should act (a translation behind the original, a reception schedule reaching a year without its days off). */
export function formatWarnings(warnings: Problem[]): string {
  return [
    `Có ${warnings.length} cảnh báo (trang web vẫn được dựng, nhưng nên sửa):`,
    '',
    ...warnings.map((p) => `${formatProblem(p).replace(/^✗ /, '⚠ ').replace('\n  Lỗi: ', '\n  Cảnh báo: ')}\n`),
  ].join('\n');
}

// GitHub workflow commands: data escapes %, CR, LF; properties also escape ":" and ",".
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=…::message`, one line per problem. */
export function formatGithub(problems: Problem[]): string {
  return problems
    .map((pr) => {
      const props = [`file=${escapeProperty(shownPath(pr.file))}`];
      if (pr.line) props.push(`line=${pr.line}`, `col=${pr.col}`);
      props.push(`title=${escapeProperty(pr.label ?? 'Thông báo không hợp lệ')}`);
      return `::error ${props.join(',')}::${escapeData(pr.message)}`;
    })
    .join('\n');
}
