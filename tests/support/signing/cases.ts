/**
 * The ways a signed original goes wrong, made from a good one: each helper takes the bytes of
 * a signed PDF and returns the damaged bytes, the way they would reach us in practice (a
 * re-save in a PDF reader, a note added, a file swapped).
 */
import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRawStream, PDFString, PDFDocument, PageSizes, StandardFonts, rgb } from 'pdf-lib';
import { appendIncrementalUpdate } from './incremental.ts';
import type { Issued } from './pki.ts';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const latin1 = (b: Uint8Array) => new TextDecoder('latin1').decode(b);

/**
 * One byte changed inside what every signature signs: a digit of the Producer string in the
 * Info dictionary (plain text in the file, so the file stays a well-formed PDF).
 */
export function changeOneByte(pdf: Uint8Array): Uint8Array {
  const at = latin1(pdf).indexOf('/Producer (Skia/PDF m');
  if (at < 0) throw new Error('no Chromium Producer string to change');
  const out = pdf.slice();
  const digit = at + '/Producer (Skia/PDF m'.length;
  out[digit] = out[digit] === 0x39 ? 0x38 : out[digit]! + 1;
  return out;
}

/** A new page with text, appended as an incremental update after the last signature. */
export function appendPage(pdf: Uint8Array): Promise<Uint8Array> {
  return appendIncrementalUpdate(pdf, async (doc) => {
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage(PageSizes.A4).drawText('Phu luc bo sung sau khi ky', { x: 72, y: 760, size: 14, font });
  });
}

/** Text drawn over the first page (a white box over the number, a new number on it). */
export function overwriteText(pdf: Uint8Array): Promise<Uint8Array> {
  return appendIncrementalUpdate(pdf, async (doc) => {
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.getPage(0);
    page.drawRectangle({ x: 250, y: 700, width: 150, height: 30, color: rgb(1, 1, 1) });
    page.drawText('16/TB-NV', { x: 270, y: 710, size: 13, font });
  });
}

/** A sticky note ("Đã sửa") added to the first page. */
export function addAnnotation(pdf: Uint8Array): Promise<Uint8Array> {
  return appendIncrementalUpdate(pdf, (doc) => {
    const page = doc.getPage(0);
    const note = doc.context.register(
      doc.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [500, 780, 520, 800], Contents: PDFHexString.fromText('Đã sửa'), Open: false }),
    );
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (annots) annots.push(note);
    else page.node.set(PDFName.of('Annots'), doc.context.obj([note]));
  });
}

/** Bytes after the last %%EOF that are no PDF update at all. */
export function appendGarbage(pdf: Uint8Array): Uint8Array {
  const tail = new TextEncoder().encode('\n<html><body>not part of the PDF</body></html>\n');
  const out = new Uint8Array(pdf.length + tail.length);
  out.set(pdf);
  out.set(tail, pdf.length);
  return out;
}

function signatureContents(doc: PDFDocument): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const [, o] of doc.context.enumerateIndirectObjects()) {
    if (!(o instanceof PDFDict) || !o.has(PDFName.of('ByteRange'))) continue;
    const c = o.get(PDFName.of('Contents'));
    if (c instanceof PDFHexString) out.push(c.asBytes());
  }
  return out;
}

const derOf = (c: Issued) => Buffer.from(c.certPem.replace(/-----[^-]+-----|\s+/g, ''), 'base64');

/**
 * Long-term-validation data as PAdES B-LT adds it after the last signature: a /DSS in the
 * catalog with the chain's certificates as streams, and a VRI entry per signature (keyed by
 * the upper-case SHA-1 of its /Contents) listing them. No OCSP or CRL: the test CA runs no
 * such service, and the verifier does not treat those differently from certificates.
 */
export function addDss(pdf: Uint8Array, certificates: Issued[], opts: { restampInfo?: boolean } = {}): Promise<Uint8Array> {
  return appendIncrementalUpdate(pdf, (doc) => {
    // As iText's append mode does: the save time and its own name in the Info dictionary.
    if (opts.restampInfo) {
      doc.setModificationDate(new Date('2026-05-15T03:00:00Z'));
      doc.setProducer('LTV tool 1.0');
    }
    const certs = certificates.map((c) => doc.context.register(PDFRawStream.of(doc.context.obj({ Length: derOf(c).length }), derOf(c))));
    const vri = doc.context.obj({});
    for (const contents of signatureContents(doc)) {
      const key = createHash('sha1').update(contents).digest('hex').toUpperCase();
      vri.set(PDFName.of(key), doc.context.obj({ Cert: certs, TU: PDFString.fromDate(new Date('2026-05-15T03:00:00Z')) }));
    }
    const dss = doc.context.register(doc.context.obj({ Type: 'DSS', Certs: certs, VRI: vri }));
    doc.catalog.set(PDFName.of('DSS'), dss);
  });
}

/** What a PDF is not: a Word file's first bytes (a ZIP) where the PDF should be. */
export function notAPdf(): Uint8Array {
  return new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('word/document.xml this is not a PDF')]);
}

