/**
 * `npm run bench:scale`: a city portal's worth of notices (issue 23's scale run). Not part of
 * `npm run bench` nor of CI: at the default N it runs for tens of minutes.
 *
 * 1. Writes N synthetic notices (bench/lib/synthetic.ts) from 300 issuing bodies
 *    (`BENCH_SCALE_BODIES`), Vietnamese only, under bench/out/scale/ (git-ignored).
 * 2. Builds them with the real build (`node scripts/build.ts`, CONTENT_DIR and OUT_DIR as
 *    bench/run.ts sets them) **without its PDF phase**: the build is run as on a machine
 *    without Chromium (CHROMIUM_PATH pointing at no file), its own path that prints no PDF and
 *    drops the PDF links; `npm run build` itself is untouched. Measured: wall and CPU time
 *    (GNU time, the whole tree), peak memory (the summed resident set of every process of the
 *    tree, polled from /proc every 50 ms: bench/lib/measure.ts) and the build's own phases.
 * 3. Weighs the output: files and bytes in all, the PDFs, the search index per language, the
 *    largest files, the directory page.
 * 4. Measures what a first search downloads: the built search page opened in Chromium with
 *    an empty cache, a query typed as residents type it, every response's bytes summed from
 *    the page's load until the results are shown.
 * 5. The PDFs' cost on a sample: the first `BENCH_SCALE_PDF_SAMPLE` (100) notices built with
 *    and without Chromium, one after the other; the difference and the PDF phase per notice,
 *    multiplied by N (linear extrapolation, stated as such in the report).
 *
 * Writes bench/scale-results.md after each step (a run stopped midway keeps what it measured).
 * Options: BENCH_SCALE_N (10000), BENCH_SCALE_BODIES (300), BENCH_SCALE_PDF_SAMPLE (100; 0: none),
 * BENCH_SCALE_SEARCH_ONLY=1 (only the searches again, on the site the last run at that N built).
 */
import { existsSync, mkdirSync, copyFileSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { HotlineFile as Notice } from '../src/kinds/hotline/index.ts';
import { validateSource } from '../src/pipeline/validate.ts';
import { PDF_PHASE } from '../src/integrations/pdfs.ts';
import { CHROMIUM_LAUNCH } from '../src/lib/chromium.ts';
import { PHASES_ENV, type Phase } from '../scripts/lib/build-phases.ts';
import { buildCacheDir } from '../scripts/lib/cache-dir.ts';
import { serveDir } from '../scripts/lib/static-server.ts';
import { fold } from '../src/lib/search-text.ts';
import { issuingBody, syntheticNotice, syntheticSlug, toYaml, vocabulary } from './lib/synthetic.ts';
import { measure, type Sample } from './lib/measure.ts';
import { formatMiB, formatMs, gzipBytes, table } from './lib/stats.ts';
import { machineDescription } from './lib/machine.ts';
import { headersAt, searchIndexByLanguage, summariseOutput, type EntryHeaders, type OutputSummary } from './lib/output-size.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench/out/scale');
const SEED = path.join(ROOT, 'content/notices/duong-day-nong-2026-05.yaml');
const BIN = path.join(ROOT, 'node_modules/.bin');
const REPORT = path.join(ROOT, 'bench/scale-results.md');

