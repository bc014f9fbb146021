/**
 * The one route by which validated content reaches every output. The content folder
 * (CONTENT_DIR, default `content/`) holds the site's identity and languages
 * (`site.yaml`), the notices (`notices/*.yaml`) and, for a language the project has no
 * words for, its strings file (`i18n/<lang>.json`); `loadContent` validates all of it
 * once, with every check across files, and the result is kept for the rest of the process:
 *
 *  - `npm run build` (scripts/build.ts) validates before Astro starts and refuses any
 *    problem there; Astro's content loader, the vCards and open data, the search index
 *    and the PDFs then all read that same result (`content()`), in the same process;
 *  - `astro dev` validates on every change of the folder (the content loader calls
 *    `reloadContent`), and the dev server's downloads read the latest result;
 *  - `astro build` run by hand validates on first use, through the same function.
 *
 * Validation has two steps, both here: every file's YAML and the checks across files
 * (synchronous), then the signed original each valid notice names, verified against the
 * roots in the folder's `trust/` (asynchronous: WebCrypto). So `loadContent` is async, and
 * a bad original is refused by the build, `npm run validate` and `astro dev` alike.
 *
 * Kept on globalThis, because Astro loads its config, its content config and its pages
 * each through a module graph of its own: a module-level variable would exist once per
 * graph, and each would validate again.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SiteConfig, siteLanguages } from '../schema/site.ts';
import { DaysOff } from '../schema/days-off.ts';
import { kindOf } from '../kinds/index.ts';
import { yearsBetween } from '../lib/calendar.ts';
import { builtInStrings, type Lang, type Strings } from '../i18n/index.ts';
import {
  contentTrustRoots,
  languageName,
  noticeFiles,
  readFileProblem,
  validateNotices,
  validateStrings,
  validateYaml,
  ValidationCache,
  type Problem,
  type ValidNotice,
} from './validate.ts';

export interface Content {
  /** The content folder, absolute. */
  root: string;
  site: SiteConfig | null;
  /** The interface's words of each of the site's languages (Vietnamese first). */
  strings: Record<Lang, Strings>;
  notices: ValidNotice[];
  /** The official days off of each year the folder has a file for (days-off/<năm>.yaml). */
  daysOff: DaysOff[];
  /** Every problem of every file; the content is publishable only when there is none. */
  problems: Problem[];
  /** What is published all the same but staff should fix: a translation behind the original, a schedule reaching a year without its days off. */
  warnings: Problem[];
  /** With a cache (the build): how many notice files were checked, and how many passed unchanged since the last build. */
  validation?: { checked: number; reused: number };
}

export interface LoadOptions {
  /** The build's cache folder: each notice file's result is kept there for the next build (validation/cache.ts). */
  cacheDir?: string;
}

/** The content folder: CONTENT_DIR, or `content/` in the project. */
export function contentRoot(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}
export const noticesDir = (root = contentRoot()) => path.join(root, 'notices');
export const siteConfigFile = (root = contentRoot()) => path.join(root, 'site.yaml');
/** The official days off, one file per year: <năm>.yaml (src/schema/days-off.ts). */
export const daysOffDir = (root = contentRoot()) => path.join(root, 'days-off');
/** Strings files of the languages a content folder adds (or whose words it changes): <lang>.json. */
export const stringsDir = (root = contentRoot()) => path.join(root, 'i18n');

/**
 * The words of `lang`: the content folder's strings file when it has one, otherwise the
 * project's built-in one (src/i18n/), otherwise a problem saying which file to write.
 */
function loadStrings(root: string, lang: Lang): { strings?: Strings; problems: Problem[] } {
  const file = path.join(stringsDir(root), `${lang}.json`);
  if (existsSync(file)) {
    const r = validateStrings(file, readFileSync(file));
    return r.ok ? { strings: r.strings, problems: [] } : { problems: r.problems };
  }
  const builtIn = builtInStrings(lang);
  if (builtIn) return { strings: builtIn, problems: [] };
  return {
    problems: [{
      file: siteConfigFile(root), line: 0, col: 0, path: ['translations', lang],
      message: `Trang web có ${languageName(lang)} (${lang}) nhưng chưa có chữ giao diện cho ngôn ngữ này. Hãy tạo tệp ${file}: chép src/i18n/en.json rồi dịch từng dòng (giữ nguyên các khóa và các chỗ điền {…}).`,
    }],
  };
}

/**
 * The languages the content folder's site.yaml offers besides Vietnamese, when it is
 * valid: files validated one by one (`npm run validate <files>`) are then checked against
 * them too. Undefined when site.yaml cannot be read (its problems are reported elsewhere).
 */
export function offeredLanguages(root = contentRoot()): string[] | undefined {
  try {
    const r = validateYaml(siteConfigFile(root), readFileSync(siteConfigFile(root)), SiteConfig);
    return r.ok ? siteLanguages(r.data).slice(1) : undefined;
  } catch {
    return undefined;
  }
}

