/**
 * The test sites, each built with the real `npm run build` when a test first needs it, once:
 *  - dist/ (DIST): the site as published (content/);
 *  - the fixture content (FIXTURE_CONTENT): the published notices plus each kind's examples
 *    (src/kinds/<kind>/examples/) and tests/fixtures/site/ (a second notice, and cases that
 *    exercise what one notice alone cannot, among them a notice with a signed original and one
 *    with a scanned original, whose PDFs and trust root are made into it:
 *    tests/support/signing/site-originals.ts);
 *  - the fixture site (FIXTURE_DIST), built from the fixture content;
 *  - the search site (SEARCH_DIST): the published notices plus the second notice only, so a
 *    search test can say exactly which notice a query must find and which it must not;
 *  - the sub-folder site (BASE_DIST): the fixture content under BASE_PATH at another address,
 *    as the Pages workflow deploys it;
 *  - the second-language site (KO_DIST): tests/fixtures/ko-site/, a content folder that adds
 *    Korean with a strings file and translation blocks only.
 *
 * "When a test needs it": tests/support/site-setup.ts (a setup file of the site and command-line
 * projects) reads which of these a test file imports from paths.ts, directly or through a
 * helper of tests/, and calls ensureSites() before the file is loaded; openSite() ensures its
 * site too. So `npx vitest run tests/search` builds the search site and nothing else.
 *
 * "Once": workers build in parallel, and a file lock (.test-results/sites/<name>.lock) makes
 * the second worker that wants a site wait for the first one's build instead of starting its
 * own. A finished build leaves a stamp (.test-results/sites/<name>.json) with the key of what
 * it was built from: a hash of the build's code (src/ but the kinds' examples, which are content;
 * scripts/, public/, the config and the lock file), of the site's content and of the sites it is made from, its environment, and
 * Chromium's program. A later run reuses the site only if the key and the folder are the same
 * (the folder's inode and time: `npm run build` by hand replaces dist/ and so invalidates it);
 * change any input and the next test that needs the site rebuilds it. TEST_REBUILD=1 rebuilds
 * every site a run needs, once; SKIP_SITE_BUILD=1 takes any existing site as it is (quick runs
 * by hand). A failed build fails every test file that needs the site, with the build's output.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { CHROMIUM_PATH } from '../../src/lib/chromium.ts';
import { buildCacheDir } from '../../scripts/lib/cache-dir.ts';
import { BASE_DIST, BASE_PATH, BASE_SITE_URL, CMS_OWNER, CMS_REPO, CONTENT, DIST, FIXTURE_BUILD_EPOCH, FIXTURE_CONTENT, FIXTURE_DIST, FIXTURE_NOTICE_DIRS, FIXTURE_NOTICE_FILES, KIND_EXAMPLES, KO_CONTENT, KO_DIST, ROOT, SEARCH_DIST, SECOND_SLUG, fixtureNotice } from './paths.ts';

const run = promisify(execFile);
const STATE = path.join(ROOT, '.test-results/sites');

export type SiteName = 'dist' | 'fixture-content' | 'fixture-dist' | 'search-dist' | 'base-dist' | 'ko-dist';

interface Site {
  /** The folder the tests read. */
  dir: string;
  /** Sites this one is made from, ensured first. */
  from: SiteName[];
  /** Files and folders (besides the build's code) whose bytes make the site. */
  inputs: string[];
  /** Variables of the build: part of the key. */
  env: Record<string, string>;
  make(): Promise<void>;
}

/** The fixture sites' staff form saves to a repository the tests mock (tests/support/github-mock.ts). */
const EDITOR = { CMS_REPO: `${CMS_OWNER}/${CMS_REPO}` };
/** What every build reads: its code, the packages it runs, and Chromium (it prints the PDFs). */
const BUILD_CODE = ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json', 'tests/support/build-site.ts'];
/** Content inside BUILD_CODE that no build reads: the kinds' examples, an input of the sites that include them. */
const NOT_CODE = new Set(Object.values(KIND_EXAMPLES));

/**
 * The environment of a Vitest worker, without what Vitest adds to it: Vite's `import.meta.env`
 * mirrored into process.env (BASE_URL "/" would override the sub-folder site's base; MODE,
 * DEV, PROD, SSR) and Vitest's own markers, so a test site is built as `npm run build` by hand builds it.
 */
function buildEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const clean = { ...process.env };
  for (const k of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete clean[k];
  if (clean.NODE_ENV === 'test') delete clean.NODE_ENV;
  return { ...clean, ...env };
}

async function npmBuild(env: Record<string, string>) {
  try {
    await run('npm', ['run', '-s', 'build'], { cwd: ROOT, encoding: 'utf8', env: buildEnv(env), maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed (${JSON.stringify(env)}):\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}

function built(dir: string, { from = [], inputs = [], env = {} }: { from?: SiteName[]; inputs?: string[]; env?: Record<string, string> }): Site {
  const all = { OUT_DIR: dir, ...env };
  return {
    dir,
    from,
    inputs,
    env: all,
    make: async () => {
      await sharePrintedPdfs(dir);
      return npmBuild(all);
    },
  };
}

/**
 * Before a test site is built, the PDFs the other test sites' builds printed are copied into
 * its PDF cache (src/outputs/pdf/cache.ts; each build has its own, scripts/lib/cache-dir.ts),
 * as the deploy workflow restores the cache of the last run. The build takes one only where
 * it would print the same: its key is the page's address, metadata and outline, Chromium's
 * version and the printing code, and every file the page loaded must have the same SHA-256
 * now (a copied entry has a new inode, so its PDF is hashed again too). The published notices
 * are pages of the same bytes on the site as published, the search site and the fixture site:
 * whichever of them is built last prints none of them (no Chromium at all for dist and the
 * search site after the fixture site). Entries this build does not use it deletes (prune()).
 * A copy taken while another build rewrites an entry is seen as damaged and printed again.
 * The fixture site holds every PDF the other two print: either of them, wanted while the
 * fixture site (or its content, made first) is being built by any worker, waits for that
 * build rather than printing the same PDFs in parallel; it never starts one.
 */
async function sharePrintedPdfs(dir: string) {
  if (dir === DIST || dir === SEARCH_DIST) {
    // The fixture content is made first, then the fixture site locked: both are waited for.
    for (const name of ['fixture-content', 'fixture-dist']) {
      const lockFile = path.join(STATE, `${name}.lock`);
      if (existsSync(lockFile)) await released(lockFile);
    }
  }
  const to = path.join(buildCacheDir(dir, ROOT), 'pdfs');
  for (const other of Object.values(SITES)) {
    const from = path.join(buildCacheDir(other.dir, ROOT), 'pdfs');
    if (other.dir === dir || !existsSync(from)) continue;
    for (const pdf of readdirSync(from).filter((f) => f.endsWith('.pdf'))) {
      const header = `${pdf}-entry`;
      if (existsSync(path.join(to, pdf)) || existsSync(path.join(to, header))) continue;
      mkdirSync(to, { recursive: true });
      try {
        // The PDF first, then its header: a header is never beside another PDF than its own.
        copyFileSync(path.join(from, pdf), path.join(to, pdf));
        copyFileSync(path.join(from, header), path.join(to, header));
      } catch {
        // Pruned by its own build meanwhile: this one prints it.
        rmSync(path.join(to, pdf), { force: true });
        rmSync(path.join(to, header), { force: true });
      }
    }
  }
}

const SEARCH_CONTENT = path.join(ROOT, '.test-results/search-content');

export const SITES: Record<SiteName, Site> = {
  dist: built(DIST, { inputs: [CONTENT] }),
  'fixture-content': {
    dir: FIXTURE_CONTENT,
    from: [],
    inputs: [CONTENT, ...FIXTURE_NOTICE_DIRS, 'tests/support/signing'],
    env: {},
    async make() {
      contentFolder(FIXTURE_CONTENT, () => true);
      const { writeSiteOriginals } = await import('./signing/site-originals.ts');
      await writeSiteOriginals(FIXTURE_CONTENT);
    },
  },
  'fixture-dist': built(FIXTURE_DIST, { from: ['fixture-content'], env: { CONTENT_DIR: FIXTURE_CONTENT, SOURCE_DATE_EPOCH: FIXTURE_BUILD_EPOCH, ...EDITOR } }),
  'search-dist': {
    ...built(SEARCH_DIST, { inputs: [CONTENT, fixtureNotice(SECOND_SLUG)], env: { CONTENT_DIR: SEARCH_CONTENT } }),
    async make() {
      contentFolder(SEARCH_CONTENT, (f) => f === `${SECOND_SLUG}.yaml`);
      await sharePrintedPdfs(SEARCH_DIST);
      await npmBuild({ OUT_DIR: SEARCH_DIST, CONTENT_DIR: SEARCH_CONTENT });
    },
  },
  'base-dist': built(BASE_DIST, { from: ['fixture-content'], env: { CONTENT_DIR: FIXTURE_CONTENT, BASE_PATH, SITE_URL: BASE_SITE_URL, SOURCE_DATE_EPOCH: FIXTURE_BUILD_EPOCH, ...EDITOR } }),
  'ko-dist': built(KO_DIST, { inputs: [KO_CONTENT], env: { CONTENT_DIR: KO_CONTENT, ...EDITOR } }),
};


/** The name of paths.ts's constant for each site, as test files import it. */
export const SITE_OF_PATH: Record<string, SiteName> = {
  DIST: 'dist',
  FIXTURE_CONTENT: 'fixture-content',
  FIXTURE_DIST: 'fixture-dist',
  SEARCH_DIST: 'search-dist',
  BASE_DIST: 'base-dist',
  KO_DIST: 'ko-dist',
};

/** The site a folder is, if it is one of them. */
export function siteOfDir(dir: string): SiteName | undefined {
  const abs = path.resolve(dir);
  return (Object.keys(SITES) as SiteName[]).find((n) => SITES[n].dir === abs);
}

const TESTS = path.join(ROOT, 'tests');
const PATHS = path.join(TESTS, 'support/paths.ts');
/** Modules that name every site without reading any. */
const NOT_READERS = new Set([PATHS, path.join(TESTS, 'support/build-site.ts'), path.join(TESTS, 'support/site-setup.ts')]);

/** The sites a module and the modules of tests/ it imports name from paths.ts. */
export function sitesRead(file: string, seen = new Set<string>()): Set<SiteName> {
  const sites = new Set<SiteName>();
  if (seen.has(file)) return sites;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g)) {
    const target = path.resolve(path.dirname(file), m[2]!);
    if (target === PATHS) {
      for (const name of m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!)) if (SITE_OF_PATH[name]) sites.add(SITE_OF_PATH[name]);
    }
  }
  for (const m of source.matchAll(/(?:import|export)\s[^;]*?from\s+'(\.[^']+\.ts)'/g)) {
    const target = path.resolve(path.dirname(file), m[1]!);
    if (target.startsWith(TESTS + path.sep) && !NOT_READERS.has(target)) for (const s of sitesRead(target, seen)) sites.add(s);
  }
  return sites;
}