const N = Number(process.env.BENCH_SCALE_N ?? 10_000);
const BODIES = Number(process.env.BENCH_SCALE_BODIES ?? 300);
const PDF_SAMPLE = Math.min(N, Number(process.env.BENCH_SCALE_PDF_SAMPLE ?? 100));
const NO_CHROMIUM = path.join(OUT, 'no-chromium');
const env = { ...process.env, PATH: `${BIN}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' };
let startedAt = new Date();

/** The load average, sampled every 15 s while the run lasts (the machine is shared). */
let loads: number[] = [os.loadavg()[0]!];
const loadTimer = setInterval(() => loads.push(os.loadavg()[0]!), 15_000);
loadTimer.unref();

/** Old outputs moved aside and deleted at the end (see `discard` in bench/run.ts: ext4 without a journal). */
const TRASH = path.join(ROOT, 'bench/out/trash', `scale-${process.pid}`);
let trashed = 0;
function discard(dir: string) {
  if (!existsSync(dir)) return;
  mkdirSync(TRASH, { recursive: true });
  renameSync(dir, path.join(TRASH, `${trashed++}-${path.basename(dir)}`));
}

const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);

/** Writes `n` notices from BODIES bodies into a new content folder; checks a sample is valid. */
function prepare(n: number, name: string): string {
  const content = path.join(OUT, 'data', name);
  discard(content);
  const notices = path.join(content, 'notices');
  mkdirSync(notices, { recursive: true });
  copyFileSync(path.join(ROOT, 'content/site.yaml'), path.join(content, 'site.yaml'));
  const seed = parse(readFileSync(SEED, 'utf8')) as Notice;
  const vocab = vocabulary(seed);
  for (let i = 1; i <= n; i++) {
    const yaml = toYaml(syntheticNotice(seed, i, vocab, { bodies: BODIES }));
    const file = path.join(notices, `${syntheticSlug(i)}.yaml`);
    writeFileSync(file, yaml);
    if (i === 1 || i === n || i % 997 === 0) {
      const r = validateSource(file, Buffer.from(yaml));
      if (!r.ok) throw new Error(`synthetic notice ${i} is invalid:\n${JSON.stringify(r.problems, null, 2)}`);
    }
  }
  return content;
}

interface Build {
  sample: Sample;
  phases: Phase[];
  site: string;
}

async function build(content: string, name: string, pdfs: boolean): Promise<Build> {
  const site = path.join(OUT, 'sites', name);
  for (const d of [site, `${site}.staging`, `${site}.previous`, buildCacheDir(site)]) discard(d);
  const phasesFile = path.join(OUT, 'logs', `${name}-phases.json`);
  mkdirSync(path.dirname(phasesFile), { recursive: true });
  const sample = await measure(path.join(BIN, 'node'), ['scripts/build.ts'], {
    cwd: ROOT,
    env: { ...env, CONTENT_DIR: content, OUT_DIR: site, [PHASES_ENV]: phasesFile, ...(pdfs ? {} : { CHROMIUM_PATH: NO_CHROMIUM }) },
    log: path.join(OUT, 'logs', `${name}-build.log`),
  });
  if (!existsSync(path.join(site, 'pagefind', 'pagefind-entry.json'))) throw new Error(`no search index in ${site}`);
  return { sample, phases: JSON.parse(readFileSync(phasesFile, 'utf8')) as Phase[], site };
}

interface SearchRun {
  query: string;
  /** Typed key by key (the page searches whenever typing pauses 150 ms), or entered at once (one search). */
  how: 'typed' | 'entered';
  results: number;
  requests: { url: string; bytes: number; gzip: number }[];
}

/**
 * The search page opened with an empty cache, `query` typed key by key (as residents type:
 * the page searches whenever typing pauses 150 ms, so on a loaded machine some prefixes are
 * searched too) or entered at once (one search), until the status line says what was found.
 * Every response from the page's load on is counted, by its body's bytes as the test server
 * sends them (uncompressed) and gzipped (what a host compressing text would send; Pagefind's
 * index files and wasm are already gzipped, so theirs barely change).
 */
async function firstSearch(site: string, query: string, how: SearchRun['how']): Promise<SearchRun> {
  const { chromium } = await import('playwright-core');
  const server = await serveDir(site);
  const browser = await chromium.launch({ ...CHROMIUM_LAUNCH, executablePath: '/usr/bin/chromium' });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const bodies: Promise<{ url: string; bytes: number; gzip: number }>[] = [];
    page.on('response', (r) => {
      bodies.push(
        r.body().then(
          (b) => ({ url: r.url().slice(server.url.length), bytes: b.length, gzip: Math.min(b.length, gzipBytes(b)) }),
          () => ({ url: r.url().slice(server.url.length), bytes: 0, gzip: 0 }),
        ),
      );
    });
    await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'load' });
    if (how === 'typed') await page.locator('#tim').pressSequentially(query, { delay: 80 });
    else await page.locator('#tim').fill(query);
    await page.waitForFunction(() => (document.querySelector('#trang-thai')?.textContent ?? '').trim() !== '', null, { timeout: 120_000 });
    // The status is written after every result's fragment has arrived; let the last bodies be read.
    await page.waitForLoadState('networkidle');
    const results = await page.locator('#danh-sach > li').count();
    const requests = await Promise.all(bodies);
    await context.close();
    return { query, how, results, requests };
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---- the report ----------------------------------------------------------------------------

const mb = (b: number) => (b >= 1e9 ? `${(b / 1e9).toFixed(2)} GB` : b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${(b / 1e3).toFixed(1)} kB`);
const int = (x: number) => Math.round(x).toLocaleString('en-US');
let main: Build | null = null;
let out: OutputSummary | null = null;
const searches: SearchRun[] = [];
interface PdfSample {
  without: Build;
  with: Build;
  pdfBytes: number;
  pdfFiles: number;
  cacheBytes: number;
  headers?: EntryHeaders;
}
let pdf: PdfSample | null = null;

