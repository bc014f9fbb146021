/**
 * Verifies the legally binding original of a notice: the PDF staff put beside the YAML
 * (original.file, original.sha256), offline, against the agency's root certificates in
 * content/trust/.
 *
 * A digitally signed original (Decree 30/2020/NĐ-CP, Điều 5) is accepted when: its bytes are
 * the ones the YAML names; every signature is intact and made with a certificate that chains
 * to a trust root and was valid when it signed; nothing but validation data follows the last
 * signature; the person's signature names the notice's signer and the agency's the issuing
 * body; and the number and date it prints are the notice's. A PDF with no signature at all is
 * accepted as a scanned original (digitalSignature: false), on its hash and text alone.
 *
 * Every refusal is collected (not just the first), each with its own code and a Vietnamese
 * message; see messages.ts.
 */
import { PDFArray, PDFName, PDFNumber, type PDFDocument } from 'pdf-lib';
import { certificatesFromPem, commonName, issuerCommonName, organization, summarise, validateChain } from './certificates.ts';
import type * as pkijs from 'pkijs';
import { sha256Hex } from '../lib/bytes.ts';
import { checkCms } from './cms.ts';
import { messages, signatureLabel } from './messages.ts';
import { sameName } from './names.ts';
import {
  SUPPORTED_SUBFILTERS,
  findSignatureDictionaries,
  loadPdf,
  readSignedRange,
  type SignatureDictionary,
  type SignedRange,
} from './pdf-signatures.ts';
import { disallowedChanges } from './revisions.ts';
import { extractText, hasText, printedDate, printedNumber, sameDate, sameNumber } from './text.ts';
import type { ExpectedOriginal, OriginalProblem, VerifiedSignature, VerifyOriginalInput, VerifyOriginalResult } from './types.ts';

export type * from './types.ts';

const PDF_HEADER = new TextEncoder().encode('%PDF-');

function startsWithPdfHeader(pdf: Uint8Array): boolean {
  return PDF_HEADER.every((b, i) => pdf[i] === b);
}

/**
 * Which of Điều 5's two signatures this is. A certificate naming the notice's signer is the
 * person's; one whose CN is the issuing body (or repeats its own O, as organisation
 * certificates do) is the agency's. A certificate naming neither is placed by the Decree's
 * order, the person signing first and the agency over it, so a wrong name is reported
 * against the role it stands in.
 */
function signerKind(cn: string, org: string | undefined, expected: ExpectedOriginal, index: number): 'person' | 'agency' {
  if (sameName(cn, expected.signerName)) return 'person';
  if (expected.issuerName && sameName(cn, expected.issuerName)) return 'agency';
  if (org && sameName(cn, org)) return 'agency';
  return index === 0 ? 'person' : 'agency';
}

const isBlank = (bytes: Uint8Array) => bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x00 || b === 0x0c);

interface Located {
  sig: SignatureDictionary;
  range: SignedRange;
  /** Position among all the file's signatures (for the labels). */
  index: number;
}

/** Where a signature says it ends (c + d of its /ByteRange), for ordering before it is checked. */
function claimedEnd(sig: SignatureDictionary): number {
  const arr = sig.dict.lookupMaybe(PDFName.of('ByteRange'), PDFArray);
  const n = arr?.asArray().map((x) => (x instanceof PDFNumber ? x.asNumber() : NaN)) ?? [];
  const end = (n[2] ?? NaN) + (n[3] ?? NaN);
  return Number.isFinite(end) ? end : Number.MAX_SAFE_INTEGER;
}