/** A content folder at `root`: the published content plus the fixture notices (FIXTURE_NOTICE_FILES) whose file name `extra` keeps. */
export function contentFolder(root: string, extra: (file: string) => boolean): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(CONTENT, root, { recursive: true });
  for (const file of FIXTURE_NOTICE_FILES.filter((f) => extra(path.basename(f)))) {
    const to = path.join(root, 'notices', path.basename(file));
    // Two notices of one name, in two folders: one would silently replace the other.
    if (existsSync(to)) throw new Error(`${path.relative(ROOT, file)}: a notice of this name is already in the content folder (${path.relative(root, to)})`);
    cpSync(file, to);
  }
  return root;
}

/** Ensures each site is built and current (see above); builds what is missing, in parallel. */
export async function ensureSites(names: Iterable<SiteName>): Promise<void> {
  await Promise.all([...new Set(names)].map((n) => ensureSite(n)));
}

const pending = new Map<SiteName, Promise<string>>();

/** Resolves once the site is built and current, with what identifies this build of it (its key and folder). */
export function ensureSite(name: SiteName): Promise<string> {
  let p = pending.get(name);
  if (!p) {
    p = ensure(name);
    pending.set(name, p);
    p.catch(() => pending.delete(name));
  }
  return p;
}

interface Stamp {
  key: string;
  folder: string;
  run?: string;
  failed?: string;
  /** How long it took to make. */
  seconds?: number;
}