/**
 * The header of each PDF cache entry (src/outputs/pdf/cache.ts: its key and the files its page
 * used), in bytes: what every rebuild reads and checks for each PDF.
 */
function entryHeaders(cacheDir: string): EntryHeaders | undefined {
  const dir = path.join(cacheDir, 'pdfs');
  if (!existsSync(dir)) return undefined;
  const sizes = readdirSync(dir)
    .filter((f) => f.endsWith('.pdf-entry'))
    .map((f) => {
      const b = readFileSync(path.join(dir, f));
      const nl = b.indexOf(10);
      return nl < 0 ? b.length : nl + 1;
    });
  if (!sizes.length) return undefined;
  return { entries: sizes.length, min: Math.min(...sizes), max: Math.max(...sizes), total: sizes.reduce((a, x) => a + x, 0) };
}



const LANGUAGE_LABEL: Record<string, string> = {
  vi: 'Vietnamese pages (`vi`)',
  en: 'English pages (`en`)',
  unknown: 'WebAssembly for languages without a stemmer (`unknown`: the Vietnamese search loads it)',
  shared: 'shared by both (scripts, entry file)',
};

function phaseTable(phases: Phase[], whole: Sample): string {
  const sum = phases.reduce((s, p) => s + p.cpuMs, 0);
  return table(
    ['phase', 'CPU', 'wall'],
    [...phases.map((p) => [p.name, formatMs(p.cpuMs), formatMs(p.wallMs)]), ['outside the phases (start, exit)', formatMs(whole.cpuMs - sum), '–'], ['**whole build**', `**${formatMs(whole.cpuMs)}**`, `**${formatMs(whole.wallMs)}**`]],
  );
}

