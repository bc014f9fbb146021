/**
 * The independent checkers of tests/checkers/ fail where they should: each on an input
 * broken on purpose with the defects issue 25 found (and the accessibility engine on a broken
 * page: tests/checkers/ace.test.ts, which needs a browser).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { feedProblems } from '../support/checkers/feed.ts';
import { strictSchemaProblems } from '../support/checkers/json-schema.ts';
import { pdfProblems, qpdfProblems } from '../support/checkers/pdf.ts';
import { z } from 'zod';
import { OpenNotice } from '../../src/outputs/downloads.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'checkers-'));
const PUBLISHED = 'https://songoaivu.haiphong.gov.vn/';

describe('the PDF checker', () => {
  it('fails an untagged PDF with a font not embedded, no /Lang, no title shown, and a link to the build machine without text', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    page.drawText('The Vietnamese text is the official notice.', { x: 50, y: 780, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
    const link = doc.context.register(
      doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [50, 775, 300, 795], A: { S: 'URI', URI: PDFString.of('http://127.0.0.1:36819/thong-bao/x/') } }),
    );
    page.node.set(PDFName.of('Annots'), doc.context.obj([link]));
    const file = path.join(dir, 'broken.pdf');
    writeFileSync(file, await doc.save());
    const problems = await pdfProblems(file, { published: PUBLISHED });
    expect(problems).toEqual(
      expect.arrayContaining([
        'no structure tree (/StructTreeRoot): the PDF is not tagged',
        '/MarkInfo /Marked is not true',
        'no valid /Lang in the catalog (undefined)',
        '/ViewerPreferences /DisplayDocTitle is not true',
        'page 1, link http://127.0.0.1:36819/thong-bao/x/: a link that is not https: http://127.0.0.1:36819/thong-bao/x/',
        'page 1, link http://127.0.0.1:36819/thong-bao/x/: no text alternative (/Contents)',
        'page 1, link http://127.0.0.1:36819/thong-bao/x/: not in the structure tree (/StructParent)',
        'font /Helvetica is not embedded',
      ]),
    );
  });

  it('fails a link to a loopback server over https, and a list item holding its content directly', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    const li = doc.context.obj({ Type: 'StructElem', S: 'LI', K: [doc.context.obj({ Type: 'StructElem', S: 'NonStruct' })] });
    const root = doc.context.obj({ Type: 'StructTreeRoot', K: [doc.context.register(li)] });
    doc.catalog.set(PDFName.of('StructTreeRoot'), doc.context.register(root));
    const link = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], Contents: PDFString.of('x'), StructParent: 0, A: { S: 'URI', URI: PDFString.of('https://localhost/x') } });
    page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(link)]));
    const file = path.join(dir, 'list.pdf');
    writeFileSync(file, await doc.save());
    const problems = await pdfProblems(file, { published: PUBLISHED });
    expect(problems).toContain('page 1, link https://localhost/x: a link to the build machine: https://localhost/x');
    expect(problems).toContain('a list item (LI) holds /NonStruct instead of Lbl/LBody');
  });

  it('fails a file whose cross-reference table is damaged (qpdf)', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const bytes = Buffer.from(await doc.save({ useObjectStreams: false }));
    const file = path.join(dir, 'damaged.pdf');
    // Shift every object by one byte: the xref's offsets no longer point at the objects.
    writeFileSync(file, Buffer.concat([bytes.subarray(0, 15), Buffer.from(' '), bytes.subarray(15)]));
    expect(qpdfProblems(file).join('\n')).toMatch(/qpdf --check \(exit [23]\)/);
  });
});

describe('strict JSON Schema validation', () => {
  it('refuses the open-data schema as the site published it before: with the staff form’s own keywords', () => {
    const withFormKeywords = z.toJSONSchema(OpenNotice, { target: 'draft-2020-12', unrepresentable: 'any' });
    expect(strictSchemaProblems(withFormKeywords, 'thong-bao.schema.json')).toEqual([expect.stringMatching(/strict mode: unknown keyword: "(errorMessage|multiline|hint|summary|relation)"/)]);
  });

  it('accepts the same schema without them', () => {
    expect(strictSchemaProblems({ type: 'object', properties: { subject: { type: 'string', title: 'Trích yếu' } } })).toEqual([]);
  });
});

describe('the feed checker', () => {
  const expectations = { published: PUBLISHED, home: PUBLISHED, self: `${PUBLISHED}rss.xml`, lang: 'vi' };
  const feed = (channelExtra: string, item: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Thông báo</title><description>Mô tả</description>
<link>${PUBLISHED}</link><language>vi</language><atom:link href="${PUBLISHED}rss.xml" rel="self" type="application/rss+xml"/>${channelExtra}
<item><title>Đường dây nóng</title><link>${PUBLISHED}thong-bao/a/</link><guid>${PUBLISHED}thong-bao/a/</guid><description>Bản dự thảo</description>${item}</item></channel></rss>`;

  it('fails the published feed as it was: a draft without pubDate, a channel without a date', () => {
    expect(feedProblems(feed('', ''), expectations)).toEqual([
      'the channel carries no date (pubDate or lastBuildDate)',
      'item 1 (Đường dây nóng): no date a reader can sort by (pubDate)',
    ]);
  });

  it('passes it with its dates', () => {
    const date = '<pubDate>Thu, 30 Apr 2026 17:00:00 GMT</pubDate>';
    expect(feedProblems(feed(`${date}<lastBuildDate>Thu, 30 Apr 2026 17:00:00 GMT</lastBuildDate>`, date), expectations)).toEqual([]);
  });

  it('fails XML that is not well formed, which a lenient reader would still read', () => {
    expect(feedProblems(feed('', '').replace('</title>', ''), expectations)[0]).toMatch(/^not well-formed XML/);
  });
});
