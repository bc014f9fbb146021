/**
 * `npm run bench`: what a notice costs to build and to load, side by side with the floor.
 *
 * For N = 10, 100, 1000 synthetic notices (bench/lib/synthetic.ts; written under
 * bench/out/, never into content/) it measures, several times and interleaved with the
 * floor (a bare Astro site with the same text as plain paragraphs, bench/floor/; and the same
 * floor publishing as many pages as ours does, "floor-same"):
 *  - the whole build: `node scripts/build.ts` (validation, Astro, its integrations: vCards
 *    and open data, the search index; the swap), as `npm run build` runs it;
 *  - the CPU of each phase of the whole build, ours and the floor's (BUILD_PHASES);
 *  - validation against just parsing the same YAML;
 *  - the gzipped weight of each page's first render against the notice's text;
 *  - the seed notice page as `npm run build` makes it, against issue 23's budget for its HTML,
 *    part by part (a size, not a time).
 * It prints the tables and writes them to bench/results.md with the machine's description.
 *
 * Then, at N = BENCH_REBUILD_N (1000) notices translated into English: a fresh build with
 * every PDF, the rebuild after nothing changed and the rebuild after one notice changed
 * (Astro's incremental build and the PDF cache), each against floor-same.
 *
 * Options: --quick (N = 10 and 100, one run; rebuilds at N = 10), BENCH_RUNS=<n>,
 * BENCH_SIZES=10,100,1000, BENCH_REBUILD_N=<n> (0: none), BENCH_REBUILD_PDF=0 (the rebuilds at
 * BENCH_REBUILD_N built without Chromium, so without PDFs: the fresh build against floor-same in
 * minutes instead of the quarter of an hour its 2N PDFs take), BENCH_PAIRS=<k> (after the rebuilds,
 * k more fresh builds without PDFs at BENCH_REBUILD_N, each paired with a floor-same build, the
 * order alternating: the median of the k paired ratios and their spread, since one pair moves with
 * the machine's load; ≈ 45 s a pair at N = 1000), BENCH_SETTLE=<s> (a pause before each rebuild and before
 * the pairs, so that the deletion the build before ended with is not measured in the next: see SETTLE).
 * The whole default run takes about two minutes on the 2-core build machine.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { HotlineFile as Notice } from '../src/kinds/hotline/index.ts';
import { validateSource } from '../src/pipeline/validate.ts';
import { syntheticNotice, syntheticSlug, syntheticTranslation, textsOf, toYaml, vocabulary } from './lib/synthetic.ts';
import { measure, sequence, type Sample } from './lib/measure.ts';
import { formatMiB, formatMs, formatRatio, gzipBytes, median, table } from './lib/stats.ts';
import { htmlParts, NOTICE_HTML_BUDGET, pageWeight, type PageWeight } from './lib/weight.ts';
import { gzipSync } from 'node:zlib';
import { machineDescription } from './lib/machine.ts';
import { OUTSIDE, phaseMedians } from './lib/phases.ts';
import { PHASES_ENV, type Phase } from '../scripts/lib/build-phases.ts';
import { PDF_PHASE } from '../src/integrations/pdfs.ts';
import { buildCacheDir } from '../scripts/lib/cache-dir.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench/out');
const FLOOR = path.join(ROOT, 'bench/floor');
const SEED = path.join(ROOT, 'content/notices/duong-day-nong-2026-05.yaml');
const BIN = path.join(ROOT, 'node_modules/.bin');

const quick = process.argv.includes('--quick');
const runs = Number(process.env.BENCH_RUNS ?? (quick ? 1 : 3));
const sizes = (process.env.BENCH_SIZES ?? (quick ? '10,100' : '10,100,1000')).split(',').filter(Boolean).map(Number);
const REBUILD_N = Number(process.env.BENCH_REBUILD_N ?? (quick ? 10 : 1000));
const env = { ...process.env, PATH: `${BIN}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' };
/**
 * Above this N the builds print no PDF: they are told Chromium is missing (the build's own
 * path for a machine without it, which drops the PDF links), because printing costs ≈ 0.3 s
 * of CPU per notice and would make one run at N = 1000 last many minutes. The PDF phase's
 * growth is measured up to here; above it the table of PDFs says it was not printed.
 */
const PDF_MAX = Number(process.env.BENCH_PDF_MAX ?? 100);
/** BENCH_REBUILD_PDF=0: the rebuild section's builds are told Chromium is missing, as those above PDF_MAX. */
const REBUILD_PDF = process.env.BENCH_REBUILD_PDF !== '0';
/** BENCH_PAIRS: more pairs of a fresh build without PDFs and floor-same at REBUILD_N (see the header). */
const PAIRS = Number(process.env.BENCH_PAIRS ?? 0);
/**
 * BENCH_SETTLE=<s>: seconds to wait before each rebuild and before the pairs. A rebuild ends by deleting the site
 * it replaced (≈ 13,000 files at N = 1000), and on this disk (ext4 without a journal, see README.md) files created
 * within five minutes of a large deletion cost several times the system time: without a pause the next build
 * measures that as much as itself. A deploy builds minutes or hours apart, on a fresh runner.
 */
const SETTLE = Number(process.env.BENCH_SETTLE ?? 0);
const settle = async () => {
  if (SETTLE <= 0) return;
  process.stdout.write(`(chờ ${SETTLE} s cho ổ đĩa) `);
  await new Promise((r) => setTimeout(r, SETTLE * 1000));
};
const NO_CHROMIUM = path.join(OUT, 'no-chromium');
const startedAt = new Date();
const loadBefore = os.loadavg()[0]!;
const t0 = performance.now();

interface Data {
  /** The content folder: site.yaml and notices/. */
  content: string;
  notices: string;
  floorText: string;
  /** The floor's text for every page ours publishes per notice (see samePages()). */
  floorSameText: string;
  /** slug → gzipped bytes of the notice's text alone. */
  textGz: Map<string, number>;
}

