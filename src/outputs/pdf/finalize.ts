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
import { parseNoticeDate } from '../../lib/dates.ts';
import type { PdfMetadata } from '../../model/notice.ts';

export type { PdfMetadata };

/** Fixed, so a Chromium upgrade does not change the file (Chromium would write its version). */
export const PDF_PRODUCER = 'Chromium (Skia/PDF), pdf-lib';

export interface FinalizeOptions {
  metadata: PdfMetadata;
  /** The notice's headings in document order, to replace the outline's titles (see rewriteOutlineTitles). */
  outlineTitles?: string[];
  /** The printed page's links, to give each link annotation its text (see setLinks). */
  links?: PrintedLinks;
}

/**
 * The visible links of the printed page, in document order, each with its address as
 * Chromium resolved it and the text a reader sees: the annotation's /Contents, the text
 * alternative PDF/UA-1 (7.18.5) asks for. The page is printed from its published address
 * (src/outputs/pdf/site-files.ts), so a relative link resolves to the site, never to the
 * build machine.
 */
export type PrintedLinks = { href: string; text: string }[];

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

const uriOf = (annot: PDFDict): { action: PDFDict; uri: string } | null => {
  const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
  const uri = action?.get(PDFName.of('URI'));
  return action && (uri instanceof PDFString || uri instanceof PDFHexString) ? { action, uri: uri.decodeText() } : null;
};

/** Every link annotation of the document, page by page, in the order of each page's /Annots. */
export function linkAnnotations(doc: PDFDocument): PDFDict[] {
  return doc.getPages().flatMap((page) =>
    (page.node.Annots()?.asArray() ?? [])
      .map((a) => doc.context.lookup(a))
      .filter((a): a is PDFDict => a instanceof PDFDict && a.get(PDFName.of('Subtype'))?.toString() === '/Link'),
  );
}

/**
 * Each link annotation's text as /Contents: the text of the page's link with the same address, taken in order (two links
 * to one address keep their own texts); a link the page does not show is described by its
 * address.
 */
export function setLinks(doc: PDFDocument, links: PrintedLinks): void {
  const unused = [...links];
  for (const annot of linkAnnotations(doc)) {
    const found = uriOf(annot);
    if (!found) continue;
    const at = unused.findIndex((l) => l.href === found.uri);
    const text = at >= 0 ? unused.splice(at, 1)[0]!.text.replace(/\s+/g, ' ').trim() : '';
    annot.set(PDFName.of('Contents'), PDFHexString.fromText(text || found.uri));
  }
}

/** A structure element's kids (/K: one kid or an array of them). */
const structKids = (doc: PDFDocument, el: PDFDict): unknown[] => {
  const k = el.get(PDFName.of('K'));
  if (k === undefined) return [];
  const resolved = k instanceof PDFRef ? doc.context.lookup(k) : k;
  return resolved instanceof PDFArray ? resolved.asArray() : [k];
};
const typeOf = (doc: PDFDocument, kid: unknown): string | undefined => {
  const d = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
  return d instanceof PDFDict ? d.get(PDFName.of('S'))?.toString() : undefined;
};

/**
 * List items as PDF/UA-1 asks (ISO 32000-1, 14.8.4.3.3: an LI holds Lbl and/or LBody):
 * Chromium puts the item's content (NonStruct, Link, P, a nested L) directly in the LI. Each
 * such LI gets one LBody holding all of it. No Lbl: the item's marker (our "-" and "+", CSS
 * ::before) is not in the structure Chromium writes (poppler's structure text has no "-"), so
 * there is nothing to tag as a label. The parent tree, which maps each marked content and
 * annotation back to its element, is updated for content that moves from the LI to its LBody.
 */
export function tagListBodies(doc: PDFDocument): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return;
  const moved = new Map<PDFRef, PDFRef>();
  const seen = new Set<PDFDict>();
  const walk = (ref: PDFRef | undefined, el: PDFDict, depth: number) => {
    if (seen.has(el) || depth > 256) return;
    seen.add(el);
    const kids = structKids(doc, el);
    if (ref && el.get(PDFName.of('S'))?.toString() === '/LI' && kids.length && !kids.some((k) => ['/Lbl', '/LBody'].includes(typeOf(doc, k) ?? ''))) {
      const body = doc.context.obj({ Type: 'StructElem', S: 'LBody', P: ref, K: doc.context.obj(kids as never) });
      const pg = el.get(PDFName.of('Pg'));
      if (pg) body.set(PDFName.of('Pg'), pg);
      const bodyRef = doc.context.register(body);
      for (const k of kids) {
        const d = k instanceof PDFRef ? doc.context.lookup(k) : k;
        if (d instanceof PDFDict && d.get(PDFName.of('S'))) d.set(PDFName.of('P'), bodyRef);
      }
      el.set(PDFName.of('K'), doc.context.obj([bodyRef]));
      if (kids.some((k) => !typeOf(doc, k))) moved.set(ref, bodyRef); // marked content or an annotation of the LI's own
    }
    for (const k of structKids(doc, el)) {
      const d = k instanceof PDFRef ? doc.context.lookup(k) : k;
      if (d instanceof PDFDict && d.get(PDFName.of('S'))) walk(k instanceof PDFRef ? k : undefined, d, depth + 1);
    }
  };
  for (const k of structKids(doc, root)) {
    const d = k instanceof PDFRef ? doc.context.lookup(k) : k;
    if (d instanceof PDFDict) walk(k instanceof PDFRef ? k : undefined, d, 0);
  }
  if (moved.size === 0) return;
  // The parent tree: a number tree whose values are an element (an annotation's) or an array of elements (a page's marked content).
  const fix = (node: PDFDict | undefined, depth: number) => {
    if (!node || depth > 32) return;
    const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray);
    for (let i = 1; nums && i < nums.size(); i += 2) {
      const v = nums.get(i);
      const target = v instanceof PDFRef ? doc.context.lookup(v) : v;
      if (target instanceof PDFArray) replaceIn(target);
      else if (v instanceof PDFRef && moved.has(v)) nums.set(i, moved.get(v)!);
    }
    for (const kid of node.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray() ?? []) fix(doc.context.lookup(kid) as PDFDict, depth + 1);
  };
  const replaceIn = (arr: PDFArray) => {
    for (let j = 0; j < arr.size(); j++) {
      const r = arr.get(j);
      if (r instanceof PDFRef && moved.has(r)) arr.set(j, moved.get(r)!);
    }
  };
  const tree = root.lookupMaybe(PDFName.of('ParentTree'), PDFDict);
  fix(tree, 0);
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
  if (opts.links) setLinks(doc, opts.links);
  tagListBodies(doc);

  // /ID: both halves from a hash of the file as saved without one (ISO 32000-1, 14.4: the
  // first identifies the document, the second this version; one version here, so equal).
  const withoutId = await doc.save(SAVE_OPTIONS);
  const id = PDFHexString.of(createHash('sha256').update(withoutId).digest('hex').slice(0, 32).toUpperCase());
  doc.context.trailerInfo.ID = doc.context.obj([id, id]) as PDFArray;
  return doc.save(SAVE_OPTIONS);
}