export async function verifyOriginal(input: VerifyOriginalInput): Promise<VerifyOriginalResult> {
  const { pdf, expected } = input;
  const problems: OriginalProblem[] = [];
  const fail = (): VerifyOriginalResult => ({ ok: false, problems });

  if (!startsWithPdfHeader(pdf)) {
    problems.push(messages.notPdf());
    return fail();
  }
  let doc: PDFDocument;
  try {
    doc = await loadPdf(pdf);
    // pdf-lib recovers what it can; a "PDF" with no page tree left is no document.
    if (doc.getPageCount() === 0) throw new Error('no pages');
  } catch {
    problems.push(messages.pdfUnreadable());
    return fail();
  }
  if (doc.isEncrypted) {
    problems.push(messages.pdfEncrypted());
    return fail();
  }

  const actual = await sha256Hex(pdf);
  const given = input.sha256.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(given)) problems.push(messages.hashInvalid(input.sha256, actual));
  else if (given !== actual) problems.push(messages.hashMismatch(actual));

  const roots: pkijs.Certificate[] = [];
  input.trustRoots.forEach((root, i) => {
    const certs = certificatesFromPem(typeof root === 'string' ? root : root.pem);
    if (certs) roots.push(...certs);
    else problems.push(messages.trustRootInvalid(i, typeof root === 'string' ? undefined : root.file));
  });

  // Signatures, in the order they were made: the order of the revisions they close. A
  // signature whose byte range is broken is reported, and then nothing is said about the
  // revisions: which bytes it signed is unknown, so "what came after it" is too.
  const dicts = findSignatureDictionaries(doc).sort((x, y) => claimedEnd(x) - claimedEnd(y));
  const located: Located[] = [];
  const labels: string[] = [];
  let brokenRange = false;
  dicts.forEach((sig, i) => {
    labels[i] = signatureLabel(i);
    const range = readSignedRange(pdf, sig);
    if (typeof range === 'string') {
      problems.push(messages.signatureMalformed(labels[i]!, range));
      brokenRange = true;
    } else located.push({ sig, range, index: i });
  });

  const signatures: VerifiedSignature[] = [];
  const untrustedIssuers = new Set<string>();
  for (const { sig, range, index: i } of located) {
    let label = labels[i]!;
    if (!SUPPORTED_SUBFILTERS.includes(sig.subFilter as (typeof SUPPORTED_SUBFILTERS)[number]) || sig.type === 'DocTimeStamp') {
      problems.push(messages.signatureUnsupported(label, sig.subFilter));
      continue;
    }
    // Whatever the bytes, a refusal and never an exception: the build must be able to say why.
    const cms = await checkCms(range.cms, range.signedBytes).catch(() => 'parse' as const);
    if (typeof cms === 'string') {
      problems.push(messages.cmsInvalid(label, cms));
      continue;
    }
    const cn = commonName(cms.signer);
    label = signatureLabel(i, cn);
    labels[i] = label;
    if (!cms.digestMatches) problems.push(messages.digestMismatch(label));
    else if (!cms.signatureValid) problems.push(messages.signatureInvalid(label));

    const signedAt = cms.signingTime ?? sig.m;
    if (!signedAt) {
      problems.push(messages.signatureMalformed(label, 'no-time'));
      continue;
    }
    const cert = cms.signer;
    if (cert.notAfter.value < signedAt) problems.push(messages.expired(label, cert.notAfter.value, signedAt));
    else if (cert.notBefore.value > signedAt) problems.push(messages.notYetValid(label, cert.notBefore.value, signedAt));
    else {
      const issuer = issuerCommonName(cert);
      if (roots.length === 0) untrustedIssuers.add(issuer);
      else {
        const chain = await validateChain(cert, cms.certificates, roots, signedAt).catch(() => ({ ok: false, reason: 'untrusted' }) as const);
        if (!chain.ok) problems.push(chain.reason === 'expired-ca' ? messages.caExpired(label, issuer, signedAt) : messages.untrusted(label, issuer));
      }
    }

    const org = organization(cert);
    signatures.push({
      signerName: cn,
      ...(org ? { organization: org } : {}),
      signedAt,
      signedAtSource: cms.signingTime ? 'signingTime' : 'M',
      certificate: summarise(cert),
      kind: signerKind(cn, org, expected, i),
      subFilter: sig.subFilter!,
    });
  }

  if (untrustedIssuers.size > 0) problems.push(messages.noTrustRoots([...untrustedIssuers]));

  if (!brokenRange) problems.push(...(await revisionProblems(pdf, doc, located, labels)));

  // Who signed: every personal signature is the notice's signer; an agency one, the issuer.
  if (signatures.length > 0 && signatures.length === dicts.length) {
    const people = signatures.filter((s) => s.kind === 'person');
    if (people.length === 0) problems.push(messages.signerMissing(expected.signerName, signatures.map((s) => s.signerName)));
    // The label without the name here: the message says whose it is.
    signatures.forEach((s, i) => {
      if (s.kind === 'person' && !sameName(s.signerName, expected.signerName))
        problems.push(messages.signerMismatch(signatureLabel(i), s.signerName, expected.signerName));
      if (s.kind === 'agency' && expected.issuerName && !sameName(s.signerName, expected.issuerName) && !(s.organization && sameName(s.organization, expected.issuerName)))
        problems.push(messages.agencyMismatch(signatureLabel(i), s.signerName, expected.issuerName));
    });
  }

  problems.push(...(await textProblems(pdf, expected)));

  if (problems.length > 0) return fail();
  return { ok: true, signatures, digitalSignature: signatures.length > 0 };
}