interface Results {
  ours: { whole: Sample[] };
  floor: { whole: Sample[]; astro: Sample[]; pagefind: Sample[] };
  /** The floor publishing the same pages as ours (samePages()). */
  floorSame: { whole: Sample[] };
  /** Paired per-run ratios ours / floor for the whole pipeline. */
  wallRatio: number[];
  cpuRatio: number[];
  /** The same CPU ratio with ours' PDF phase taken out (the floor prints nothing). */
  cpuRatioNoPdf: number[];
  /** ours without its PDF phase / the floor publishing the same pages, per run. */
  cpuRatioSameNoPdf: number[];
  parse: { parseMs: number; validateMs: number; firstValidateMs: number }[];
  /** Each whole run's phases (scripts/lib/build-phases.ts), as the build recorded them. */
  phases: { ours: Phase[][]; floor: Phase[][] };
}

/** Where a build writes its phases (BUILD_PHASES), and reading them back. */
const phasesFile = (n: number, side: string) => path.join(OUT, 'logs', `${n}-${side}-phases.json`);
const readPhases = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Phase[];
/** The floor's search index runs as its own command: its sample is its phase. */
const SEARCH_PHASE = 'search index (Pagefind, its binary included)';

/** Writes N synthetic notices and the floor's text for them; checks a sample is valid. */
function prepare(n: number, translated = false): Data {
  const dir = path.join(OUT, 'data', translated ? `${n}-en` : String(n));
  const content = path.join(dir, 'content');
  const notices = path.join(content, 'notices');
  const floorText = path.join(dir, 'floor');
  const floorSameText = path.join(dir, 'floor-same');
  discard(dir);
  mkdirSync(notices, { recursive: true });
  mkdirSync(floorText, { recursive: true });
  mkdirSync(path.join(floorSameText, 'en'), { recursive: true });
  copyFileSync(path.join(ROOT, 'content/site.yaml'), path.join(content, 'site.yaml'));
  const seed = parse(readFileSync(SEED, 'utf8')) as Notice;
  const vocab = vocabulary(seed);
  const textGz = new Map<string, number>();
  for (let i = 1; i <= n; i++) {
    const notice = syntheticNotice(seed, i, vocab);
    if (translated) notice.translations = { en: syntheticTranslation(seed, notice, i) };
    const slug = syntheticSlug(i);
    const file = path.join(notices, `${slug}.yaml`);
    const yaml = toYaml(notice);
    writeFileSync(file, yaml);
    // The floor page: the same strings, one plain paragraph each (subject first, as title).
    const paragraphs = [notice.subject, ...textsOf(notice)].map((s) => s.replace(/\s+/g, ' ').trim());
    writeFileSync(path.join(floorText, `${slug}.txt`), paragraphs.join('\n'));
    for (const page of samePages(slug, translated)) {
      mkdirSync(path.dirname(path.join(floorSameText, page)), { recursive: true });
      writeFileSync(path.join(floorSameText, page), paragraphs.join('\n'));
    }
    textGz.set(slug, gzipBytes(textsOf(notice).join('\n')));
    // The whole set is validated by every build below; this catches a broken generator early.
    if (i === 1 || i === n || i % 97 === 0) {
      const r = validateSource(file, Buffer.from(yaml));
      if (!r.ok) throw new Error(`synthetic notice ${i} is invalid:\n${JSON.stringify(r.problems, null, 2)}`);
    }
  }
  return { content, notices, floorText, floorSameText, textGz };
}

/**
 * The pages ours publishes for each notice, as the floor's text files (bench/floor/src/pages.ts):
 * the notice page, its print preview (not in the search index) and its English page (the
 * synthetic notices have no translation: the English page gives the notice's own strings
 * with English labels; the floor gives the same strings). The report prints both sites' page
 * counts, so that a page added to ours and not here shows.
 */
function samePages(slug: string, translated = false): string[] {
  // A translated notice has an English print preview too.
  return [`${slug}.txt`, path.join(slug, 'in.noindex.txt'), path.join('en', `${slug}.txt`), ...(translated ? [path.join('en', slug, 'in.noindex.txt')] : [])];
}

/**
 * Old outputs are moved aside, not deleted, until the benchmark ends. This disk is ext4
 * without a journal: there the kernel skips every inode freed in the last 60–300 s when it
 * allocates a new one (`recently_deleted` in ext4's inode allocator), re-scanning them for
 * each file created. Deleting a site of 8,000 files just before building the next one made
 * that build pay 3–6 s of system time at N = 1000 (perf: 30 % of all CPU samples in
 * `recently_deleted`), a cost of the benchmark's own clean-up that a build on a fresh
 * checkout never pays, and it fell 5× harder on ours (about 8 files and folders per
 * notice) than on the floor (2).
 */
const TRASH = path.join(OUT, 'trash');
/** This run's own corner of the trash (an interrupted run may have left its own behind). */
const trashRun = path.join(TRASH, String(process.pid));
let trashed = 0;
function discard(dir: string) {
  if (!existsSync(dir)) return;
  mkdirSync(trashRun, { recursive: true });
  renameSync(dir, path.join(trashRun, `${trashed++}-${path.basename(dir)}`));
}
const clean = (dir: string) => {
  for (const d of [dir, `${dir}.staging`, `${dir}.previous`]) discard(d);
};

