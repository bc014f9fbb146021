/**
 * A rebuild is never wrong: after one notice changed, the site rebuilt from the caches
 * (Astro's incremental build, the PDF cache, the search index's, validation's) is exactly,
 * byte for byte, the site a fresh build of the same content gives in another folder; a damaged
 * PDF cache entry (even one whose size and modification time were kept), a damaged search index
 * or validation cache is detected and made again; a change to the print stylesheet or to a
 * strings file renders and prints again the pages and PDFs it affects; so does a change to the
 * middleware; a change to the indexing code indexes again, to the schema validates again.
 *
 * The builds run in a copy of the project (its files, the same node_modules), so that the
 * test can edit a stylesheet and a strings file without touching the work tree. Real
 * builds, run as child processes: a few minutes on the shared 2-core machine.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCacheDir } from '../../scripts/lib/cache-dir.ts';
import { CONTENT, ROOT, SECOND_SLUG, SEED_SLUG, SEED_YAML, fixtureNotice } from '../support/paths.ts';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'incremental-'));
const project = path.join(work, 'project');
const content = path.join(work, 'content');
const SECOND_YAML = fixtureNotice(SECOND_SLUG);

/** The project's files (tracked or new, as they are in the work tree), with the work tree's node_modules. */
async function copyProject() {
  const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, maxBuffer: 1 << 24 });
  for (const file of stdout.split('\0').filter(Boolean)) {
    if (/^(tests|docs|bench)\//.test(file) || !existsSync(path.join(ROOT, file))) continue;
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    copyFileSync(path.join(ROOT, file), path.join(project, file));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'));
}

interface Build {
  /** The pages Astro copied from its cache instead of rendering. */
  restored: string[];
  printed: number;
  reused: number;
  damaged: number;
  /** PDF cache entries whose SHA-256 was checked (the others were trusted by their file's state). */
  hashed: number;
  /** Languages whose search index came from the cache. */
  searchReused: number;
  /** Notice files validated, and taken from the validation cache. */
  validated: number;
  validationReused: number;
}

/** `npm run build` of the copy into `outDir` (the same clock for every build). */
async function build(outDir: string, env: Record<string, string> = { PDF_REQUIRED: '1' }): Promise<Build> {
  const { stdout, stderr } = await run(process.execPath, ['scripts/build.ts'], {
    cwd: project,
    maxBuffer: 1 << 26,
    env: { ...process.env, OUT_DIR: outDir, CONTENT_DIR: content, SOURCE_DATE_EPOCH: '1780000000', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
  });
  const log = stdout + stderr;
  const search = /Chỉ mục tìm kiếm: \d+ trang, \d+ ngôn ngữ \((\d+) dùng lại từ bộ nhớ đệm\)/.exec(log);
  const validation = /Kiểm tra nội dung: (\d+) tệp thông báo được kiểm tra, (\d+) tệp không đổi/.exec(log);
  if (!search || !validation) throw new Error(`no search index or validation line in the build's output:\n${log}`);
  const caches = { searchReused: Number(search[1]), validated: Number(validation[1]), validationReused: Number(validation[2]) };
  const restored = [...log.matchAll(/(\S+) \(restored\)/g)].map((m) => m[1]!);
  if (env.CHROMIUM_PATH) return { restored, printed: 0, reused: 0, damaged: 0, hashed: 0, ...caches };
  const pdfs = /(\d+) bản in mới, (\d+) bản dùng lại từ bộ nhớ đệm(?: \((\d+) bản trong bộ nhớ đệm bị hỏng, đã in lại\))?; mã SHA-256 của (\d+) bản/.exec(log);
  if (!pdfs) throw new Error(`no PDF line in the build's output:\n${log}`);
  return { restored, printed: Number(pdfs[1]), reused: Number(pdfs[2]), damaged: Number(pdfs[3] ?? 0), hashed: Number(pdfs[4]), ...caches };
}

/** Every file of a built site, with the SHA-256 of its bytes. */
function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

function edit(file: string, from: string | RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file}: nothing to change`);
  writeFileSync(file, next);
}

const site = path.join(work, 'site');
const fresh = path.join(work, 'fresh');
let first: Build;
let afterEdit: Build;

beforeAll(async () => {
  await copyProject();
  mkdirSync(path.join(content, 'notices'), { recursive: true });
  cpSync(path.join(CONTENT, 'site.yaml'), path.join(content, 'site.yaml'));
  cpSync(SEED_YAML, path.join(content, 'notices', path.basename(SEED_YAML)));
  cpSync(SECOND_YAML, path.join(content, 'notices', path.basename(SECOND_YAML)));
  first = await build(site);
  // One notice changes: the start of its subject.
  edit(path.join(content, 'notices', path.basename(SECOND_YAML)), /^subject: /m, 'subject: Sửa đổi – ');
  afterEdit = await build(site);
}, 900_000);

afterAll(() => {
  for (const out of [site, fresh]) rmSync(buildCacheDir(out, project), { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('a rebuild after one notice changed', () => {
  it('printed every PDF the first time (three: the seed in Vietnamese and English, the second notice), indexed and validated everything', () => {
    expect(first).toMatchObject({ printed: 3, reused: 0, damaged: 0, searchReused: 0, validated: 2, validationReused: 0 });
    expect(first.restored).toEqual([]);
  });

  it("records in each PDF's cache entry only the files its own page used: none of another notice's, so entries do not grow with the site", () => {
    const dir = path.join(buildCacheDir(site, project), 'pdfs');
    const entries = readdirSync(dir).filter((f) => f.endsWith('.pdf-entry'));
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      const bytes = readFileSync(path.join(dir, entry));
      const header = JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString('utf8')) as { loaded: [string, string | null][] };
      const urls = header.loaded.map(([url]) => new URL(url).pathname);
      // The page itself, its QR code beside it, the stylesheets and fonts every notice page shares.
      const notices = new Set(urls.flatMap((u) => /^(\/en)?\/thong-bao\/([^/]+)\//.exec(u)?.slice(1, 3).join('') ?? []));
      expect(notices.size, `${entry}: ${urls.join(' ')}`).toBe(1);
      expect(urls.some((u) => u.endsWith('/ma-qr.svg'))).toBe(true);
      expect(urls.some((u) => u.endsWith('.woff2'))).toBe(true);
      expect(header.loaded.every(([, sha256]) => sha256 !== null)).toBe(true);
    }
  });

  it('validates again only the changed file, trusts the PDF entries it wrote itself, and indexes again (the changed subject is in both languages\' records)', () => {
    expect(afterEdit).toMatchObject({ validated: 1, validationReused: 1, hashed: 0, searchReused: 0 });
    const index = path.join(site, 'pagefind', 'pagefind-entry.json');
    expect(JSON.parse(readFileSync(index, 'utf8')).languages.vi.page_count).toBe(3);
  });

  it("prints again only the changed notice's PDF, and renders again only its pages and the pages listing every notice", () => {
    expect(afterEdit).toMatchObject({ printed: 1, reused: 2, damaged: 0 });
    expect(afterEdit.restored).toEqual(
      expect.arrayContaining([`/thong-bao/${SEED_SLUG}/index.html`, `/en/thong-bao/${SEED_SLUG}/index.html`, `/thong-bao/${SEED_SLUG}/ban-in/index.html`]),
    );
    for (const changed of [
      `/thong-bao/${SECOND_SLUG}/index.html`,
      `/thong-bao/${SECOND_SLUG}/ban-in/index.html`,
      `/en/thong-bao/${SECOND_SLUG}/index.html`,
      '/index.html',
      '/tim-kiem/index.html',
      '/rss.xml',
      '/duong-day-nong/index.html',
      '/en/index.html',
    ]) {
      expect(afterEdit.restored).not.toContain(changed);
    }
    expect(readFileSync(path.join(site, 'thong-bao', SECOND_SLUG, 'index.html'), 'utf8')).toContain('Sửa đổi –');
  });

  it('gives exactly the files of a fresh build of the same content in another folder, PDFs included', async () => {
    const clean = await build(fresh);
    expect(clean).toMatchObject({ printed: 3, reused: 0 });
    const rebuilt = files(site);
    expect(Object.keys(rebuilt).filter((f) => f.endsWith('.pdf'))).toHaveLength(3);
    expect(rebuilt).toEqual(files(fresh));
  }, 600_000);
});

describe("a build run by a test runner (NODE_ENV=test, where Vite's import.meta.env.DEV is true) and no editor repository", () => {
  it('publishes every page with its policy, and no staff form saving to a placeholder repository', () => {
    expect(process.env.NODE_ENV).toBe('test');
    expect(process.env.CMS_REPO).toBeUndefined();
    const admin = readFileSync(path.join(site, 'admin', 'index.html'), 'utf8');
    expect(admin).not.toContain('data-repo=');
    expect(admin).toContain('Trang biên tập chưa được cấu hình');
    for (const page of [`thong-bao/${SEED_SLUG}/index.html`, 'index.html', 'admin/index.html']) {
      expect(readFileSync(path.join(site, page), 'utf8'), page).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*default-src/);
    }
  });
});

describe('the caches', () => {
  it('detect a damaged or cut-short PDF entry, print it again and publish the right file; a damaged search index or validation cache too', async () => {
    const cacheDir = buildCacheDir(site, project);
    const dir = path.join(cacheDir, 'pdfs');
    const entries = readdirSync(dir).filter((f) => f.endsWith('.pdf-entry'));
    expect(entries).toHaveLength(3);
    // A byte of one PDF changed (a disk error), its size and modification time kept as they were
    // (only the change time, which no program can set back, tells); another entry cut short.
    // An entry is its header (`.pdf-entry`) and its PDF (`.pdf`, copied into the output by the kernel when trusted).
    const damaged = path.join(dir, entries[0]!.replace(/\.pdf-entry$/, '.pdf'));
    const { atime, mtime } = statSync(damaged);
    const bytes = readFileSync(damaged);
    bytes[bytes.length - 100] ^= 0xff;
    writeFileSync(damaged, bytes);
    utimesSync(damaged, atime, mtime);
    const cut = path.join(dir, entries[1]!.replace(/\.pdf-entry$/, '.pdf'));
    writeFileSync(cut, readFileSync(cut).subarray(0, 2000));
    // One language's search index: a byte in the middle of its files changed. The validation cache: cut short.
    const viPack = path.join(cacheDir, 'search', 'vi.pack');
    const index = readFileSync(viPack);
    index[index.length >> 1] ^= 0xff;
    writeFileSync(viPack, index);
    const validation = path.join(cacheDir, 'validation.bin');
    writeFileSync(validation, readFileSync(validation).subarray(0, 100));

    const again = await build(site);
    expect(again).toMatchObject({ printed: 2, reused: 1, damaged: 2, searchReused: 1, validated: 2, validationReused: 0 });
    expect(files(site)).toEqual(files(fresh));
  }, 600_000);

  it("take every language's index and every file's validation from the cache when nothing changed", async () => {
    const again = await build(site);
    expect(again).toMatchObject({ printed: 0, reused: 3, damaged: 0, hashed: 0, searchReused: 2, validated: 0, validationReused: 2 });
    expect(files(site)).toEqual(files(fresh));
  }, 600_000);

  it('index every language again when the indexing code changes, and validate every file again when a schema changes', async () => {
    edit(path.join(project, 'src/outputs/search-index.ts'), /$/, '\n// incremental test\n');
    edit(path.join(project, 'src/schema/fields.ts'), /$/, '\n// incremental test\n');
    const again = await build(site);
    expect(again).toMatchObject({ searchReused: 0, validated: 2, validationReused: 0 });
    expect(files(site)).toEqual(files(fresh));
  }, 600_000);

  it('render and print again every notice page and PDF when the print stylesheet changes', async () => {
    edit(path.join(project, 'src/styles/print.css'), /$/, '\n.incremental-test-rule { letter-spacing: 0.01em; }\n');
    const again = await build(site);
    expect(again).toMatchObject({ printed: 3, reused: 0 });
    // Every notice page and print preview (the QR code beside each, ma-qr.svg, is no page: src/outputs/downloads.ts).
    expect(again.restored.filter((p) => p.includes('/thong-bao/'))).toEqual([]);
  }, 600_000);

  it('render every page again when the middleware changes, which no page imports', async () => {
    // The middleware gives every page its data and rewrites its policy; Astro's hash of a page's
    // code leaves it out, so the pages' keys name it (src/outputs/page-keys.ts).
    edit(path.join(project, 'src/model/route-middleware.ts'), /$/, '\n// incremental test\n');
    const again = await build(site);
    expect(again.restored.filter((p) => p.endsWith('.html'))).toEqual([]);
  }, 600_000);

  it('print again every English PDF when the English strings change, and no Vietnamese one', async () => {
    // The skip link's words: on every English page, in no Vietnamese one. The built-in strings
    // file is a module every page imports, so Astro renders every page again; the Vietnamese
    // pages come out the same bytes, so their PDFs are reused. (A content folder's strings
    // file, content/i18n/<lang>.json, is data: it changes only its language's pages' keys.)
    edit(path.join(project, 'src/i18n/en.json'), '"Skip to main content"', '"Skip to main content (test)"');
    const again = await build(site);
    expect(again).toMatchObject({ printed: 1, reused: 2 });
    expect(readFileSync(path.join(site, 'en', 'index.html'), 'utf8')).toContain('Skip to main content (test)');
    expect(readFileSync(path.join(site, 'index.html'), 'utf8')).not.toContain('(test)');
  }, 600_000);

  it('never copy into a build without Chromium a page that links a PDF', async () => {
    const again = await build(site, { CHROMIUM_PATH: path.join(work, 'khong-co-chromium') });
    expect(again.restored.filter((p) => p.includes('/thong-bao/'))).toEqual([]);
    for (const page of [`thong-bao/${SEED_SLUG}/index.html`, `en/thong-bao/${SEED_SLUG}/index.html`, `thong-bao/${SECOND_SLUG}/index.html`]) {
      const html = readFileSync(path.join(site, page), 'utf8');
      expect(html, page).not.toContain('<!--pdf');
      expect(html, page).not.toMatch(/href="[^"]+\.pdf"/);
    }
  }, 600_000);

  it("print no other notice's PDF again when a notice is deleted", async () => {
    rmSync(path.join(content, 'notices', path.basename(SECOND_YAML)));
    const again = await build(site);
    expect(again).toMatchObject({ printed: 0, reused: 2, damaged: 0 });
    expect(existsSync(path.join(site, 'thong-bao', SECOND_SLUG))).toBe(false);
  }, 600_000);
});