/** The days-off files of the folder, validated; a file's name must be its year. */
export function loadDaysOff(root = contentRoot()): { daysOff: DaysOff[]; problems: Problem[] } {
  const dir = daysOffDir(root);
  const daysOff: DaysOff[] = [];
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { daysOff, problems };
  for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const file = path.join(dir, name);
    const r = validateYaml(file, readFileSync(file), DaysOff);
    if (!r.ok) problems.push(...r.problems);
    else if (name.replace(/\.ya?ml$/, '') !== String(r.data.year)) {
      problems.push({ file, line: 0, col: 0, path: ['year'], message: `Tệp ngày nghỉ của năm ${r.data.year} phải đặt tên ${r.data.year}.yaml. Hãy đổi tên tệp hoặc sửa "year".` });
    } else daysOff.push(r.data);
  }
  return { daysOff, problems };
}

/**
 * A notice whose kind falls on dates (a reception schedule) and whose period reaches a year
 * without a days-off file: its days that year are moved only off weekends, never off Tết.
 * A warning at the line of its period, not a refusal: the rest of the schedule is right.
 */
export function calendarWarnings(notices: readonly ValidNotice[], daysOff: readonly DaysOff[], root = contentRoot(), read = (file: string) => readFileSync(file, 'utf8')): Problem[] {
  const years = new Set(daysOff.map((d) => d.year));
  const out: Problem[] = [];
  for (const n of notices) {
    const period = kindOf(n.data).period?.(n.data as never);
    if (!period) continue;
    const missing = yearsBetween(period.from, period.until).filter((y) => !years.has(y));
    if (!missing.length) continue;
    const key = String(period.path[0]);
    const lines = read(n.file).split(/\r?\n/);
    const index = lines.findIndex((l) => l.startsWith(`${key}:`));
    const files = missing.map((y) => path.relative(process.cwd(), path.join(daysOffDir(root), `${y}.yaml`))).join(', ');
    out.push({
      file: n.file,
      line: index + 1,
      col: index >= 0 ? 1 : 0,
      path: period.path,
      ...(index >= 0 ? { excerpt: lines[index] } : {}),
      message: `Lịch áp dụng đến năm ${missing.join(', ')} nhưng chưa có tệp ngày nghỉ của năm đó (${files}). Ngày tiếp rơi vào ngày nghỉ lễ, Tết của năm đó sẽ không được dời. Hãy thêm tệp theo văn bản về lịch nghỉ của Thủ tướng Chính phủ, Bộ Nội vụ (hướng dẫn: docs/huong-dan-bien-tap.md, mục 12).`,
    });
  }
  return out;
}

/**
 * Validates the whole content folder: the site's identity, every notice, the checks across
 * notices, and the originals beside them.
 */
export async function loadContent(root = contentRoot(), options: LoadOptions = {}): Promise<Content> {
  const siteFile = siteConfigFile(root);
  let site: SiteConfig | null = null;
  const problems: Problem[] = [];
  try {
    const r = validateYaml(siteFile, readFileSync(siteFile), SiteConfig);
    if (r.ok) site = r.data;
    else problems.push(...r.problems);
  } catch (e) {
    problems.push(readFileProblem(siteFile, e));
  }
  const strings: Record<Lang, Strings> = {};
  for (const lang of site ? siteLanguages(site) : []) {
    const r = loadStrings(root, lang);
    if (r.strings) strings[lang] = r.strings;
    problems.push(...r.problems);
  }
  let files: string[] = [];
  try {
    files = noticeFiles(noticesDir(root));
  } catch (e) {
    problems.push(readFileProblem(noticesDir(root), e));
  }
  // With a valid site.yaml, a translation into a language it does not list is refused.
  const languages = site ? { languages: siteLanguages(site).slice(1) } : {};
  const cache = options.cacheDir ? new ValidationCache(options.cacheDir) : undefined;
  const { notices, problems: noticeProblems } = await validateNotices(files, contentTrustRoots(root), [], languages, cache);
  problems.push(...noticeProblems);
  cache?.save();
  const days = loadDaysOff(root);
  problems.push(...days.problems);
  const warnings = [...notices.flatMap((n) => n.warnings), ...calendarWarnings(notices, days.daysOff, root)];
  if (!problems.length && notices.length === 0) {
    problems.push({ file: noticesDir(root), line: 0, col: 0, path: [], message: `Không có thông báo nào trong ${noticesDir(root)}. Hãy tạo một thông báo: npm run new -- <tên-tệp>.` });
  }
  return { root, site, strings, notices, daysOff: days.daysOff, problems, warnings, ...(cache ? { validation: { checked: cache.checked, reused: cache.reused } } : {}) };
}

const REGISTRY = Symbol.for('thong-bao.content');
/** Promises, so that two callers asking at once share one validation. */
type Registry = Map<string, Promise<Content>>;
const registry = (): Registry => ((globalThis as Record<symbol, Registry>)[REGISTRY] ??= new Map());

/** Validates the folder again and makes the result the current one (after a change in `astro dev`). */
export function reloadContent(root = contentRoot(), options: LoadOptions = {}): Promise<Content> {
  const c = loadContent(root, options);
  registry().set(root, c);
  return c;
}

/** The current validated content of the folder: validated on first use, then the same result. */
export function content(root = contentRoot()): Promise<Content> {
  return registry().get(root) ?? reloadContent(root);
}