function report(stage: string) {
  const lines: string[] = [];
  lines.push(`# Scale run: ${int(N)} notices from ${BODIES} issuing bodies`, '');
  lines.push(`Written by \`npm run bench:scale\` (bench/scale.ts; ${stage}). ${machineDescription(startedAt)}.`, '');
  lines.push(
    `Load average (1 min) during the run, sampled every 15 s: ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} (median ${[...loads].sort((a, b) => a - b)[loads.length >> 1]!.toFixed(1)}) on 2 cores shared with other engineers' builds and tests: wall times are mostly the queue, CPU times are the figure to read.`,
    '',
  );
  lines.push(
    `The notices: bench/lib/synthetic.ts with \`bodies: ${BODIES}\` (notice i from body (i − 1) mod ${BODIES}: 12 departments and offices, then invented wards and communes, each numbering its own notices), Vietnamese only (every page also has its English version with the Vietnamese text, as for any untranslated notice).`,
    '',
  );
  if (main) {
    const m = main.sample;
    lines.push('## The build without its PDF phase', '');
    lines.push(
      `\`node scripts/build.ts\` as \`npm run build\` runs it, told Chromium is missing (no PDF printed, no PDF link): **${formatMs(m.cpuMs)} CPU, ${formatMs(m.wallMs)} wall, peak memory ${formatMiB(m.peakRssKiB)}** (the resident set of the whole process tree summed, polled from /proc every 50 ms; at least GNU time's maximum resident set of the largest single process).`,
      '',
    );
    lines.push(phaseTable(main.phases, m), '');
  }
  if (out) {
    lines.push('## The output', '');
    lines.push(
      table(
        ['what', 'files', 'bytes'],
        [
          ['everything', int(out.files), mb(out.bytes)],
          ['HTML pages', int(out.html.files), mb(out.html.bytes)],
          ['PDFs', int(out.pdf.files), mb(out.pdf.bytes)],
          ['search index (`pagefind/`)', int(out.search.files), mb(out.search.bytes)],
          ...searchIndexByLanguage(out.searchFiles).map((l) => [`– search index, ${LANGUAGE_LABEL[l.language] ?? l.language}`, int(l.files), mb(l.bytes)]),
          ['vCards (`.vcf`)', int(out.vcf.files), mb(out.vcf.bytes)],
          ['the staff form (`admin/`)', int(out.admin.files), mb(out.admin.bytes)],
        ],
      ),
      '',
    );
    lines.push('Largest files:', '', table(['file', 'bytes', 'gzipped'], out.largest.map((f) => [`\`${f.path}\``, mb(f.bytes), mb(f.gzip)])), '');
    lines.push('Pages that list every notice:', '', table(['file', 'bytes', 'gzipped'], out.lists.map((f) => [`\`${f.path}\``, mb(f.bytes), mb(f.gzip)])), '');
  }
  if (searches.length) {
    lines.push('## What a first search downloads', '');
    lines.push(
      `The search page \`/tim-kiem/\` opened in Chromium (390 px wide, empty cache, served by scripts/lib/static-server.ts), the query typed key by key (80 ms apart: the page searches whenever typing pauses 150 ms, so a slow or loaded machine may also search a prefix and fetch its results' fragments) or entered at once (one search), until the status line says what was found; every response from the page's load on. "gzipped": what a host compressing text sends (Pagefind's own files are gzipped already).`,
      '',
    );
    const group = (url: string) =>
      url.startsWith('/pagefind/')
        ? /\.pf_fragment$/.test(url)
          ? 'Pagefind: result fragments'
          : /\.pf_index$/.test(url)
            ? 'Pagefind: index chunks'
            : /\.pf_meta$/.test(url)
              ? 'Pagefind: metadata'
              : /\.pf_filter$/.test(url)
                ? 'Pagefind: filters'
                : /wasm/.test(url)
                  ? 'Pagefind: WebAssembly'
                  : 'Pagefind: scripts, entry'
        : 'the page (HTML, CSS, scripts, fonts)';
    for (const s of searches) {
      const by = new Map<string, { n: number; bytes: number; gzip: number }>();
      for (const r of s.requests) {
        const g = by.get(group(r.url)) ?? { n: 0, bytes: 0, gzip: 0 };
        by.set(group(r.url), { n: g.n + 1, bytes: g.bytes + r.bytes, gzip: g.gzip + r.gzip });
      }
      const total = s.requests.reduce((a, r) => ({ bytes: a.bytes + r.bytes, gzip: a.gzip + r.gzip }), { bytes: 0, gzip: 0 });
      const pf = s.requests.filter((r) => r.url.startsWith('/pagefind/')).reduce((a, r) => ({ bytes: a.bytes + r.bytes, gzip: a.gzip + r.gzip }), { bytes: 0, gzip: 0 });
      lines.push(`**"${s.query}"**, ${s.how === 'typed' ? 'typed key by key' : 'entered at once (one search)'} (${s.results} ${s.results === 1 ? 'result' : 'results'} shown): ${s.requests.length} responses, **${mb(total.gzip)} gzipped** (${mb(total.bytes)} as served), of which the search itself (\`/pagefind/\`) ${mb(pf.gzip)} gzipped.`, '');
      lines.push(table(['what', 'responses', 'bytes', 'gzipped'], [...by].map(([k, v]) => [k, v.n, mb(v.bytes), mb(v.gzip)])), '');
    }
  }
  if (pdf) {
    const pdfOf = (b: Build) => b.phases.find((p) => p.name === PDF_PHASE) ?? { cpuMs: 0, wallMs: 0 };
    const diffCpu = pdf.with.sample.cpuMs - pdf.without.sample.cpuMs;
    const diffWall = pdf.with.sample.wallMs - pdf.without.sample.wallMs;
    const phase = pdfOf(pdf.with);
    const perPdfBytes = pdf.pdfBytes / Math.max(1, pdf.pdfFiles);
    lines.push('## The PDFs, measured on a sample and extrapolated', '');
    lines.push(
      `The first ${PDF_SAMPLE} of the same notices, built one after the other in this run without Chromium and with it (${pdf.pdfFiles} PDFs, Vietnamese only):`,
      '',
      table(
        [`N = ${PDF_SAMPLE}`, 'CPU', 'wall', 'peak memory'],
        [
          ['without PDFs', formatMs(pdf.without.sample.cpuMs), formatMs(pdf.without.sample.wallMs), formatMiB(pdf.without.sample.peakRssKiB)],
          ['with PDFs', formatMs(pdf.with.sample.cpuMs), formatMs(pdf.with.sample.wallMs), formatMiB(pdf.with.sample.peakRssKiB)],
          ['difference', formatMs(diffCpu), formatMs(diffWall), '–'],
          [`its PDF phase (\`${PDF_PHASE}\`)`, formatMs(phase.cpuMs), formatMs(phase.wallMs), '–'],
        ],
      ),
      '',
      `Per notice: ${formatMs(phase.cpuMs / PDF_SAMPLE)} CPU and ${formatMs(phase.wallMs / PDF_SAMPLE)} wall in the PDF phase (the difference of the two builds: ${formatMs(diffCpu / PDF_SAMPLE)} CPU); ${mb(perPdfBytes)} per PDF; the build's cache folder after it (\`node_modules/.astro/…\`: the PDF entries, Astro's pages, the search index): ${mb(pdf.cacheBytes)}.`,
      '',
      `**Extrapolated linearly to N = ${int(N)}** (the sample's PDF phase CPU and wall ÷ ${PDF_SAMPLE} × ${int(N)}; bytes per PDF × ${int(N)}): PDF phase ≈ ${formatMs((phase.cpuMs / PDF_SAMPLE) * N)} CPU, ≈ ${formatMs((phase.wallMs / PDF_SAMPLE) * N)} wall at this load; ${int(N)} more files, ≈ ${mb(perPdfBytes * N)} more output${main ? `; the whole fresh build ≈ ${formatMs(main.sample.cpuMs + (phase.cpuMs / PDF_SAMPLE) * N)} CPU` : ''}. A rebuild prints only what changed (the PDF cache).${
        pdf.headers
          ? ` Each cache entry's header records the files its own page used when it was printed (src/outputs/pdf/site-files.ts). In the sample: ${pdf.headers.entries} entries, headers of ${mb(pdf.headers.min)} to ${mb(pdf.headers.max)}, ${mb(pdf.headers.total)} in all; ≈ ${mb(headersAt(pdf.headers, N))} at N = ${int(N)} (\`headersAt()\` in bench/lib/output-size.ts: linear unless they grow with an entry's place in its tab, as they did before 7 Dec, when each recorded every file its tab had loaded), JSON every rebuild reads and checks.`
          : ''
      }`,
      '',
    );
  }
  writeFileSync(REPORT, lines.join('\n'));
  // The figures themselves, so that the report's wording can change without a new run.
  writeFileSync(path.join(OUT, `results-${N}.json`), JSON.stringify({ N, BODIES, PDF_SAMPLE, startedAt, loads, main, out, searches, pdf }, null, 1));
  log(`report written: ${path.relative(ROOT, REPORT)} (${stage})`);
}

