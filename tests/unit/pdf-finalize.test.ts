/**
 * finalizePdf() on what Chromium really prints: a notice-like page in Tinos (the site's font),
 * printed as the build prints (tagged, outline, A4), twice, in two browsers a second apart.
 * Checked with poppler (pdfinfo, pdffonts) and pdfjs as independent readers, and with cmp.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDF_PRODUCER, finalizePdf, outlineTitles, rewriteOutlineTitles, type PdfMetadata } from '../../src/outputs/pdf/finalize.ts';
import { verifyOriginal } from '../../src/original/verify.ts';
import { launchBrowser } from '../../src/lib/chromium.ts';
import { ROOT } from '../support/paths.ts';
import { makeTestPki } from '../support/signing/pki.ts';
import { signAsPersonThenAgency } from '../support/signing/sign.ts';
import { sha256 } from '../support/signing/cases.ts';

const HEADINGS = [
  'THÔNG BÁO',
  // Long enough to wrap on A4 at 14pt, twice: where Chromium's outline drops the spaces.
  'Số điện thoại đường dây nóng tiếp nhận thông tin phản ánh, kiến nghị, khiếu nại, tố cáo của tổ chức, cá nhân, doanh nghiệp',
  'Trang Facebook của Sở Ngoại vụ',
];

const METADATA: PdfMetadata = {
  title: 'Thông báo số 15/TB-NV',
  author: 'Sở Ngoại vụ thành phố Hải Phòng',
  subject: 'Số điện thoại đường dây nóng và trang Facebook tiếp nhận thông tin phản ánh, kiến nghị',
  keywords: ['đường dây nóng', 'phản ánh', 'kiến nghị', 'Sở Ngoại vụ Hải Phòng'],
  date: '2026-05-15',
  creator: 'Thông báo của Sở Ngoại vụ Hải Phòng',
};

function fontFaces(): string {
  const file = (subset: string, weight: number) => `file://${path.join(ROOT, `node_modules/@fontsource/tinos/files/tinos-${subset}-${weight}-normal.woff2`)}`;
  return [400, 700]
    .map(
      (w) => `@font-face { font-family: Tinos; font-weight: ${w}; src: url(${file('vietnamese', w)}) format('woff2');
  unicode-range: U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303-0304, U+0308-0309, U+0323, U+0329, U+1EA0-1EF9, U+20AB; }
@font-face { font-family: Tinos; font-weight: ${w}; src: url(${file('latin', w)}) format('woff2'); }`,
    )
    .join('\n');
}

const HTML = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Thông báo</title>
<style>${fontFaces()}
@page { size: A4; margin: 20mm 15mm 20mm 30mm } body { font: 14pt/1.5 Tinos }</style></head>
<body><h1>${HEADINGS[0]}</h1><h2>${HEADINGS[1]}</h2><p>Ông Đỗ Quang Minh, Chánh Văn phòng: 0934.336.639.</p>
<h2>${HEADINGS[2]}</h2><p>facebook.com/songoaivuhaiphong</p></body></html>`;

let dir: string;
const raw: string[] = [];
const final: string[] = [];

async function printTwice(htmlFile: string): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  let printedAt = -1;
  for (let i = 0; i < 2; i++) {
    // A Chromium of its own each time, not the run's shared one: two builds would each
    // start theirs. In different seconds, as the clock in Chromium's dates only has
    // seconds: the second print waits for the clock to pass the first one's second.
    const browser = await launchBrowser();
    while (Math.floor(Date.now() / 1000) <= printedAt) await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000)));
    try {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.goto(`file://${htmlFile}`);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      out.push(new Uint8Array(await page.pdf({ format: 'A4', tagged: true, outline: true, preferCSSPageSize: true })));
      printedAt = Math.floor(Date.now() / 1000);
    } finally {
      await browser.close();
    }
  }
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'pdf-finalize-'));
  writeFileSync(path.join(dir, 'notice.html'), HTML);
  const prints = await printTwice(path.join(dir, 'notice.html'));
  for (const [i, bytes] of prints.entries()) {
    raw[i] = path.join(dir, `chromium-${i + 1}.pdf`);
    writeFileSync(raw[i]!, bytes);
    final[i] = path.join(dir, `final-${i + 1}.pdf`);
    writeFileSync(final[i]!, await finalizePdf(bytes, { metadata: METADATA, outlineTitles: HEADINGS }));
  }
}, 120_000);

const cmp = (a: string, b: string) => spawnSync('cmp', ['-s', a, b]).status;

function pdfinfo(file: string, ...flags: string[]): Record<string, string> {
  const out = execFileSync('pdfinfo', [...flags, file], { encoding: 'utf8' });
  return Object.fromEntries(
    out.split('\n').flatMap((line) => {
      const m = /^([^:]+):\s*(.*)$/.exec(line);
      return m ? [[m[1]!, m[2]!]] : [];
    }),
  );
}

function pdffonts(file: string): { name: string; emb: string }[] {
  const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  // name type… encoding emb sub uni object ID: emb is the 4th field from the end.
  return rows.map((r) => {
    const f = r.trim().split(/\s+/);
    return { name: f[0]!, emb: f[f.length - 5]! };
  });
}

async function readWithPdfjs(file: string) {
  const task = getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 });
  try {
    const doc = await task.promise;
    const flat = (items: { title: string; items: unknown[] }[]): string[] => items.flatMap((i) => [i.title, ...flat(i.items as never)]);
    const outline = flat(((await doc.getOutline()) ?? []) as never);
    const { info, metadata } = await doc.getMetadata();
    return { outline, lang: (info as { Language?: string }).Language, xmpTitle: metadata?.get('dc:title') };
  } finally {
    await task.destroy();
  }
}

describe('Chromium’s own output', () => {
  it('differs between two prints of the same page only in CreationDate and ModDate', () => {
    expect(cmp(raw[0]!, raw[1]!)).toBe(1);
    const masked = raw.map((f) => readFileSync(f, 'latin1').replace(/D:\d{14}/g, 'D:<clock>'));
    expect(masked[0]).toBe(masked[1]);
    // No /ID and no XMP to make deterministic: Chromium writes neither.
    expect(masked[0]).not.toMatch(/\/ID\s*\[/);
    expect(masked[0]).not.toMatch(/\/Type\s*\/Metadata/);
  });
});

describe('finalizePdf', () => {
  it('gives the same bytes for two prints of the same notice (cmp)', () => {
    expect(cmp(final[0]!, final[1]!)).toBe(0);
  });

  it('writes the notice’s metadata, dated by the notice, not the clock (pdfinfo)', () => {
    const info = pdfinfo(final[0]!, '-isodates');
    expect({
      Title: info.Title,
      Author: info.Author,
      Subject: info.Subject,
      Keywords: info.Keywords,
      Creator: info.Creator,
      Producer: info.Producer,
      CreationDate: info.CreationDate,
      ModDate: info.ModDate,
      'Metadata Stream': info['Metadata Stream'],
    }).toEqual({
      Title: METADATA.title,
      Author: METADATA.author,
      Subject: METADATA.subject,
      Keywords: METADATA.keywords.join(', '),
      Creator: METADATA.creator,
      Producer: PDF_PRODUCER,
      CreationDate: '2026-05-15T00:00:00+07',
      ModDate: '2026-05-15T00:00:00+07',
      'Metadata Stream': 'yes',
    });
  });

  it('keeps the tagging, the A4 page and the embedded fonts (pdfinfo, pdffonts)', () => {
    const before = pdfinfo(raw[0]!);
    const after = pdfinfo(final[0]!);
    expect(after.Tagged).toBe('yes');
    expect(after['Page size']).toMatch(/\(A4\)$/);
    expect(after.Pages).toBe(before.Pages);
    const fonts = pdffonts(final[0]!);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.emb === 'yes')).toBe(true);
    expect(fonts.map((f) => f.name)).toEqual(pdffonts(raw[0]!).map((f) => f.name));
    // The structure tree, element by element, as poppler reads it.
    expect(execFileSync('pdfinfo', ['-struct', final[0]!], { encoding: 'utf8' })).toBe(execFileSync('pdfinfo', ['-struct', raw[0]!], { encoding: 'utf8' }));
  });

  it('sets /Lang vi and XMP that agrees with the Info dictionary (pdfjs)', async () => {
    const read = await readWithPdfjs(final[0]!);
    expect(read.lang).toBe('vi');
    expect(read.xmpTitle).toBe(METADATA.title);
  });

  it('gives the outline the headings’ own text, with the spaces Chromium drops at line wraps', async () => {
    const before = await readWithPdfjs(raw[0]!);
    const after = await readWithPdfjs(final[0]!);
    // Same letters; Chromium (156) loses the spaces where the long heading wraps.
    expect(before.outline.map((t) => t.replace(/\s+/g, ''))).toEqual(HEADINGS.map((t) => t.replace(/\s+/g, '')));
    expect(after.outline).toEqual(HEADINGS);
  });

  it('writes a classic xref table (no object streams) and a content-derived /ID', () => {
    const text = readFileSync(final[0]!, 'latin1');
    expect(text).toMatch(/\nxref\n0 \d+\n0000000000 65535 f/);
    expect(text).not.toMatch(/\/Type\s*\/(ObjStm|XRef)/);
    expect(text).toMatch(/\/ID \[ <([0-9A-F]{32})> <\1> \]/);
  });

  it('is a PDF the signing tools can sign, and the signed result verifies', async () => {
    const pki = makeTestPki();
    const signed = await signAsPersonThenAgency(new Uint8Array(readFileSync(final[0]!)), pki.person, pki.agency, {
      person: new Date('2026-05-15T01:00:00Z'),
      agency: new Date('2026-05-15T02:30:00Z'),
    });
    const result = await verifyOriginal({
      pdf: signed,
      sha256: sha256(signed),
      trustRoots: [pki.root.certPem],
      expected: { signerName: 'Trần Thị Quỳnh Trang', issuerName: METADATA.author },
    });
    expect(result.ok && result.signatures.map((s) => s.kind)).toEqual(['person', 'agency']);
  });
});

describe('rewriteOutlineTitles', () => {
  it('refuses headings that are not the ones printed', async () => {
    const doc = await PDFDocument.load(readFileSync(raw[0]!), { updateMetadata: false });
    expect(() => rewriteOutlineTitles(doc, HEADINGS.slice(0, 2))).toThrowErrorMatchingInlineSnapshot(`[Error: rewriteOutlineTitles: the PDF's outline has 3 items, 2 headings were given]`);
    // (Not a snapshot: the printed title quoted in the message is Chromium's, spaces lost or not.)
    expect(() => rewriteOutlineTitles(doc, [HEADINGS[0]!, HEADINGS[2]!, HEADINGS[1]!])).toThrow(
      /^rewriteOutlineTitles: outline item 2 reads "Số điện thoại .*", not heading "Trang Facebook của Sở Ngoại vụ"$/,
    );
    // Nothing was changed by a refused call.
    expect(outlineTitles(doc)).toEqual((await readWithPdfjs(raw[0]!)).outline);
    expect(doc.catalog.has(PDFName.of('Outlines'))).toBe(true);
  });
});