async function ensure(name: SiteName): Promise<string> {
  const site: Site = SITES[name];
  const fromKeys = await Promise.all(site.from.map((n) => ensureSite(n)));
  const stampFile = path.join(STATE, `${name}.json`);
  if (process.env.SKIP_SITE_BUILD === '1' && existsSync(site.dir)) return 'as-is';
  const key = hashOf(name, site, fromKeys);
  const runId = testRun();
  const current = (): Stamp | undefined => {
    const stamp = readStamp(stampFile);
    if (stamp?.failed && stamp.key === key && stamp.run === runId) throw new Error(`${name}: ${stamp.failed}`);
    if (process.env.TEST_REBUILD === '1' && stamp?.run !== runId) return undefined;
    return stamp && !stamp.failed && stamp.key === key && stamp.folder === folderId(site.dir) ? stamp : undefined;
  };
  const done = current();
  if (done) return `${key}@${done.folder}`;
  const release = await lock(path.join(STATE, `${name}.lock`));
  try {
    const done = current(); // another worker may have built it while this one waited
    if (done) return `${key}@${done.folder}`;
    const started = Date.now();
    try {
      await site.make();
    } catch (e) {
      writeStamp(stampFile, { key, folder: '', run: runId, failed: (e as Error).message });
      throw e;
    }
    const folder = folderId(site.dir);
    const seconds = Math.round((Date.now() - started) / 1000);
    writeStamp(stampFile, { key, folder, run: runId, seconds });
    console.log(`test site ${name}: built in ${seconds} s (${path.relative(ROOT, site.dir)})`);
    return `${key}@${folder}`;
  } finally {
    release();
  }
}

function readStamp(file: string): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

function writeStamp(file: string, stamp: Stamp) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(stamp));
}

/** Which folder is there now: a build puts a new one in place (new inode), a copy changes its time. */
function folderId(dir: string): string {
  if (!existsSync(dir)) return '';
  const s = statSync(dir);
  return `${s.ino}:${s.mtimeMs}`;
}

function hashOf(name: string, site: Site, fromKeys: string[]): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ name, env: site.env, fromKeys, chromium: chromiumId(), epoch: process.env.SOURCE_DATE_EPOCH ?? '' }));
  for (const input of BUILD_CODE) hashTree(h, path.resolve(ROOT, input), NOT_CODE);
  for (const input of site.inputs) hashTree(h, path.resolve(ROOT, input));
  return h.digest('hex');
}

function chromiumId(): string {
  try {
    const s = statSync(CHROMIUM_PATH);
    return `${CHROMIUM_PATH}:${s.size}:${s.mtimeMs}`;
  } catch {
    return `${CHROMIUM_PATH}: missing`;
  }
}

function hashTree(h: ReturnType<typeof createHash>, p: string, skip: ReadonlySet<string> = new Set()) {
  if (skip.has(p)) return;
  if (!existsSync(p)) return void h.update(`${p}\0missing\0`);
  if (statSync(p).isDirectory()) {
    for (const f of readdirSync(p).sort()) hashTree(h, path.join(p, f), skip);
    return;
  }
  h.update(`${path.relative(ROOT, p)}\0`);
  h.update(readFileSync(p));
  h.update('\0');
}

/** A lock between processes: a file made exclusively; a holder that died leaves it free. */
async function lock(file: string): Promise<() => void> {
  mkdirSync(path.dirname(file), { recursive: true });
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = holderOf(file);
    if (holder && !alive(holder)) {
      rmSync(file, { force: true });
      continue;
    }
    await released(file);
  }
}

function holderOf(file: string): number {
  try {
    return Number(readFileSync(file, 'utf8').trim() || 0);
  } catch {
    return 0; // gone, or not yet written
  }
}

/** This run of Vitest (tests/support/global-setup.ts), so that TEST_REBUILD=1 rebuilds once per run. */
function testRun(): string {
  try {
    return inject('testRun') ?? '';
  } catch {
    return '';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Resolves when the lock file goes (or its holder dies); checked on every change in its folder. */
async function released(file: string): Promise<void> {
  const { watch } = await import('node:fs');
  await new Promise<void>((resolve) => {
    const done = () => {
      watcher.close();
      clearInterval(check);
      resolve();
    };
    const watcher = watch(path.dirname(file), () => !existsSync(file) && done());
    // A holder killed without removing its file is seen by its pid, not by an event.
    const check = setInterval(() => {
      if (!existsSync(file)) return done();
      const holder = holderOf(file);
      if (holder && !alive(holder)) done();
    }, 1000);
    if (!existsSync(file)) done();
  });
}