/**
 * Between signatures only what adding the next signature needs; after the last, only
 * validation data (revisions.ts), or nothing but line ends.
 */
async function revisionProblems(pdf: Uint8Array, full: PDFDocument, located: Located[], labels: string[]): Promise<OriginalProblem[]> {
  const problems: OriginalProblem[] = [];
  if (located.length === 0) return problems;
  const revisions = new Map<number, PDFDocument>([[pdf.length, full]]);
  const revision = async (end: number) => {
    if (!revisions.has(end)) revisions.set(end, await loadPdf(pdf.subarray(0, end)));
    return revisions.get(end)!;
  };
  /** A revision that will not load as a PDF is no revision: its signature's range is wrong. */
  const compare = async (from: Located, to: number, check: Parameters<typeof disallowedChanges>[2]) => {
    try {
      return disallowedChanges(await revision(from.range.end), await revision(to), check);
    } catch {
      problems.push(messages.signatureMalformed(labels[from.index]!, 'revision-end'));
      return [];
    }
  };

  for (let i = 0; i + 1 < located.length; i++) {
    const { range } = located[i]!;
    const next = located[i + 1]!;
    if (next.range.end === range.end) {
      problems.push(messages.signatureMalformed(labels[next.index]!, 'revision-end'));
      continue;
    }
    const kinds = await compare(located[i]!, next.range.end, { signatureAdded: true, nextSignatures: next.sig.ref ? [next.sig.ref] : [] });
    if (kinds.length > 0) problems.push(messages.changedBetween(labels[located[i]!.index]!, labels[next.index]!, kinds));
  }

  const last = located[located.length - 1]!;
  const lastLabel = labels[last.index]!;
  const end = last.range.end;
  const tail = pdf.subarray(end);
  if (isBlank(tail)) return problems;
  const tailText = new TextDecoder('latin1').decode(tail);
  // Bytes after the last %%EOF that are not an update (no xref, no trailer) are no PDF at all.
  if (!/startxref\s+\d+\s+%%EOF\s*$/.test(tailText)) {
    problems.push(messages.changedAfter(lastLabel, 'trailing-data'));
    return problems;
  }
  const kinds = await compare(last, pdf.length, { signatureAdded: false });
  if (kinds.length > 0) problems.push(messages.changedAfter(lastLabel, kinds));
  return problems;
}

async function textProblems(pdf: Uint8Array, expected: ExpectedOriginal): Promise<OriginalProblem[]> {
  if (!expected.number && !expected.date) return [];
  let text: string;
  try {
    text = await extractText(pdf);
  } catch {
    // pdf-lib read the file; if pdfjs cannot, there is no text to compare, as with a scan.
    return [];
  }
  if (!hasText(text)) return [];
  const problems: OriginalProblem[] = [];
  if (expected.number) {
    const printed = printedNumber(text);
    if (!printed) problems.push(messages.numberNotFound(expected.number));
    else if (!sameNumber(printed, expected.number)) problems.push(messages.numberMismatch(printed, expected.number));
  }
  if (expected.date) {
    const printed = printedDate(text);
    if (!printed) problems.push(messages.dateNotFound(expected.date));
    else if (!sameDate(printed, expected.date)) problems.push(messages.dateMismatch(printed, expected.date));
  }
  return problems;
}
