/**
 * finalizePdf()'s links: Chromium resolves a page's relative link against the address it
 * printed the page from, the build's loopback server; the PDF must link the published site
 * instead (and so be the same from build to build, whatever port the server had).
 */
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finalizePdf } from '../../src/lib/pdf/finalize.ts';

const METADATA = { title: 'Thông báo', author: 'Sở Ngoại vụ', subject: 'Thử', keywords: [], date: '2026-05-15', creator: 'Thông báo của Sở Ngoại vụ' };

/** A one-page PDF with a link annotation per address, as Chromium writes them (/A << /S /URI /URI (…) >>). */
async function withLinks(uris: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  const annots = uris.map((uri, i) =>
    doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [10, 10 + i * 20, 100, 20 + i * 20], A: { S: 'URI', URI: PDFString.of(uri) } })),
  );
  page.node.set(PDFName.of('Annots'), doc.context.obj(annots));
  return doc.save();
}

async function linksOf(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  return doc.getPage(0).node.Annots()!.asArray().map((ref) => {
    const action = doc.context.lookup(ref, PDFDict).lookup(PDFName.of('A'), PDFDict);
    return action.lookup(PDFName.of('URI'), PDFString).decodeText();
  });
}

describe('links of a printed page', () => {
  const uris = ['http://127.0.0.1:41234/sub/thong-bao/x/', 'tel:+84934336639', 'https://www.openstreetmap.org/?mlat=1', 'http://127.0.0.1:41234/other/'];

  it('point at the site, not at the loopback server it was printed from; other links stay', async () => {
    const out = await finalizePdf(await withLinks(uris), { metadata: METADATA, links: { from: 'http://127.0.0.1:41234/sub/', to: 'https://so.example.vn/sub/' } });
    expect(await linksOf(out)).toEqual(['https://so.example.vn/sub/thong-bao/x/', 'tel:+84934336639', 'https://www.openstreetmap.org/?mlat=1', 'http://127.0.0.1:41234/other/']);
  });

  it('give the same bytes whatever the port was', async () => {
    const at = async (port: number) =>
      finalizePdf(await withLinks([`http://127.0.0.1:${port}/thong-bao/x/`]), { metadata: METADATA, links: { from: `http://127.0.0.1:${port}/`, to: 'https://so.example.vn/' } });
    expect(Buffer.from(await at(40001)).equals(Buffer.from(await at(40002)))).toBe(true);
  });
});