async function ours(n: number, data: Data, res: Results): Promise<Sample> {
  const site = path.join(OUT, 'sites', String(n), 'ours');
  clean(site);
  // A first build: without the caches a previous run left (Astro's incremental pages, the PDFs).
  discard(buildCacheDir(site));
  const log = (what: string) => ({ log: path.join(OUT, 'logs', `${n}-ours-${what}.log`) });
  const build = await measure(path.join(BIN, 'node'), ['scripts/build.ts'], {
    cwd: ROOT,
    env: { ...env, CONTENT_DIR: data.content, OUT_DIR: site, [PHASES_ENV]: phasesFile(n, 'ours'), ...(n > PDF_MAX ? { CHROMIUM_PATH: NO_CHROMIUM } : {}) },
    ...log('build'),
  });
  res.phases.ours.push(readPhases(phasesFile(n, 'ours')));
  // The build writes the search index itself: a build without one is a broken build.
  if (!existsSync(path.join(site, 'pagefind', 'pagefind-entry.json'))) throw new Error(`no search index in ${site}`);
  return build;
}

/** Builds a floor site from `textDir` (Astro, then `pagefind --site`, as the floor always was). */
async function floorBuild(n: number, side: string, textDir: string): Promise<{ whole: Sample; astro: Sample; pagefind: Sample; phases: Phase[] }> {
  const site = path.join(OUT, 'sites', String(n), side);
  clean(site);
  const log = (what: string) => ({ log: path.join(OUT, 'logs', `${n}-${side}-${what}.log`) });
  // `astro build --outDir <site>`, through Astro's API so that its phases are recorded.
  const astro = await measure(path.join(BIN, 'node'), ['build.ts', site], {
    cwd: FLOOR,
    env: { ...env, FLOOR_TEXT_DIR: textDir, [PHASES_ENV]: phasesFile(n, side) },
    ...log('astro'),
  });
  const pagefind = await measure(path.join(BIN, 'pagefind'), ['--site', site], { env, ...log('pagefind') });
  const phases = [...readPhases(phasesFile(n, side)), { name: SEARCH_PHASE, cpuMs: pagefind.cpuMs, wallMs: pagefind.wallMs }];
  return { whole: sequence([astro, pagefind]), astro, pagefind, phases };
}

async function floor(n: number, data: Data, res: Results): Promise<Sample> {
  const f = await floorBuild(n, 'floor', data.floorText);
  res.phases.floor.push(f.phases);
  res.floor.astro.push(f.astro);
  res.floor.pagefind.push(f.pagefind);
  return f.whole;
}

async function floorSame(n: number, data: Data, res: Results): Promise<Sample> {
  const f = await floorBuild(n, 'floor-same', data.floorSameText);
  res.floorSame.whole.push(f.whole);
  return f.whole;
}

