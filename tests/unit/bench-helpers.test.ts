/**
 * The benchmark's pure helpers (bench/lib): the synthetic notices must be valid notices
 * (else the benchmark measures a failing build), and the figures it prints must be right.
 * The benchmark itself is `npm run bench`, never part of the test suite.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { HotlineFile } from '../../src/kinds/hotline/index.ts';
import { validateSource } from '../../src/pipeline/validate.ts';
import { isValidDisplayPhone } from '../../src/lib/phone.ts';
import { fakePhone, issuingBody, MAX_BODIES, rng, syntheticNotice, syntheticSlug, textsOf, toYaml, vocabulary } from '../../bench/lib/synthetic.ts';
import { headersAt, searchIndexByLanguage, searchLanguage } from '../../bench/lib/output-size.ts';
import { gzipBytes, median } from '../../bench/lib/stats.ts';
import { OUTSIDE, phaseMedians } from '../../bench/lib/phases.ts';
import { firstRenderAssets, htmlParts, pageWeight } from '../../bench/lib/weight.ts';
import { SEED_YAML } from '../support/paths.ts';

const seed = parse(readFileSync(SEED_YAML, 'utf8')) as HotlineFile;

describe('synthetic notices', () => {
  it.each([1, 2, 37, 500, 1000])('notice %i is valid per the schema, read back from its YAML', (i) => {
    const file = `${syntheticSlug(i)}.yaml`;
    const r = validateSource(file, Buffer.from(toYaml(syntheticNotice(seed, i))));
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('are clearly fake: every subject says DỮ LIỆU GIẢ LẬP, no seed person appears', () => {
    for (const i of [1, 2, 3]) {
      const n = syntheticNotice(seed, i);
      expect(n.subject).toMatch(/^DỮ LIỆU GIẢ LẬP số \d+:/);
      const text = textsOf(n).join('\n');
      for (const c of seed.hotlines.contacts) {
        expect(text).not.toContain(c.name);
        expect(text).not.toContain(c.phone);
      }
      expect(text).not.toContain(seed.signer.name);
    }
  });

  it('are the same on every run and differ from one another (Pagefind gets real work)', () => {
    expect(toYaml(syntheticNotice(seed, 7))).toBe(toYaml(syntheticNotice(seed, 7)));
    const a = textsOf(syntheticNotice(seed, 7).opening).join(' ');
    const b = textsOf(syntheticNotice(seed, 8).opening).join(' ');
    expect(a).not.toBe(b);
    expect(vocabulary(seed).length).toBeGreaterThan(100);
  });

  it('get phone numbers that libphonenumber accepts, printed with dots', () => {
    const r = rng(42);
    for (let k = 0; k < 50; k++) {
      const p = fakePhone(r);
      expect(p).toMatch(/^0\d{3}\.\d{3}\.\d{3}$/);
      expect(isValidDisplayPhone(p)).toBe(true);
    }
  });
});

describe('synthetic notices from many issuing bodies (npm run bench:scale)', () => {
  const vocab = vocabulary(seed);
  const bodies = 300;

  it('300 bodies: 300 distinct issuers, the same on every call', () => {
    const all = Array.from({ length: bodies }, (_, k) => issuingBody(k));
    expect(new Set(all.map((b) => b.issuer.fullName)).size).toBe(bodies);
    expect(new Set(all.map((b) => b.issuer.name)).size).toBe(bodies);
    expect(Array.from({ length: bodies }, (_, k) => issuingBody(k))).toEqual(all);
    expect(MAX_BODIES).toBeGreaterThanOrEqual(bodies);
    expect(() => issuingBody(MAX_BODIES)).toThrow(RangeError);
  });

  it('N notices cover every body, each body numbering its own notices 1, 2, 3 …', () => {
    const notices = Array.from({ length: 2 * bodies + 5 }, (_, k) => syntheticNotice(seed, k + 1, vocab, { bodies }));
    expect(new Set(notices.map((n) => n.issuer.fullName)).size).toBe(bodies);
    const numbers = notices.map((n) => `${n.issuer.fullName} ${n.number.sequence}/${n.number.symbol}`);
    expect(new Set(numbers).size).toBe(notices.length);
    const firstBody = notices.filter((n) => n.issuer.fullName === notices[0]!.issuer.fullName).map((n) => n.number.sequence);
    expect(firstBody).toEqual([1, 2, 3]);
  });

  it.each([1, 12, 13, 300, 9999, 10000])('notice %i is valid per the schema', (i) => {
    const r = validateSource(`${syntheticSlug(i)}.yaml`, Buffer.from(toYaml(syntheticNotice(seed, i, vocab, { bodies }))));
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('without `bodies`, the notices npm run bench builds are unchanged: the seed\'s body, TB-NV, and the same text as with bodies', () => {
    const plain = syntheticNotice(seed, 42, vocab);
    expect(plain.issuer).toEqual(seed.issuer);
    expect(plain.number).toEqual({ sequence: 43, symbol: 'TB-NV' });
    const spread = syntheticNotice(seed, 42, vocab, { bodies });
    expect(spread.issuer).not.toEqual(seed.issuer);
    const { issuer: _a, number: _b, signer: s1, ...rest1 } = plain;
    const { issuer: _c, number: _d, signer: s2, ...rest2 } = spread;
    expect(rest2).toEqual(rest1);
    expect(s2.name).toBe(s1.name);
  });
});

describe('headersAt (bench/lib/output-size.ts): PDF cache headers growing with the place in the tab', () => {
  it('gives back the sample at the sample size, and grows as N² beyond it', () => {
    // 2 tabs of 3 entries: 100, 110, 120 bytes each (a step of 10 per page before it).
    const h = { entries: 6, min: 100, max: 120, total: 2 * (100 + 110 + 120) };
    expect(headersAt(h, 6)).toBeCloseTo(h.total);
    // 2 tabs of 50: 2 × (50 × 100 + 10 × 50 × 49 / 2).
    expect(headersAt(h, 100)).toBeCloseTo(2 * (50 * 100 + (10 * 50 * 49) / 2));
  });

  it('is linear when the headers do not grow', () => {
    const h = { entries: 10, min: 50, max: 50, total: 500 };
    expect(headersAt(h, 1000)).toBeCloseTo(50_000);
  });
});

describe('searchLanguage (bench/lib/output-size.ts)', () => {
  it("gives each of Pagefind's files its language, the scripts shared", () => {
    expect(searchLanguage('pagefind.vi_54598b6210.pf_meta')).toBe('vi');
    expect(searchLanguage('index/en_3265dcc.pf_index')).toBe('en');
    expect(searchLanguage('fragment/vi_ac7670a.pf_fragment')).toBe('vi');
    expect(searchLanguage('filter/en_cf28a66.pf_filter')).toBe('en');
    expect(searchLanguage('wasm.unknown.pagefind')).toBe('unknown');
    expect(searchLanguage('pagefind.js')).toBe('shared');
    expect(searchLanguage('pagefind-entry.json')).toBe('shared');
  });

  it('sums files and bytes per language, shared last', () => {
    const rows = searchIndexByLanguage([
      { path: 'pagefind.js', bytes: 10 },
      { path: 'index/vi_1.pf_index', bytes: 5 },
      { path: 'index/vi_2.pf_index', bytes: 7 },
      { path: 'fragment/en_3.pf_fragment', bytes: 3 },
    ]);
    expect(rows).toEqual([
      { language: 'en', files: 1, bytes: 3 },
      { language: 'vi', files: 2, bytes: 12 },
      { language: 'shared', files: 1, bytes: 10 },
    ]);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNaN();
  });
});

describe('gzipBytes', () => {
  it('counts compressed bytes: repeated text shrinks, and the count is stable', () => {
    const text = 'Sở Ngoại vụ thành phố Hải Phòng. '.repeat(100);
    expect(gzipBytes(text)).toBeLessThan(Buffer.byteLength(text) / 10);
    expect(gzipBytes(text)).toBe(gzipBytes(text));
  });
});

describe('first-render weight', () => {
  const html = `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/site.css"><link rel="preload" href="/font.woff2" as="font">
    <link rel="modulepreload" href="/_astro/dep.js"><style>body{margin:0}</style>
    <script type="module" src="/_astro/app.js"></script><script>inline()</script>
    </head><body><p>Xin chào</p><script async src="/_astro/late.js"></script><img src="/p/qr.svg" alt=""></body></html>`;

  it('finds stylesheets, scripts and module preloads, not other preloads or inline scripts; images apart', () => {
    expect(firstRenderAssets(html)).toEqual({
      stylesheets: ['/_astro/site.css'],
      scripts: ['/_astro/dep.js', '/_astro/app.js', '/_astro/late.js'],
      images: ['/p/qr.svg'],
      inlineCss: 'body{margin:0}',
    });
  });

  it('adds the gzipped HTML and every asset it loads', () => {
    const site = mkdtempSync(path.join(os.tmpdir(), 'weight-'));
    mkdirSync(path.join(site, '_astro'));
    mkdirSync(path.join(site, 'p'));
    const files: Record<string, string> = { 'site.css': 'a{color:red}', 'dep.js': 'export const a=1', 'app.js': 'import "./dep.js"', 'late.js': 'x()' };
    for (const [f, c] of Object.entries(files)) writeFileSync(path.join(site, '_astro', f), c);
    writeFileSync(path.join(site, 'p/index.html'), html);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h9"/></svg>';
    writeFileSync(path.join(site, 'p/qr.svg'), svg);
    const w = pageWeight(site, path.join(site, 'p/index.html'));
    const js = gzipBytes(files['dep.js']!) + gzipBytes(files['app.js']!) + gzipBytes(files['late.js']!);
    expect(w).toEqual({
      html: gzipBytes(html),
      inlineCss: gzipBytes('body{margin:0}'),
      css: gzipBytes(files['site.css']!),
      js,
      total: gzipBytes(html) + gzipBytes(files['site.css']!) + js,
      images: gzipBytes(svg),
    });
  });

  it('refuses a page that loads something from another site', () => {
    const site = mkdtempSync(path.join(os.tmpdir(), 'weight-'));
    writeFileSync(path.join(site, 'index.html'), '<link rel="stylesheet" href="https://cdn.example/x.css">');
    expect(() => pageWeight(site, path.join(site, 'index.html'))).toThrow(/another site/);
  });
});

describe('where a notice page\'s gzipped bytes go (htmlParts)', () => {
  const part = (name: string) => '<p>' + name.repeat(40) + '</p>';
  const html = `<!doctype html><html lang="vi"><head><title>t</title><script type="application/ld+json">{"@context":"https://schema.org","name":"${'x'.repeat(300)}"}</script><style>${'.a{color:red}'.repeat(5)}</style></head><body><footer class="site-footer">${part('chân trang ')}</footer></body></html>`;

  it('names each part the page has, with its bytes, and what the gzipped page would lose without it', () => {
    const parts = htmlParts(html);
    expect(parts.map((p) => p.part)).toEqual(['head: title, description, links, Open Graph', 'head: JSON-LD', 'head: inline CSS', 'footer']);
    for (const p of parts) {
      expect(p.raw).toBeGreaterThan(0);
      expect(p.gz).toBeGreaterThan(0);
      expect(p.gz).toBeLessThan(gzipBytes(html));
    }
    // Repeated text compresses: the CSS (one rule five times) costs far less than its bytes.
    const css = parts.find((p) => p.part === 'head: inline CSS')!;
    expect(css.gz).toBeLessThan(css.raw / 2);
  });
});

describe('phaseMedians (bench/lib/phases.ts)', () => {
  const run = (validate: number, render: number) => [
    { name: 'validate', cpuMs: validate, wallMs: validate },
    { name: 'render', cpuMs: render, wallMs: render },
  ];

  it('takes the median of each phase over the runs, in the order the phases ran', () => {
    const m = phaseMedians([run(10, 100), run(30, 300), run(20, 200)], []);
    expect([...m.entries()]).toEqual([
      ['validate', 20],
      ['render', 200],
    ]);
  });

  it('adds what the whole measured from outside has beyond the phases', () => {
    const m = phaseMedians([run(10, 100), run(30, 300)], [150, 360]);
    // 150 − 110 = 40 and 360 − 330 = 30: median 35.
    expect(m.get(OUTSIDE)).toBe(35);
  });

  it('counts a phase missing from a run as 0 there', () => {
    const m = phaseMedians([run(10, 100), [{ name: 'render', cpuMs: 100, wallMs: 100 }]], []);
    expect(m.get('validate')).toBe(5);
  });
});