function dirBytes(dir: string): number {
  let sum = 0;
  if (!existsSync(dir)) return 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(path.join(dir, f));
    if (st.isFile()) sum += st.size;
  }
  return sum;
}

// ---- the run -------------------------------------------------------------------------------

const body = issuingBody((N - 1) % BODIES).issuer.fullName.replace(/ \(giả lập\)$/, '');
const QUERIES = ['duong day nong', fold(body).toLowerCase()];
async function measureSearches(site: string) {
  for (const query of QUERIES) {
    for (const how of ['typed', 'entered'] as const) {
      searches.push(await firstSearch(site, query, how));
      log(`first search "${query}" (${how}): ${searches.at(-1)!.results} results`);
    }
  }
}

if (process.env.BENCH_SCALE_SEARCH_ONLY) {
  // The searches again on the site a previous run built (its figures read back), e.g. after a change to this measurement.
  const saved = JSON.parse(readFileSync(path.join(OUT, `results-${N}.json`), 'utf8')) as { startedAt: string; loads: number[]; main: Build; out: OutputSummary; pdf: PdfSample | null };
  ({ main, out } = saved);
  const savedPdf = saved.pdf;
  if (savedPdf && !savedPdf.headers) savedPdf.headers = entryHeaders(buildCacheDir(savedPdf.with.site));
  pdf = savedPdf;
  startedAt = new Date(saved.startedAt);
  loads = saved.loads;
  clearInterval(loadTimer);
  await measureSearches(main!.site);
  report(`the first searches measured again at ${new Date().toISOString().slice(11, 16)} UTC on the site built by the run`);
  process.exit(0);
}

