/**
 * Appending an incremental update to a PDF (ISO 32000-1, 7.5.6) without touching a byte of
 * what is already there, which is how every edit of a signed PDF looks: new object versions,
 * a new xref section, a trailer whose /Prev points at the previous one.
 *
 * pdf-lib 1.17 can only save a whole new file (it has no incremental save), but its object
 * model does the hard part: we load the file, let `edit` change it through pdf-lib's API,
 * find which objects differ by comparing their serialised bytes, and write just those,
 * serialised by pdf-lib, after the old %%EOF.
 */
import { PDFDocument, PDFName, type PDFObject, type PDFRef } from 'pdf-lib';

function serialise(o: PDFObject): Uint8Array {
  const buf = new Uint8Array(o.sizeInBytes());
  o.copyBytesInto(buf, 0);
  return buf;
}

const latin1 = (b: Uint8Array) => new TextDecoder('latin1').decode(b);
const ascii = (s: string) => new TextEncoder().encode(s);

function lastStartXref(pdf: Uint8Array): number {
  const m = [...latin1(pdf).matchAll(/startxref\s+(\d+)\s+%%EOF/g)].pop();
  if (!m) throw new Error('no startxref in the PDF');
  return Number(m[1]);
}

export async function appendIncrementalUpdate(pdf: Uint8Array, edit: (doc: PDFDocument) => void | Promise<void>): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const before = new Map(doc.context.enumerateIndirectObjects().map(([ref, o]) => [ref.tag, latin1(serialise(o))]));
  await edit(doc);
  // Fonts and images pdf-lib embeds are only written out on save; write them now.
  await doc.flush();
  const changed = doc.context
    .enumerateIndirectObjects()
    .filter(([ref, o]) => before.get(ref.tag) !== latin1(serialise(o)))
    .sort(([a], [b]) => a.objectNumber - b.objectNumber);
  if (changed.length === 0) throw new Error('the edit changed nothing');

  const parts: Uint8Array[] = [pdf, ascii('\n')];
  let offset = pdf.length + 1;
  const offsets = new Map<PDFRef, number>();
  for (const [ref, obj] of changed) {
    offsets.set(ref, offset);
    const chunk = [ascii(`${ref.objectNumber} ${ref.generationNumber} obj\n`), serialise(obj), ascii('\nendobj\n')];
    for (const c of chunk) {
      parts.push(c);
      offset += c.length;
    }
  }

  // One subsection per run of consecutive object numbers; entries are exactly 20 bytes.
  const xrefStart = offset;
  let xref = 'xref\n';
  const refs = [...offsets.keys()];
  for (let i = 0; i < refs.length; ) {
    let j = i;
    while (j + 1 < refs.length && refs[j + 1]!.objectNumber === refs[j]!.objectNumber + 1) j++;
    xref += `${refs[i]!.objectNumber} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) xref += `${String(offsets.get(refs[k]!)).padStart(10, '0')} ${String(refs[k]!.generationNumber).padStart(5, '0')} n \n`;
    i = j + 1;
  }
  const t = doc.context.trailerInfo;
  const trailer = doc.context.obj({ Size: doc.context.largestObjectNumber + 1, Root: t.Root, Prev: lastStartXref(pdf) });
  if (t.Info) trailer.set(PDFName.of('Info'), t.Info);
  if (t.ID) trailer.set(PDFName.of('ID'), t.ID);
  parts.push(ascii(xref), ascii('trailer\n'), serialise(trailer), ascii(`\nstartxref\n${xrefStart}\n%%EOF\n`));

  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
