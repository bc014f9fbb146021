/**
 * The last step after Chromium prints a notice to PDF (page.pdf with tagged: true,
 * outline: true): the document's metadata, written from the notice itself, and a file that is
 * the same bytes every time the same notice is built.
 *
 * What varies in Chromium's output (checked on Chromium 156, two prints of one page, in one
 * browser and in two): only /CreationDate and /ModDate (the clock, to the second). Across
 * machines /Creator and /Producer vary too (they carry Chromium's version). Chromium writes
 * no trailer /ID and no XMP, and its font subset tags (AAAAAA+…) are stable. So we replace
 * the Info dictionary whole, add XMP and an /ID that are functions of the content, and save
 * with pdf-lib, whose writer is deterministic (objects in number order, streams untouched).
 *
 * We also repair the outline: Chromium builds it from the headings' rendered lines and drops
 * the space where a heading wraps ("kiến nghị" becomes "kiếnnghị"), so callers pass the
 * headings' own text to put back.
 */
import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString } from 'pdf-lib';
import { parseNoticeDate } from '../dates.ts';

/** Fixed, so a Chromium upgrade does not change the file (Chromium would write its version). */
export const PDF_PRODUCER = 'Chromium (Skia/PDF), pdf-lib';

export interface PdfMetadata {
  title: string;
  /** The issuing body. */
  author: string;
  /** The notice's subject line (trích yếu). */
  subject: string;
  keywords: string[];
  /** The notice's date, "YYYY-MM-DD" (or "YYYY-MM"): CreationDate and ModDate, not the clock. */
  date: string;
  /** BCP 47; the catalog's /Lang, which screen readers use to pick a voice. */
  lang?: string;
  /** What made it: the site's name in the PDF's language (content/site.yaml). */
  creator: string;
}

export interface FinalizeOptions {
  metadata: PdfMetadata;
  /** The notice's headings in document order, to replace the outline's titles (see rewriteOutlineTitles). */
  outlineTitles?: string[];
  /**
   * Where the page was printed from and where it is published: a link of the page that
   * Chromium resolved against the loopback server it printed from (`from`, with the base
   * path) is written as the same path on the site (`to`, its absolute address), so the PDF
   * links the site, not a server that no longer runs, and names no port that changes from
   * build to build.
   */
  links?: { from: string; to: string };
}

/** Every link annotation's URI that starts with `from` starts with `to` instead. */
function rewriteLinks(doc: PDFDocument, { from, to }: { from: string; to: string }): void {
  for (const [, o] of doc.context.enumerateIndirectObjects()) {
    if (!(o instanceof PDFDict)) continue;
    const action = o.lookupMaybe(PDFName.of('A'), PDFDict) ?? o;
    if (action.get(PDFName.of('S')) !== PDFName.of('URI')) continue;
    const uri = action.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString);
    const text = uri?.decodeText();
    if (text?.startsWith(from)) action.set(PDFName.of('URI'), PDFString.of(to + text.slice(from.length)));
  }
}