log(`scale run: N = ${N}, ${BODIES} bodies, PDF sample ${PDF_SAMPLE}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
const content = prepare(N, String(N));
log(`${N} notices written`);
main = await build(content, String(N), false);
log(`built without PDFs: ${formatMs(main.sample.cpuMs)} CPU, ${formatMs(main.sample.wallMs)} wall, peak ${formatMiB(main.sample.peakRssKiB)}`);
report('the build measured');
out = summariseOutput(main.site);
log(`output: ${out.files} files, ${mb(out.bytes)}`);
report('the output weighed');

await measureSearches(main.site);
report('the first search measured');

if (PDF_SAMPLE > 0) {
  const sampleContent = prepare(PDF_SAMPLE, `pdf-${PDF_SAMPLE}`);
  const without = await build(sampleContent, `pdf-${PDF_SAMPLE}-without`, false);
  log(`sample without PDFs: ${formatMs(without.sample.cpuMs)} CPU`);
  const withPdfs = await build(sampleContent, `pdf-${PDF_SAMPLE}-with`, true);
  const s = summariseOutput(withPdfs.site);
  if (s.pdf.files === 0) throw new Error('the sample built with Chromium has no PDF');
  pdf = { without, with: withPdfs, pdfBytes: s.pdf.bytes, pdfFiles: s.pdf.files, cacheBytes: dirBytes(buildCacheDir(withPdfs.site)), headers: entryHeaders(buildCacheDir(withPdfs.site)) };
  log(`sample with PDFs: ${formatMs(withPdfs.sample.cpuMs)} CPU, ${s.pdf.files} PDFs`);
  report('done');
}

clearInterval(loadTimer);
report('done');
log('deleting the previous outputs moved aside');
rmSync(TRASH, { recursive: true, force: true });