/** A built site's files and bytes: in all, the PDFs, the search index (what a host's limits count). */
function outputSize(site: string) {
  let files = 0, bytes = 0, pdfs = 0, pdfBytes = 0, searchFiles = 0, searchBytes = 0;
  for (const f of readdirSync(site, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(path.join(site, f));
    if (!st.isFile()) continue;
    files++;
    bytes += st.size;
    if (f.endsWith('.pdf')) (pdfs++, (pdfBytes += st.size));
    if (f.startsWith('pagefind')) (searchFiles++, (searchBytes += st.size));
  }
  return { files, bytes, pdfs, pdfBytes, searchFiles, searchBytes };
}

/** HTML pages a built site publishes. */
function htmlPages(site: string): number {
  return readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

function parseVsValidate(data: Data) {
  const r = spawnSync(path.join(BIN, 'node'), ['bench/stages/parse-vs-validate.ts', data.notices, '5'], { cwd: ROOT, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`parse-vs-validate failed:\n${r.stderr}`);
  return JSON.parse(r.stdout) as Results['parse'][number];
}

function weights(n: number, data: Data) {
  const pages: (PageWeight & { text: number })[] = [];
  const site = path.join(OUT, 'sites', String(n), 'ours');
  for (const [slug, text] of data.textGz) {
    pages.push({ ...pageWeight(site, path.join(site, 'thong-bao', slug, 'index.html')), text });
  }
  const floorSite = path.join(OUT, 'sites', String(n), 'floor');
  const floorPages = [...data.textGz.keys()].map((slug) => pageWeight(floorSite, path.join(floorSite, slug, 'index.html')));
  const index = pageWeight(site, path.join(site, 'index.html'));
  return { pages, floorPages, index };
}

/**
 * The seed notice page (content/), built as `npm run build` builds it (PDFs included: the page
 * gives its PDF's size) into bench/out/sites/seed: its gzipped HTML against NOTICE_HTML_BUDGET,
 * part by part, and the files it loads. Bytes, not time: one build, not measured.
 */
function seedPage() {
  const site = path.join(OUT, 'sites', 'seed');
  const r = spawnSync(path.join(BIN, 'node'), ['scripts/build.ts'], { cwd: ROOT, env: { ...env, OUT_DIR: site }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the seed's build failed:\n${r.stdout}\n${r.stderr}`);
  const file = path.join(site, 'thong-bao', path.basename(SEED, '.yaml'), 'index.html');
  const html = readFileSync(file);
  return { weight: pageWeight(site, file), parts: htmlParts(html.toString('utf8')), level9: gzipSync(html, { level: 9 }).length };
}

// ---- run -------------------------------------------------------------------------------

mkdirSync(path.join(OUT, 'logs'), { recursive: true });
const data = new Map<number, Data>();
for (const n of sizes) {
  process.stdout.write(`Tạo ${n} thông báo giả lập… `);
  data.set(n, prepare(n));
  console.log('xong');
}

const results = new Map<number, Results>(
  sizes.map((n) => [
    n,
    {
      ours: { whole: [] },
      floor: { whole: [], astro: [], pagefind: [] },
      floorSame: { whole: [] },
      wallRatio: [],
      cpuRatio: [],
      cpuRatioNoPdf: [],
      cpuRatioSameNoPdf: [],
      parse: [],
      phases: { ours: [], floor: [] },
    },
  ]),
);

for (let run = 1; run <= runs; run++) {
  for (const n of sizes) {
    const d = data.get(n)!;
    const res = results.get(n)!;
    process.stdout.write(`Lượt ${run}/${runs}, N = ${n}: `);
    // Interleaved, and the order swapped every run, so drift on a noisy machine hits both.
    let o: Sample, f: Sample, fs: Sample;
    if (run % 2) {
      o = await ours(n, d, res);
      f = await floor(n, d, res);
      fs = await floorSame(n, d, res);
    } else {
      fs = await floorSame(n, d, res);
      f = await floor(n, d, res);
      o = await ours(n, d, res);
    }
    res.ours.whole.push(o);
    res.floor.whole.push(f);
    res.wallRatio.push(o.wallMs / f.wallMs);
    res.cpuRatio.push(o.cpuMs / f.cpuMs);
    const pdfCpu = res.phases.ours.at(-1)!.find((p) => p.name === PDF_PHASE)?.cpuMs ?? 0;
    res.cpuRatioNoPdf.push((o.cpuMs - pdfCpu) / f.cpuMs);
    res.cpuRatioSameNoPdf.push((o.cpuMs - pdfCpu) / fs.cpuMs);
    res.parse.push(parseVsValidate(d));
    console.log(`ours ${formatMs(o.wallMs)}, floor ${formatMs(f.wallMs)} (${formatRatio(o.wallMs / f.wallMs)})`);
  }
}

// ---- rebuilds: Astro's incremental build and the PDF cache -----------------------------

/**
 * At N = REBUILD_N notices, each translated into English (so both languages' pages and PDFs
 * are made): the floor publishing the same pages; then ours three times into one output
 * folder, each with its phases and the build's own count of PDFs printed and reused:
 *  1. fresh: no output and no cache (every page rendered, every PDF printed);
 *  2. after nothing changed;
 *  3. after one notice changed (a word of its subject: its pages, the lists, its two PDFs).
 * Run once (a fresh build with 2N PDFs takes minutes); the ratios are within this one run.
 */
interface RebuildRow {
  what: string;
  sample: Sample;
  phases: Phase[];
  printed: number | null;
  reused: number | null;
  rendered: number | null;
  restored: number | null;
}
process.stdout.write('Trang thông báo mẫu (content/)… ');
const seed = seedPage();
console.log(`${seed.weight.html} B gzip`);

const rebuilds: { n: number; floorSame: Sample; floorPages: number; oursPages: number; output: ReturnType<typeof outputSize>; rows: RebuildRow[]; pairs: { oursFirst: boolean; ours: Sample; floor: Sample }[] } | null = await (async () => {
  if (!REBUILD_N) return null;
  const n = REBUILD_N;
  process.stdout.write(`Dựng lại: tạo ${n} thông báo giả lập có bản dịch tiếng Anh… `);
  const d = prepare(n, true);
  console.log('xong');
  const fs = await floorBuild(n, 'rebuild-floor-same', d.floorSameText);
  const site = path.join(OUT, 'sites', String(n), 'rebuild-ours');
  clean(site);
  discard(buildCacheDir(site));
  const rows: RebuildRow[] = [];
  const step = async (what: string, tag: string) => {
    const logFile = path.join(OUT, 'logs', `${n}-rebuild-${tag}.log`);
    const phases = path.join(OUT, 'logs', `${n}-rebuild-${tag}-phases.json`);
    process.stdout.write(`Dựng lại, N = ${n}: ${what}… `);
    const sample = await measure(path.join(BIN, 'node'), ['scripts/build.ts'], { cwd: ROOT, env: { ...env, CONTENT_DIR: d.content, OUT_DIR: site, [PHASES_ENV]: phases, ...(REBUILD_PDF ? {} : { CHROMIUM_PATH: NO_CHROMIUM }) }, log: logFile });
    const log = readFileSync(logFile, 'utf8');
    const pdf = /(\d+) bản in mới, (\d+) bản dùng lại/.exec(log);
    const restored = (log.match(/ \(restored\)/g) ?? []).length;
    const rendered = (log.match(/├─ \S+\.(html|xml|txt) \(\+/g) ?? []).length;
    rows.push({ what, sample, phases: readPhases(phases), printed: pdf ? Number(pdf[1]) : null, reused: pdf ? Number(pdf[2]) : null, rendered, restored });
    console.log(`${formatMs(sample.cpuMs)} CPU, ${formatMs(sample.wallMs)}`);
  };
  await step(REBUILD_PDF ? 'fresh build, every PDF printed' : 'fresh build, no PDF (BENCH_REBUILD_PDF=0: Chromium withheld)', 'fresh');
  await settle();
  await step('rebuild after nothing changed', 'nothing');
  const changed = path.join(d.notices, `${syntheticSlug(1)}.yaml`);
  const before = readFileSync(changed, 'utf8');
  const after = before.replace('DỮ LIỆU GIẢ LẬP số 1:', 'DỮ LIỆU GIẢ LẬP (đã sửa) số 1:');
  if (after === before) throw new Error(`${changed}: no subject to change`);
  writeFileSync(changed, after);
  await settle();
  await step('rebuild after one notice changed', 'one');
  // More pairs of a fresh build without PDFs and floor-same, each into an output and cache of its own, the order alternating.
  const pairs: { oursFirst: boolean; ours: Sample; floor: Sample }[] = [];
  if (PAIRS > 0) await settle();
  for (let i = 0; i < PAIRS; i++) {
    const oursFirst = i % 2 === 0;
    const ours = async () => {
      const pairSite = path.join(OUT, 'sites', String(n), `pair-${i}-ours`);
      clean(pairSite);
      discard(buildCacheDir(pairSite));
      return measure(path.join(BIN, 'node'), ['scripts/build.ts'], { cwd: ROOT, env: { ...env, CONTENT_DIR: d.content, OUT_DIR: pairSite, CHROMIUM_PATH: NO_CHROMIUM }, log: path.join(OUT, 'logs', `${n}-pair-${i}-ours.log`) });
    };
    const floor = async () => (await floorBuild(n, `pair-${i}-floor-same`, d.floorSameText)).whole;
    process.stdout.write(`Cặp ${i + 1}/${PAIRS}, N = ${n}, không có PDF: `);
    const first = oursFirst ? await ours() : await floor();
    const second = oursFirst ? await floor() : await ours();
    const pair = oursFirst ? { oursFirst, ours: first, floor: second } : { oursFirst, ours: second, floor: first };
    pairs.push(pair);
    console.log(`${formatMs(pair.ours.cpuMs)} / ${formatMs(pair.floor.cpuMs)} = ${formatRatio(pair.ours.cpuMs / pair.floor.cpuMs)}`);
  }
  return { n, floorSame: fs.whole, floorPages: htmlPages(path.join(OUT, 'sites', String(n), 'rebuild-floor-same')), oursPages: htmlPages(site), output: outputSize(site), rows, pairs };
})();

// ---- report ------------------------------------------------------------------------------

const med = (xs: Sample[], k: keyof Sample) => median(xs.map((x) => x[k]));
const sections: string[] = [];
const totalMinutes = () => ((performance.now() - t0) / 60000).toFixed(1);

sections.push(
  table(
    ['N', 'ours: wall', 'floor: wall', 'ours / floor (wall)', 'ours: CPU', 'floor: CPU', 'ours / floor (CPU)', 'ours: peak RSS', 'floor: peak RSS'],
    sizes.map((n) => {
      const r = results.get(n)!;
      return [
        n,
        formatMs(med(r.ours.whole, 'wallMs')),
        formatMs(med(r.floor.whole, 'wallMs')),
        `**${formatRatio(median(r.wallRatio))}**`,
        formatMs(med(r.ours.whole, 'cpuMs')),
        formatMs(med(r.floor.whole, 'cpuMs')),
        formatRatio(median(r.cpuRatio)),
        formatMiB(med(r.ours.whole, 'peakRssKiB')),
        formatMiB(med(r.floor.whole, 'peakRssKiB')),
      ];
    }),
  ),
);

// Where the CPU goes: each phase of ours and of the floor at the largest N, and what one more
// notice adds to it (between the two largest sizes), so a fixed cost and a per-notice cost are
// told apart.
const phaseSection = (() => {
  const big = Math.max(...sizes);
  const smaller = sizes.filter((n) => n < big);
  const prev = smaller.length ? Math.max(...smaller) : undefined;
  const of = (n: number, side: 'ours' | 'floor') => {
    const r = results.get(n)!;
    return phaseMedians(r.phases[side], r[side].whole.map((x) => x.cpuMs));
  };
  const [o, f] = [of(big, 'ours'), of(big, 'floor')];
  const [op, fp] = prev ? [of(prev, 'ours'), of(prev, 'floor')] : [undefined, undefined];
  const names = [...o.keys(), ...[...f.keys()].filter((k) => !o.has(k))].filter((k) => k !== OUTSIDE).concat(OUTSIDE);
  const perNotice = (m: Map<string, number>, mp: Map<string, number> | undefined, k: string) =>
    mp && prev ? `${(((m.get(k) ?? 0) - (mp.get(k) ?? 0)) / (big - prev)).toFixed(2)} ms` : '–';
  const fmt = (m: Map<string, number>, k: string) => (m.has(k) ? formatMs(m.get(k)!) : '–');
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const rows = names.map((k) => [
    k,
    fmt(o, k),
    fmt(f, k),
    formatMs((o.get(k) ?? 0) - (f.get(k) ?? 0)),
    perNotice(o, op, k),
    perNotice(f, fp, k),
  ]);
  rows.push([
    '**whole build**',
    `**${formatMs(sum(o))}**`,
    `**${formatMs(sum(f))}**`,
    `**${formatMs(sum(o) - sum(f))}**`,
    op && prev ? `${((sum(o) - sum(op)) / (big - prev)).toFixed(2)} ms` : '–',
    fp && prev ? `${((sum(f) - sum(fp)) / (big - prev)).toFixed(2)} ms` : '–',
  ]);
  return table(
    [`phase (N = ${big}, CPU, median)`, 'ours', 'floor', 'ours − floor', `ours, per extra notice${prev ? ` (${prev} → ${big})` : ''}`, 'floor, per extra notice'],
    rows,
  );
})();

sections.push(
  table(
    ['N', 'YAML parse only (warm)', 'validation (warm)', 'validation / parse', 'validation, first pass (cold)'],
    sizes.map((n) => {
      const p = results.get(n)!.parse;
      const parseMs = median(p.map((x) => x.parseMs));
      const validateMs = median(p.map((x) => x.validateMs));
      return [n, formatMs(parseMs), formatMs(validateMs), formatRatio(validateMs / parseMs), formatMs(median(p.map((x) => x.firstValidateMs)))];
    }),
  ),
);

const weightRows: (string | number)[][] = [];
const indexRows: string[] = [];
for (const n of sizes) {
  const w = weights(n, data.get(n)!);
  const m = (k: keyof (typeof w.pages)[number]) => Math.round(median(w.pages.map((p) => p[k])));
  const ratios = w.pages.map((p) => p.total / p.text);
  weightRows.push([
    n,
    `${m('html')} B`,
    `${m('inlineCss')} B`,
    `${m('css')} B`,
    `${m('js')} B`,
    `${m('total')} B`,
    `${m('text')} B`,
    formatRatio(median(ratios)),
    formatRatio(Math.max(...ratios)),
    `${Math.round(median(w.floorPages.map((p) => p.total)))} B`,
  ]);
  indexRows.push(`N = ${n}: ${w.index.total} B (${(w.index.total / n).toFixed(0)} B per listed notice)`);
}
sections.push(
  table(
    ['N', 'HTML', '(of which inline CSS, alone)', 'CSS files', 'JS files', 'first render', 'notice text alone', 'first render / text (median)', '(worst page)', 'floor page'],
    weightRows,
  ),
);

// Growth: time per page, and the marginal cost of each extra page between sizes, for ours and
// for the floor (CPU time, which the machine's other load disturbs far less than wall time).
// A marginal cost comes with its uncertainty (half the spread between runs at each end), so a
// difference that is only noise is not reported as a change of shape.
const growth: string[] = [];
const cpu = (n: number, side: 'ours' | 'floor') => results.get(n)![side].whole.map((x) => x.cpuMs);
const spread = (xs: number[]) => (xs.length > 1 ? Math.max(...xs) - Math.min(...xs) : 0);
for (const n of sizes) {
  const o = median(cpu(n, 'ours'));
  const f = median(cpu(n, 'floor'));
  growth.push(`N = ${n}: ${(o / n).toFixed(1)} ms CPU per page (${formatMs(o)} in all); floor ${(f / n).toFixed(1)} ms per page`);
}
const marginals: { ours: number; floor: number; uncertainty: number; from: number; to: number }[] = [];
for (let i = 1; i < sizes.length; i++) {
  const [a, b] = [sizes[i - 1]!, sizes[i]!];
  const m = (side: 'ours' | 'floor') => (median(cpu(b, side)) - median(cpu(a, side))) / (b - a);
  const uncertainty = (spread(cpu(a, 'ours')) / 2 + spread(cpu(b, 'ours')) / 2) / (b - a);
  marginals.push({ ours: m('ours'), floor: m('floor'), uncertainty, from: a, to: b });
  growth.push(
    `from N = ${a} to ${b}: ${m('ours').toFixed(2)} ± ${uncertainty.toFixed(2)} ms CPU for each extra page (floor: ${m('floor').toFixed(2)} ms)`,
  );
}
const lastM = marginals.at(-1);
const firstM = marginals[0];
if (lastM && firstM && marginals.length > 1) {
  const linear = lastM.ours <= firstM.ours + lastM.uncertainty + firstM.uncertainty;
  growth.push(
    linear
      ? `An extra page costs no more at N = ${lastM.to} than at N = ${firstM.to}, within the noise between runs: growth is linear (a fixed start-up cost plus a constant cost per page), so the cost per page falls as N grows.`
      : `An extra page costs more from N = ${lastM.from} to ${lastM.to} (${lastM.ours.toFixed(2)} ms) than from N = ${firstM.from} to ${firstM.to} (${firstM.ours.toFixed(2)} ms), beyond the noise between runs: worse than linear. ${
          lastM.floor > firstM.floor * 1.25
            ? `The floor grows the same way (${firstM.floor.toFixed(2)} → ${lastM.floor.toFixed(2)} ms), so the shape comes from Astro and Pagefind, not from the notices; ours / floor for the extra pages is ${formatRatio(lastM.ours / lastM.floor)}.`
            : `The floor does not (${firstM.floor.toFixed(2)} → ${lastM.floor.toFixed(2)} ms): look for work inside each page that grows with the number of notices.`
        }`,
  );
}

/**
 * The PDF phase apart (src/integrations/pdfs.ts: one Chromium prints every notice page), so
 * the rest of the build can be compared with the floor as before: per N, the phase's CPU and
 * wall time, its cost per notice, and the whole build's CPU and ratio to the floor with and
 * without it.
 */
const pdfSection = (() => {
  const rows = sizes.map((n) => {
    const r = results.get(n)!;
    const pdfCpu = median(r.phases.ours.map((run) => run.find((p) => p.name === PDF_PHASE)?.cpuMs ?? 0));
    const pdfWall = median(r.phases.ours.map((run) => run.find((p) => p.name === PDF_PHASE)?.wallMs ?? 0));
    const whole = med(r.ours.whole, 'cpuMs');
    const floorCpu = med(r.floor.whole, 'cpuMs');
    const wholeWall = med(r.ours.whole, 'wallMs');
    const floorWall = med(r.floor.whole, 'wallMs');
    if (n > PDF_MAX) {
      // Built as on a machine without Chromium: the phase only finds that out.
      return [n, 'not printed', '–', '–', formatMs(whole), formatMs(whole - pdfCpu), formatRatio(whole / floorCpu), `**${formatRatio(median(r.cpuRatioNoPdf))}**`, formatRatio(wholeWall / floorWall), formatRatio((wholeWall - pdfWall) / floorWall)];
    }
    return [
      n,
      formatMs(pdfCpu),
      formatMs(pdfWall),
      `${(pdfCpu / n).toFixed(0)} ms`,
      formatMs(whole),
      formatMs(whole - pdfCpu),
      formatRatio(whole / floorCpu),
      `**${formatRatio(median(r.cpuRatioNoPdf))}**`,
      formatRatio(wholeWall / floorWall),
      formatRatio((wholeWall - pdfWall) / floorWall),
    ];
  });
  return table(
    ['N', 'PDF phase: CPU', 'PDF phase: wall', 'CPU per notice', 'whole build: CPU', 'without PDFs: CPU', 'ours / floor (CPU)', 'without PDFs / floor (CPU)', 'ours / floor (wall)', 'without PDFs / floor (wall)'],
    rows,
  );
})();

/**
 * The same build against a floor that publishes the same pages (samePages()): three per
 * notice, two of them indexed, in two languages, where the strict floor has one. The goal
 * line stays with the strict floor, the one issue 10 set its target against; this table says
 * how much of the distance is the number of pages the site publishes.
 */
const samePagesSection = (() => {
  const rows = sizes.map((n) => {
    const r = results.get(n)!;
    const pdfCpu = median(r.phases.ours.map((run) => run.find((p) => p.name === PDF_PHASE)?.cpuMs ?? 0));
    return [
      n,
      htmlPages(path.join(OUT, 'sites', String(n), 'ours')),
      htmlPages(path.join(OUT, 'sites', String(n), 'floor')),
      htmlPages(path.join(OUT, 'sites', String(n), 'floor-same')),
      formatMs(med(r.ours.whole, 'cpuMs') - pdfCpu),
      formatMs(med(r.floor.whole, 'cpuMs')),
      formatMs(med(r.floorSame.whole, 'cpuMs')),
      formatRatio(median(r.cpuRatioNoPdf)),
      `**${formatRatio(median(r.cpuRatioSameNoPdf))}**`,
    ];
  });
  return table(
    ['N', 'ours: HTML pages', 'floor: HTML pages', 'floor, same pages: HTML pages', 'ours without PDFs: CPU', 'floor: CPU', 'floor, same pages: CPU', 'ours / floor (CPU)', 'ours / floor with the same pages (CPU)'],
    rows,
  );
})();

/** The rebuilds against floor-same and against the fresh build (see `rebuilds` above). */
const rebuildSection = (() => {
  if (!rebuilds) return 'Not run (BENCH_REBUILD_N=0).';
  const { n, floorSame, rows } = rebuilds;
  const fresh = rows[0]!.sample;
  const pdfOf = (r: RebuildRow) => r.phases.find((p) => p.name === PDF_PHASE)?.cpuMs ?? 0;
  const freshNoPdf = fresh.cpuMs - pdfOf(rows[0]!);
  const main = table(
    [`build (N = ${n}, translated: ${rebuilds.oursPages} HTML pages; floor-same ${rebuilds.floorPages})`, 'CPU', 'wall', 'CPU / floor-same', 'CPU / fresh build', 'pages rendered / copied', 'PDFs printed / reused', 'peak RSS'],
    [
      ['floor-same (no PDF)', formatMs(floorSame.cpuMs), formatMs(floorSame.wallMs), '1.00×', '–', '–', '–', formatMiB(floorSame.peakRssKiB)],
      ...rows.map((r, i) => [
        i === 0 ? `**${r.what}**` : r.what,
        formatMs(r.sample.cpuMs),
        formatMs(r.sample.wallMs),
        formatRatio(r.sample.cpuMs / floorSame.cpuMs),
        i === 0 ? '1.00' : `**${((100 * r.sample.cpuMs) / fresh.cpuMs).toFixed(1)} %**`,
        `${r.rendered ?? '?'} / ${r.restored ?? '?'}`,
        `${r.printed ?? '?'} / ${r.reused ?? '?'}`,
        formatMiB(r.sample.peakRssKiB),
      ]),
      ['fresh build without its PDF phase', formatMs(freshNoPdf), '–', `**${formatRatio(freshNoPdf / floorSame.cpuMs)}**`, '–', '–', '–', '–'],
    ],
  );
  const names: string[] = [];
  for (const r of rows) for (const p of r.phases) if (!names.includes(p.name)) names.push(p.name);
  const phases = table(
    ['phase (CPU)', ...rows.map((r) => r.what)],
    names.map((name) => [name, ...rows.map((r) => formatMs(r.phases.filter((p) => p.name === name).reduce((a, p) => a + p.cpuMs, 0)))]),
  );
  const o = rebuilds.output;
  const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
  const size = `The output at N = ${n}: ${o.files} files, ${mb(o.bytes)}; of which ${o.pdfs} PDFs, ${mb(o.pdfBytes)}; the search index (both languages) ${o.searchFiles} files, ${mb(o.searchBytes)}. Peak memory of the fresh build: ${formatMiB(rows[0]!.sample.peakRssKiB)}.`;
  const { pairs } = rebuilds;
  const ratios = pairs.map((p) => p.ours.cpuMs / p.floor.cpuMs);
  const pairTable = pairs.length
    ? `${table(
        ['pair (N = ' + n + ', no PDF)', 'built first', 'fresh build: CPU', 'floor-same: CPU', 'ours / floor-same (CPU)'],
        pairs.map((p, i) => [String(i + 1), p.oursFirst ? 'ours' : 'floor-same', formatMs(p.ours.cpuMs), formatMs(p.floor.cpuMs), formatRatio(ratios[i]!)]),
      )}\n\nOver the ${pairs.length} pairs (BENCH_PAIRS): the fresh build without PDFs is **${formatRatio(median(ratios))}** floor-same in CPU (median; from ${formatRatio(Math.min(...ratios))} to ${formatRatio(Math.max(...ratios))}).`
    : '';
  return [main, size, phases, pairTable].filter(Boolean).join('\n\n');
})();

function goalLine(): string {
  const n = Math.max(...sizes);
  const r = results.get(n)!;
  const cpu = median(r.cpuRatioNoPdf);
  const met = n >= 1000 && cpu <= 2.0;
  const pdf = n > PDF_MAX ? 'no PDFs printed at this N' : 'its PDF phase taken out';
  return `Goal (issue 10): ours / floor ≤ 2.0× in CPU at N = 1000, the floor making no PDF. This run, N = ${n} (${pdf}): ${formatRatio(cpu)} CPU (${formatRatio(median(r.wallRatio))} wall): ${met ? 'met' : n < 1000 ? 'not measured at N = 1000' : 'not met; see README.md for where the rest goes'}. Against a floor publishing the same pages (below): ${formatRatio(median(r.cpuRatioSameNoPdf))} CPU.`;
}


const report = `# Benchmark: what a notice costs to build and to load

Generated by \`npm run bench\` (bench/run.ts). Do not edit by hand; run it again.

Machine: ${machineDescription(startedAt)}.
Runs: ${runs} per size, median reported; ours and the floor interleaved in one run (order swapped every run),
ratios are the median of the per-run ratios. The benchmark took ${totalMinutes()} min.
Load average (1 min) ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end: other programs were running on
the machine. Wall time then measures the queue as much as the build; CPU time much less so. Compare ratios, and
CPU before wall. What was profiled and fixed, and where the remaining time goes: [README.md](README.md).

- **ours**: the real pipeline on N synthetic notices (\`bench/lib/synthetic.ts\`: the seed's shape, fake text,
  "DỮ LIỆU GIẢ LẬP"), built by \`npm run build\` itself (\`node scripts/build.ts\`): validation, Astro, and the
  integrations that write the vCards, the open data and the search index. A first build: each run starts from an empty output folder (old outputs are moved aside and deleted only after the last measurement, see README.md).
- **floor**: \`bench/floor/\`, a bare Astro site with no collection, schema, components or CSS: one page per
  notice with the same strings as plain paragraphs, plus a list page, indexed by the same Pagefind.
- Wall = elapsed time; CPU = user + system time of the command and its children; peak RSS = largest sum of
  resident memory over the whole process tree (polled every 50 ms).

## Whole build (validation + Astro + Pagefind)

${sections[0]}

${goalLine()}

## Where the CPU time goes

Each build records its own phases (\`scripts/lib/build-phases.ts\`: CPU of every thread of the build's process, and of
the children it waits for, between marks at its steps, at Astro's hooks and at the end of each of our integrations).
The floor is built through the same
Astro API with the same marks. The floor's search index is its \`pagefind --site\` command. "Outside the phases" is what
the whole measured from outside (GNU time) has beyond their sum: Node's exit, and children the build never waits for
(Astro's esbuild service).

${phaseSection}

## The PDFs

The PDF phase (\`${PDF_PHASE}\`: Chromium started once, every notice page printed in two tabs, each PDF finalised with
pdf-lib) counts Chromium's CPU once the browser has exited and been waited for (it is a child of the build). The floor
makes no PDF, so the build is also given without that phase (the ratio "without PDFs" is the median of the runs' paired
ratios). Above N = ${PDF_MAX} (\`BENCH_PDF_MAX\`) the builds print no PDF: they are run as on a machine without Chromium.

${pdfSection}

## Against a floor that publishes the same pages

The floor above publishes one page per notice. The site publishes three (the notice page, its print preview,
its English page) and indexes two of them, in two languages. \`floor-same\` is the same bare Astro site given a
text file for each of those pages (the print previews left out of the search index, the English pages in
English: \`lang="en"\`, the notice's own strings, since the synthetic notices have no translation). Both without
ours' PDF phase.

${samePagesSection}

## Rebuilds: Astro's incremental build and the PDF cache

${rebuilds ? `N = ${rebuilds.n} synthetic notices, each with an English translation (so each has four pages and two PDFs), built three times into one output folder: first with no output and no cache, then again with nothing changed, then after one notice's subject changed. One run each (a fresh build prints ${2 * rebuilds.n} PDFs), so the ratios are from one run, on a machine that may be busy (load above). The floor-same row is the bare Astro site publishing the same pages (print previews unindexed), with no PDF; its English pages carry the Vietnamese strings.` : ''}

${rebuildSection}

## Validation against parsing the YAML alone

Same files, same parser (\`yaml\`), in one process; warm medians, plus the first (cold) validation pass.

${sections[1]}

## Page weight (gzip level 6)

Each notice page's first render: its HTML plus every stylesheet and script it loads (the site's styles are inside the
page down to the contact block; the styles of what follows are one file linked in the body where that part starts; the
print stylesheet, media="print", is not waited for), gzipped, against the notice's own text gzipped (all its strings,
one per line). Medians over the N pages. The QR code's image (paper only, loaded after the page paints) is not counted.

${sections[2]}

The list page (\`/\`) grows with N, since it lists every notice: ${indexRows.join('; ')}.

## The seed notice page's HTML (issue 23: at most ${NOTICE_HTML_BUDGET.toLocaleString('en')} bytes gzipped)

\`/thong-bao/${path.basename(SEED, '.yaml')}/\` as \`npm run build\` makes it from \`content/\`: **${seed.weight.html.toLocaleString('en')} B** gzipped
(level 6; ${seed.level9.toLocaleString('en')} B at level 9), **${seed.weight.html <= NOTICE_HTML_BUDGET ? 'within' : 'over'} the budget**
(${seed.weight.html <= NOTICE_HTML_BUDGET ? '' : '+'}${(seed.weight.html - NOTICE_HTML_BUDGET).toLocaleString('en')} B). It paints from its HTML alone down to the contact
block; the screen styles of what follows (downloads, official text) are one file shared by every notice page, linked
where that part starts (${seed.weight.css.toLocaleString('en')} B of CSS files in all); the QR code of its paper copy is an image loaded
after it paints (${seed.weight.images.toLocaleString('en')} B). Where the HTML's bytes go (what the gzipped page would weigh less without each
part; gzip shares repeated text between parts, so they add up to less than the whole):

${table(['part', 'bytes', 'gzipped, its share'], seed.parts.map((p) => [p.part, p.raw.toLocaleString('en'), p.gz.toLocaleString('en')]))}

## How the cost grows with N

${growth.map((g) => `- ${g}`).join('\n')}
`;

writeFileSync(path.join(ROOT, 'bench/results.md'), report);
console.log(`\n${report}`);
console.log(`Đã ghi bench/results.md (${totalMinutes()} phút).`);
// Only now, with every measurement taken (see discard()).
rmSync(TRASH, { recursive: true, force: true });