/**
 * A scanned original: pages that are pictures, no text layer, no signature. (Drawn shapes
 * stand in for the scanned image; what matters is that there is nothing to read.) Another
 * number of `lines`, another file.
 */
export async function scannedPdf(lines = 12): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(new Date('2026-05-15T00:00:00Z'));
  doc.setModificationDate(new Date('2026-05-15T00:00:00Z'));
  const page = doc.addPage(PageSizes.A4);
  for (let i = 0; i < lines; i++) page.drawRectangle({ x: 80, y: 760 - i * 24, width: 300 + ((i * 37) % 120), height: 8, color: rgb(0.2, 0.2, 0.2) });
  return doc.save();
}

interface LastSignature {
  /** Offset of the "/ByteRange [" text and its length up to the padding after "]". */
  byteRangeAt: number;
  byteRangeText: string;
  range: [number, number, number, number];
}

/** The signature that ends last, found the way a reader finds it (pdf-lib's parser). */
async function lastSignature(pdf: Uint8Array): Promise<LastSignature> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  let best: [number, number, number, number] | undefined;
  for (const [, o] of doc.context.enumerateIndirectObjects()) {
    if (!(o instanceof PDFDict)) continue;
    const br = o.lookupMaybe(PDFName.of('ByteRange'), PDFArray);
    if (!br) continue;
    const r = br.asArray().map((n) => Number(n.toString())) as [number, number, number, number];
    if (!best || r[2] + r[3] > best[2] + best[3]) best = r;
  }
  if (!best) throw new Error('no signature');
  const text = latin1(pdf);
  const byteRangeAt = text.lastIndexOf('/ByteRange [', best[1]);
  const m = /^\/ByteRange \[[^\]]*\] */.exec(text.slice(byteRangeAt))!;
  return { byteRangeAt, byteRangeText: m[0], range: best };
}

function overwrite(pdf: Uint8Array, at: number, text: string): Uint8Array {
  const out = pdf.slice();
  out.set(new TextEncoder().encode(text), at);
  return out;
}

/**
 * The last signature's /ByteRange rewritten so its hole starts 100 bytes early (same length
 * of text, so nothing else moves): what a forger does to keep content outside the signature.
 */
export async function widenHole(pdf: Uint8Array): Promise<Uint8Array> {
  const sig = await lastSignature(pdf);
  const [a, b, c, d] = sig.range;
  const text = `/ByteRange [${a} ${b - 100} ${c} ${d}]`.padEnd(sig.byteRangeText.length, ' ');
  return overwrite(pdf, sig.byteRangeAt, text);
}

/** The last signature relabelled as a SubFilter we do not verify (same length of text). */
export function relabelSubFilter(pdf: Uint8Array, from = '/ETSI.CAdES.detached', to = '/ETSI.RFC3161'): Uint8Array {
  const at = latin1(pdf).lastIndexOf(`/SubFilter ${from}`);
  if (at < 0) throw new Error(`no ${from}`);
  return overwrite(pdf, at, `/SubFilter ${to}`.padEnd(`/SubFilter ${from}`.length, ' '));
}

/** The last signature's CMS replaced by zeros: a placeholder that was never signed. */
export async function blankSignature(pdf: Uint8Array): Promise<Uint8Array> {
  const [, b, c] = (await lastSignature(pdf)).range;
  return overwrite(pdf, b + 1, '0'.repeat(c - b - 2));
}

/**
 * One bit of the last signature's RSA signature value flipped. The value is the last field
 * of the SignerInfo (forge writes no unsigned attributes), so it ends where the DER ends,
 * before the zero padding; the DER's length is read from its outer tag.
 */
export async function corruptSignatureValue(pdf: Uint8Array): Promise<Uint8Array> {
  const [, b] = (await lastSignature(pdf)).range;
  const hex = (i: number) => parseInt(latin1(pdf.subarray(b + 1 + 2 * i, b + 3 + 2 * i)), 16);
  // SEQUENCE 30 82 LL LL (a CMS of a few kilobytes always uses the two-byte long form).
  if (hex(0) !== 0x30 || hex(1) !== 0x82) throw new Error('unexpected CMS header');
  const derLength = 4 + ((hex(2) << 8) | hex(3));
  const i = derLength - 10;
  const flipped = (hex(i) ^ 0x01).toString(16).padStart(2, '0');
  return overwrite(pdf, b + 1 + 2 * i, flipped);
}

/** The first half of the file, as an interrupted download leaves it. */
export function truncate(pdf: Uint8Array): Uint8Array {
  return pdf.slice(0, Math.floor(pdf.length / 2));
}

/** The document's title changed in Info after signing: metadata, but not a restamp. */
export function retitle(pdf: Uint8Array): Promise<Uint8Array> {
  return appendIncrementalUpdate(pdf, (doc) => doc.setTitle('Thông báo số 16/TB-NV'));
}

/** Bytes written into the zero padding after the last signature's CMS (inside the unsigned hole). */
export async function dirtyPadding(pdf: Uint8Array): Promise<Uint8Array> {
  const [, , c] = (await lastSignature(pdf)).range;
  // The hole ends "…0000>"; its last bytes are padding whatever the CMS's length.
  return overwrite(pdf, c - 9, 'cafe');
}
