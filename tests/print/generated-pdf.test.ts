/**
 * The PDF the build makes of each notice (src/integrations/pdfs.ts), read with poppler as
 * a resident's PDF reader would: A4, tagged with the title as its H1, an outline of the
 * notice's own headings, Tinos or Times New Roman embedded and nothing else, the notice's
 * metadata and dates, the whole text of the seed; the same bytes from two builds; and the
 * same pages as printing the built page with Ctrl+P.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlineTitles } from '../../src/outputs/pdf/finalize.ts';
import { PDF_OPTIONS } from '../../src/outputs/pdf/print.ts';
import { pdfPath } from '../../src/lib/urls.ts';
import { openSite, type SiteSession } from '../support/site-session.ts';
import { DIST, FIXTURE_DIST, SECOND_SLUG, SEED_SLUG, SEED_TEXT, SEED_YAML } from '../support/paths.ts';
import { viewOf } from '../support/views.ts';
import { OUT, openForPrint, pageText, readPdf, squash } from './pdf.ts';

const seedFile = path.join(DIST, pdfPath(SEED_SLUG));
const seed = viewOf(SEED_YAML);
const info = (file: string) => execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
const field = (text: string, name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(text)?.[1]?.trim();

describe('the seed notice’s English PDF', () => {
  it('names the site in English as what made it, and says it is a translation', () => {
    const t = info(path.join(DIST, 'en', pdfPath(SEED_SLUG)));
    expect(field(t, 'Creator')).toBe('Notices of the Hai Phong Department of Foreign Affairs');
    expect(field(t, 'Title')).toMatch(/^Notice: .*\(unofficial translation\)$/);
    expect(field(t, 'Author')).toBe('Department of Foreign Affairs of Hai Phong City');
  });

  it('is the same file, byte for byte, from two builds, and its links are the public addresses', () => {
    // Its relative links once resolved against the loopback server's random port, in the PDF's bytes.
    const file = path.join(DIST, 'en', pdfPath(SEED_SLUG));
    const other = readFileSync(path.join(FIXTURE_DIST, 'en', pdfPath(SEED_SLUG)));
    expect(other.length).toBeGreaterThan(10_000);
    expect(other.equals(readFileSync(file))).toBe(true);
    const uris = [...readFileSync(file, 'latin1').matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1]!);
    expect(uris).toContain(seed.urls.page);
    expect(uris.filter((u) => /127\.0\.0\.1|localhost/.test(u))).toEqual([]);
  });
});

describe('the seed notice’s PDF', () => {
  const text = () => info(seedFile);

  it('is tagged, A4 on every page, with the notice’s metadata', () => {
    const t = text();
    expect(field(t, 'Tagged')).toBe('yes');
    expect(field(t, 'Metadata Stream')).toBe('yes');
    expect(field(t, 'Title')).toBe(`Thông báo: ${seed.subject}`);
    expect(field(t, 'Author')).toBe('Sở Ngoại vụ thành phố Hải Phòng');
    expect(field(t, 'Subject')).toBe(seed.subject);
    expect(field(t, 'Keywords')).toBe('Thông báo, Sở Ngoại vụ thành phố Hải Phòng, Hải Phòng');
    // What made it: the site, by its name in content/site.yaml (another agency's site names itself).
    expect(field(t, 'Creator')).toBe('Thông báo của Sở Ngoại vụ Hải Phòng');
    const pages = Number(field(t, 'Pages'));
    expect(pages).toBeGreaterThanOrEqual(2);
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), seedFile], { encoding: 'utf8' }).match(/^Page\s+\d+ size:.*$/gm)!;
    expect(sizes).toHaveLength(pages);
    for (const s of sizes) expect(s).toMatch(/594\.96 x 841\.92 pts \(A4\)/);
  });

  it('is dated by the notice (a draft of May 2026: 1 May, midnight in Hải Phòng), not by the clock of the build', () => {
    const t = text();
    expect(field(t, 'CreationDate')).toBe('2026-05-01T00:00:00+07');
    expect(field(t, 'ModDate')).toBe('2026-05-01T00:00:00+07');
  });

  it('says its language is Vietnamese', async () => {
    const doc = await PDFDocument.load(readFileSync(seedFile), { updateMetadata: false });
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('vi');
  });

  it('embeds its fonts, and only Tinos or Times New Roman', () => {
    const rows = execFileSync('pdffonts', [seedFile], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [name, ...rest] = row.split(/\s+/);
      expect(name!.replace(/^[A-Z]{6}\+/, '')).toMatch(/^(Tinos|TimesNewRoman)/);
      // Columns: type, (type), encoding, emb, sub, uni, object, id: "emb" is the fourth from the end.
      expect(rest.at(-5), row).toBe('yes');
    }
  });

  it('carries the whole text of the seed notice', () => {
    const lines = readFileSync(SEED_TEXT, 'utf8')
      .split('\n')
      .map((l) => squash(l.replace(/^\s*[-+]\s+/, '')))
      .filter(Boolean);
    const all = squash(readPdf(seedFile).pages.map(pageText).join(' '));
    expect(lines.length).toBeGreaterThan(30);
    expect(lines.filter((l) => !all.includes(l))).toEqual([]);
    // Printed once: the title is the document's own, not the web page's heading again.
    expect(all.split('Số điện thoại đường dây nóng và trang Facebook tiếp nhận').length - 1).toBe(1);
  });

  it('has the notice’s title as its one H1, then the numbered clauses as H2, in its structure', () => {
    const tree = execFileSync('pdfinfo', ['-struct-text', seedFile], { encoding: 'utf8' });
    const h1 = [...tree.matchAll(/^\s*H1 \(block\)\n(?:\s*NonStruct\n)*\s*"([^"]*)"/gm)].map((m) => m[1]!);
    // Poppler joins a heading's lines without the space (as Chromium wrote no space there).
    expect(h1.map((t) => t.replace(/\s+/g, ''))).toEqual([seed.subject.replace(/\s+/g, '')]);
    // The clauses, one level under it, with no level skipped (PDF/UA, Matterhorn 14-003).
    expect(tree.match(/^\s*H2 \(block\)$/gm)).toHaveLength(5);
    expect(tree).not.toMatch(/^\s*H[3-6] \(block\)$/m);
  });

  it.each([
    ['Vietnamese', seedFile, seed.urls.page],
    ['English', path.join(DIST, 'en', pdfPath(SEED_SLUG)), seed.urls.page.replace('/thong-bao/', '/en/thong-bao/')],
  ])('%s: has only structure types its PDF version defines, so that readers keep every element (the QR code\'s address included)', (_lang, file, url) => {
    const read = spawnSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    expect(read.stderr).toBe('');
    expect(info(file)).toMatch(/^PDF version:\s+1\.7$/m);
    const types = new Set([...readFileSync(file).toString('latin1').matchAll(/\/S \/(\w+)/g)].map((m) => m[1]!));
    // PDF 1.7's standard structure types (ISO 32000-1, 14.8.4) and the annotations' /S /URI.
    const pdf17 = ['Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private', 'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot', 'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'Warichu', 'Figure', 'Formula', 'Form', 'URI'];
    expect([...types].filter((t) => !pdf17.includes(t))).toEqual([]);
    expect(read.stdout).toContain(`"${url}"`);
  });

  it('has an outline whose entries are the notice’s headings, spaces where they wrap included', async () => {
    const doc = await PDFDocument.load(readFileSync(seedFile), { updateMetadata: false });
    expect(outlineTitles(doc)).toEqual(seed.pdf!.outline);
    expect(outlineTitles(doc)[0]).toContain('tiếp nhận thông tin phản ánh');
  });

  it('is the same file, byte for byte, from two builds (the published site and the fixture site)', () => {
    const other = readFileSync(path.join(FIXTURE_DIST, pdfPath(SEED_SLUG)));
    expect(other.length).toBeGreaterThan(10_000);
    expect(other.equals(readFileSync(seedFile))).toBe(true);
  });
});

describe('what the build prints is what Ctrl+P prints', () => {
  let site: SiteSession;
  beforeAll(async () => {
    site = await openSite(FIXTURE_DIST);
  });
  afterAll(() => site?.close());

  it.each([SEED_SLUG, SECOND_SLUG])('%s: the same pages, the same words in the same places', async (slug) => {
    const page = await openForPrint(site.browser, `${site.url}/thong-bao/${slug}/`);
    const file = path.join(OUT, `ctrl-p-${slug}.pdf`);
    await page.pdf({ ...PDF_OPTIONS, path: file });
    await page.close();
    const layout = (f: string) => readPdf(f).pages.map((p) => [p.widthMm.toFixed(1), p.heightMm.toFixed(1), ...p.words.map((w) => `${w.text}@${w.xMin.toFixed(1)},${w.yMin.toFixed(1)}`)]);
    expect(layout(path.join(FIXTURE_DIST, pdfPath(slug)))).toEqual(layout(file));
  });
});
