/**
 * The one route by which validated content reaches every output. The content folder
 * (CONTENT_DIR, default `content/`) holds the site's identity (`site.yaml`) and the
 * notices (`notices/*.yaml`); `loadContent` validates all of it once, with every check
 * across files, and the result is kept for the rest of the process:
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
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SiteConfig } from '../schema/site.ts';
import { contentTrustRoots, noticeFiles, readFileProblem, validateNotices, validateYaml, type Problem, type ValidNotice } from './validate.ts';

export interface Content {
  /** The content folder, absolute. */
  root: string;
  site: SiteConfig | null;
  notices: ValidNotice[];
  /** Every problem of every file; the content is publishable only when there is none. */
  problems: Problem[];
}

/** The content folder: CONTENT_DIR, or `content/` in the project. */
export function contentRoot(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}
export const noticesDir = (root = contentRoot()) => path.join(root, 'notices');
export const siteConfigFile = (root = contentRoot()) => path.join(root, 'site.yaml');

/**
 * Validates the whole content folder: the site's identity, every notice, the checks across
 * notices, and the originals beside them.
 */
export async function loadContent(root = contentRoot()): Promise<Content> {
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
  let files: string[] = [];
  try {
    files = noticeFiles(noticesDir(root));
  } catch (e) {
    problems.push(readFileProblem(noticesDir(root), e));
  }
  const { notices, problems: noticeProblems } = await validateNotices(files, contentTrustRoots(root));
  problems.push(...noticeProblems);
  if (!problems.length && notices.length === 0) {
    problems.push({ file: noticesDir(root), line: 0, col: 0, path: [], message: `Không có thông báo nào trong ${noticesDir(root)}. Hãy tạo một thông báo: npm run new -- <tên-tệp>.` });
  }
  return { root, site, notices, problems };
}

const REGISTRY = Symbol.for('thong-bao.content');
/** Promises, so that two callers asking at once share one validation. */
type Registry = Map<string, Promise<Content>>;
const registry = (): Registry => ((globalThis as Record<symbol, Registry>)[REGISTRY] ??= new Map());

/** Validates the folder again and makes the result the current one (after a change in `astro dev`). */
export function reloadContent(root = contentRoot()): Promise<Content> {
  const c = loadContent(root);
  registry().set(root, c);
  return c;
}

/** The current validated content of the folder: validated on first use, then the same result. */
export function content(root = contentRoot()): Promise<Content> {
  return registry().get(root) ?? reloadContent(root);
}