/** Midnight of the notice's date in Vietnam (UTC+7, no summer time): what the date means there. */
function noticeMidnight(date: string): { pdf: string; xmp: string } {
  const d = parseNoticeDate(date);
  if (!d) throw new Error(`finalizePdf: not a notice date: ${JSON.stringify(date)}`);
  const mm = String(d.month).padStart(2, '0');
  const dd = String(d.day ?? 1).padStart(2, '0');
  return { pdf: `D:${d.year}${mm}${dd}000000+07'00'`, xmp: `${d.year}-${mm}-${dd}T00:00:00+07:00` };
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * XMP saying what the Info dictionary says (PDF/A and PDF/UA checkers read XMP, and want the
 * two to agree). The packet id is the constant the XMP specification gives.
 */
function xmpPacket(m: PdfMetadata, created: string): string {
  const lang = m.lang ?? 'vi';
  const alt = (v: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(v)}</rdf:li></rdf:Alt>`;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<dc:format>application/pdf</dc:format>
<dc:title>${alt(m.title)}</dc:title>
<dc:creator><rdf:Seq><rdf:li>${xmlEscape(m.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description>${alt(m.subject)}</dc:description>
<dc:language><rdf:Bag><rdf:li>${xmlEscape(lang)}</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>${xmlEscape(m.keywords.join(', '))}</pdf:Keywords>
<pdf:Producer>${xmlEscape(PDF_PRODUCER)}</pdf:Producer>
<xmp:CreatorTool>${xmlEscape(m.creator)}</xmp:CreatorTool>
<xmp:CreateDate>${created}</xmp:CreateDate>
<xmp:ModifyDate>${created}</xmp:ModifyDate>
<xmp:MetadataDate>${created}</xmp:MetadataDate>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** Outline items in reading order (depth first), as a reader lists them. */
function outlineItems(doc: PDFDocument): PDFDict[] {
  const items: PDFDict[] = [];
  const walk = (first: PDFDict | undefined, depth: number) => {
    // A malformed outline can loop (a /Next pointing back); a notice's is a few dozen items.
    for (let item = first, n = 0; item && n < 10_000; item = item.lookupMaybe(PDFName.of('Next'), PDFDict), n++) {
      items.push(item);
      if (depth < 32) walk(item.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1);
    }
  };
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict), 0);
  return items;
}

function titleOf(item: PDFDict): string {
  const t = item.get(PDFName.of('Title'));
  return t instanceof PDFString || t instanceof PDFHexString ? t.decodeText() : '';
}

/** Same heading, give or take the spaces Chromium drops (and case, if CSS transformed it). */
const letters = (s: string) => s.normalize('NFC').replace(/\s+/g, '').toLocaleLowerCase('vi');

export function outlineTitles(doc: PDFDocument): string[] {
  return outlineItems(doc).map(titleOf);
}

/**
 * Replaces the outline's titles, in order, with `titles` (the headings as the notice writes
 * them). Refuses when the counts differ or when a title differs beyond whitespace and case:
 * then the headings given are not the ones printed, and a wrong bookmark is worse than a
 * missing space.
 */
export function rewriteOutlineTitles(doc: PDFDocument, titles: string[]): void {
  const items = outlineItems(doc);
  if (items.length !== titles.length)
    throw new Error(`rewriteOutlineTitles: the PDF's outline has ${items.length} items, ${titles.length} headings were given`);
  // Check them all before changing any, so a refused call leaves the outline as it was.
  const wanted = titles.map((t) => t.replace(/\s+/g, ' ').trim());
  items.forEach((item, i) => {
    const printed = titleOf(item);
    if (letters(printed) !== letters(wanted[i]!))
      throw new Error(`rewriteOutlineTitles: outline item ${i + 1} reads ${JSON.stringify(printed)}, not heading ${JSON.stringify(wanted[i])}`);
  });
  items.forEach((item, i) => item.set(PDFName.of('Title'), PDFHexString.fromText(wanted[i]!)));
}

function setMetadata(doc: PDFDocument, m: PdfMetadata): void {
  const { pdf: date, xmp: xmpDate } = noticeMidnight(m.date);
  const text = (s: string) => PDFHexString.fromText(s);
  // A new Info dictionary, not an edited one: nothing of Chromium's (its version, the clock) stays.
  const info = doc.context.obj({
    Title: text(m.title),
    Author: text(m.author),
    Subject: text(m.subject),
    Keywords: text(m.keywords.join(', ')),
    Creator: text(m.creator),
    Producer: text(PDF_PRODUCER),
    CreationDate: PDFString.of(date),
    ModDate: PDFString.of(date),
  });
  const old = doc.context.trailerInfo.Info;
  if (old instanceof PDFRef) doc.context.assign(old, info);
  else doc.context.trailerInfo.Info = doc.context.register(info);

  doc.catalog.set(PDFName.of('Lang'), PDFString.of(m.lang ?? 'vi'));
  // The title bar shows the title, not the file name (PDF/UA asks for it; Chromium sets it too).
  doc.catalog.getOrCreateViewerPreferences().setDisplayDocTitle(true);

  // XMP is not compressed, so that archive tools can find it without a PDF parser.
  const xmp = new TextEncoder().encode(xmpPacket(m, xmpDate));
  const stream = PDFRawStream.of(doc.context.obj({ Type: 'Metadata', Subtype: 'XML', Length: xmp.length }), xmp);
  const existing = doc.catalog.get(PDFName.of('Metadata'));
  if (existing instanceof PDFRef) doc.context.assign(existing, stream);
  else doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

/** Classic xref table, no object streams: PDF 1.4 as Chromium wrote it, and what signing tools append to most easily. */
const SAVE_OPTIONS = { useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false } as const;

/**
 * Metadata from the notice, outline titles from its headings, a content-derived /ID; the
 * same input gives the same bytes.
 */
export async function finalizePdf(pdf: Uint8Array, opts: FinalizeOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  setMetadata(doc, opts.metadata);
  if (opts.outlineTitles) rewriteOutlineTitles(doc, opts.outlineTitles);
  if (opts.links) rewriteLinks(doc, opts.links);

  // /ID: both halves from a hash of the file as saved without one (ISO 32000-1, 14.4: the
  // first identifies the document, the second this version; one version here, so equal).
  const withoutId = await doc.save(SAVE_OPTIONS);
  const id = PDFHexString.of(createHash('sha256').update(withoutId).digest('hex').slice(0, 32).toUpperCase());
  doc.context.trailerInfo.ID = doc.context.obj([id, id]) as PDFArray;
  return doc.save(SAVE_OPTIONS);
}
