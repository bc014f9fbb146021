/**
 * Independent checkers on every test site as built (dist/, the fixture site, the
 * sub-folder site, the Korean site), each reading the files a host would serve:
 *  - every PDF: qpdf's syntax check, and PDF/UA-1's structural requirements read with
 *    pdf-lib (tests/support/checkers/pdf.ts); the signed originals are the agency's files,
 *    published byte for byte, so only their syntax is checked;
 *  - every published JSON Schema and open-data file: Ajv in strict mode (checkers/json-schema.ts);
 *  - every feed, in every language: a feed parser (checkers/feed.ts).
 * The checkers fail on broken input: tests/unit/checkers.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { feedProblems } from '../support/checkers/feed.ts';
import { openDataProblems } from '../support/checkers/json-schema.ts';
import { pdfProblems, qpdfProblems } from '../support/checkers/pdf.ts';
import { BASE_DIST, BASE_PATH, BASE_SITE_URL, DIST, FIXTURE_DIST, KO_DIST, SEED_SLUG, SITE_URL } from '../support/paths.ts';
import { linkAnnotations } from '../../src/outputs/pdf/finalize.ts';
import { noticePath, pdfPath } from '../../src/lib/urls.ts';

const SITES = [
  { dist: DIST, published: `${SITE_URL}/`, lang: 'vi' },
  { dist: FIXTURE_DIST, published: `${SITE_URL}/`, lang: 'vi' },
  { dist: BASE_DIST, published: `${BASE_SITE_URL}${BASE_PATH}`, lang: 'vi' },
  { dist: KO_DIST, published: `${SITE_URL}/`, lang: 'vi' },
];
const files = (dist: string, ext: string) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith(ext) && !f.startsWith('admin/'))
    .sort();
const isOriginal = (f: string) => f.endsWith('-ban-goc.pdf');
/** What qpdf warns about in the test's signed originals, and why that is not a defect of the site. */
const ORIGINAL_WARNINGS = [
  // @signpdf/placeholder-plain, which signs the test originals, writes its incremental xref this way; the site publishes an original byte for byte, whoever wrote it.
  /extraneous whitespace seen before xref/,
  // Same writer: its trailer's /Size is not one more than its highest object number; poppler, pdf.js and our verifier read it all the same.
  /reported number of objects \(\d+\) is not one plus the highest object number/,
];

for (const { dist, published, lang } of SITES) {
  describe(path.basename(dist), () => {
    const pdfs = files(dist, '.pdf');
    it('has PDFs in more than one language to check', () => {
      expect(pdfs.filter((f) => !isOriginal(f)).length).toBeGreaterThanOrEqual(2);
      expect(pdfs.some((f) => /^[a-z]{2}\/thong-bao\//.test(f))).toBe(true);
    });
    it.each(pdfs.filter((f) => !isOriginal(f)))('%s: qpdf finds it sound, and it has what PDF/UA-1 asks that Chromium can give', async (f) => {
      expect(await pdfProblems(path.join(dist, f), { published })).toEqual([]);
    });
    const originals = pdfs.filter(isOriginal);
    if (originals.length)
      it.each(originals)('%s (a signed original, as published): qpdf finds it sound', (f) => {
        expect(qpdfProblems(path.join(dist, f), ORIGINAL_WARNINGS)).toEqual([]);
      });

    it('every published JSON Schema compiles in Ajv strict mode, and every open-data file is valid by the one it names', () => {
      expect(openDataProblems(dist, published)).toEqual([]);
    });

    const feeds = files(dist, 'rss.xml');
    it('has a feed in each language', () => expect(feeds.length).toBeGreaterThanOrEqual(2));
    it.each(feeds)('%s: the feed parser reads a title, link, id and date for the channel and every item', (f) => {
      const prefix = f.slice(0, -'rss.xml'.length); // "" or "en/"
      const feedLang = prefix ? prefix.slice(0, -1) : lang;
      expect(feedProblems(readFileSync(path.join(dist, f), 'utf8'), { published, home: `${published}${prefix}`, self: `${published}${f}`, lang: feedLang })).toEqual([]);
    });
  });
}

describe('the English PDF’s link to the official text', () => {
  it.each([
    [DIST, `${SITE_URL}/`],
    [BASE_DIST, `${BASE_SITE_URL}${BASE_PATH}`],
  ])('%s: points at the Vietnamese page’s published address, and says so in its text', async (dist, published) => {
    const doc = await PDFDocument.load(readFileSync(path.join(dist, 'en', pdfPath(SEED_SLUG))), { updateMetadata: false });
    const links = linkAnnotations(doc).map((a) => {
      const uri = a.lookup(PDFName.of('A'), PDFDict).get(PDFName.of('URI'));
      const contents = a.get(PDFName.of('Contents'));
      return { uri: (uri as PDFString).decodeText(), text: (contents as PDFHexString | undefined)?.decodeText() };
    });
    expect(links).toContainEqual({ uri: `${published}${noticePath(SEED_SLUG)}`, text: 'The Vietnamese text is the official notice.' });
  });
});
