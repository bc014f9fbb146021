/**
 * Finding the signatures in a PDF and the bytes each one signs, with pdf-lib's object parser.
 *
 * A PDF signature signs "everything but itself": /ByteRange [a b c d] names two stretches of
 * the file, and the gap between them must be exactly the /Contents hex string that holds the
 * CMS. We check that shape strictly, because a /ByteRange that leaves out more than /Contents
 * would let anything in the gap change unnoticed.
 */
import { sameBytes } from '../lib/bytes.ts';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

/** The signature formats of PAdES and of Adobe's detached PKCS#7 (ISO 32000-1, 12.8.3.3). */
export const SUPPORTED_SUBFILTERS = ['adbe.pkcs7.detached', 'ETSI.CAdES.detached'] as const;

export interface SignatureDictionary {
  /** Where the dictionary lives; undefined for a direct one (inside a field's /V). */
  ref: PDFRef | undefined;
  dict: PDFDict;
  type: string | undefined;
  subFilter: string | undefined;
  /** /M, the signing time the signing tool wrote (not signed, unlike signingTime). */
  m: Date | undefined;
  /** /T of the field that holds it, where there is one. */
  fieldName: string | undefined;
}

export interface SignedRange {
  byteRange: [number, number, number, number];
  /** a+b … c+d: the end of what this signature covers (the end of its revision). */
  end: number;
  /** The bytes the signature is over: the file less the /Contents hole. */
  signedBytes: Uint8Array<ArrayBuffer>;
  /** The DER of the CMS, zero padding included (the hole is sized before signing). */
  cms: Uint8Array;
}

export async function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  // updateMetadata: false, or pdf-lib would write its own Producer/ModDate into what we compare.
  return PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
}

function nameOf(o: PDFObject | undefined): string | undefined {
  return o instanceof PDFName ? o.decodeText() : undefined;
}

function textOf(o: PDFObject | undefined): string | undefined {
  return o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;
}

function dateOf(o: PDFObject | undefined): Date | undefined {
  if (!(o instanceof PDFString || o instanceof PDFHexString)) return undefined;
  try {
    const d = o.decodeDate();
    return Number.isNaN(d.getTime()) ? undefined : d;
  } catch {
    return undefined;
  }
}

/**
 * A signature dictionary is one with /ByteRange and /Contents; /Type /Sig is optional in the
 * standard, so we do not require it (but a /DocTimeStamp is found too, and later refused as
 * unsupported rather than silently ignored).
 */
function isSignatureDict(d: PDFDict): boolean {
  return d.has(PDFName.of('ByteRange')) && d.has(PDFName.of('Contents')) && d.has(PDFName.of('Filter'));
}

export function findSignatureDictionaries(doc: PDFDocument): SignatureDictionary[] {
  const found = new Map<PDFDict, SignatureDictionary>();
  const fieldNames = new Map<PDFDict, string>();
  const direct: PDFDict[] = [];
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict)) continue;
    // A field points at its value with /V; note its name, and catch a value written inline.
    const v = obj.get(PDFName.of('V'));
    const value = v instanceof PDFRef ? doc.context.lookup(v) : v;
    if (value instanceof PDFDict && isSignatureDict(value)) {
      const name = textOf(obj.get(PDFName.of('T')));
      if (name) fieldNames.set(value, name);
      if (!(v instanceof PDFRef)) direct.push(value);
    }
    if (isSignatureDict(obj)) found.set(obj, describe(obj, ref));
  }
  for (const d of direct) if (!found.has(d)) found.set(d, describe(d, undefined));
  return [...found.values()].map((s) => ({ ...s, fieldName: fieldNames.get(s.dict) }));
}

function describe(dict: PDFDict, ref: PDFRef | undefined): SignatureDictionary {
  return {
    ref,
    dict,
    type: nameOf(dict.get(PDFName.of('Type'))),
    subFilter: nameOf(dict.get(PDFName.of('SubFilter'))),
    m: dateOf(dict.get(PDFName.of('M'))),
    fieldName: undefined,
  };
}

const LT = 0x3c; // <
const GT = 0x3e; // >

function isHexDigit(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
}

function hexToBytes(bytes: Uint8Array, from: number, to: number): Uint8Array {
  const out = new Uint8Array((to - from) >> 1);
  const hex = new TextDecoder('latin1').decode(bytes.subarray(from, to));
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Why a signature's byte range is not the one shape we accept; undefined when it is. */
export type RangeFault = 'byte-range' | 'hole' | 'revision-end';

/**
 * Reads /ByteRange and the hole it leaves, and checks: it starts at 0; the two stretches are in
 * order and inside the file; the hole is exactly one hex string, and that string is this
 * dictionary's /Contents; the covered part ends at an %%EOF (a whole revision).
 */
export function readSignedRange(pdf: Uint8Array, sig: SignatureDictionary): SignedRange | RangeFault {
  const arr = sig.dict.get(PDFName.of('ByteRange'));
  if (!(arr instanceof PDFArray) || arr.size() !== 4) return 'byte-range';
  const nums = arr.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN));
  if (!nums.every((n) => Number.isInteger(n) && n >= 0)) return 'byte-range';
  const [a, b, c, d] = nums as [number, number, number, number];
  if (a !== 0 || b >= c || c + d > pdf.length || d === 0) return 'byte-range';

  // The hole: "<" hex… ">" and nothing else, equal to the /Contents pdf-lib parsed.
  if (pdf[b] !== LT || pdf[c - 1] !== GT || (c - b - 2) % 2 !== 0) return 'hole';
  for (let i = b + 1; i < c - 1; i++) if (!isHexDigit(pdf[i]!)) return 'hole';
  const cms = hexToBytes(pdf, b + 1, c - 1);
  const contents = sig.dict.get(PDFName.of('Contents'));
  if (!(contents instanceof PDFHexString) || !sameBytes(contents.asBytes(), cms)) return 'hole';

  const end = c + d;
  const lastBytes = new TextDecoder('latin1').decode(pdf.subarray(Math.max(0, end - 16), end));
  if (!/%%EOF\s*$/.test(lastBytes)) return 'revision-end';

  const signedBytes = new Uint8Array(b + d);
  signedBytes.set(pdf.subarray(0, b), 0);
  signedBytes.set(pdf.subarray(c, end), b);
  return { byteRange: [a, b, c, d], end, signedBytes, cms };
}
