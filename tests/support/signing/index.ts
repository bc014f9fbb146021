/**
 * Signed-PDF fixtures for the tests of src/original/: a throwaway PKI, a notice printed by
 * Chromium, signed as the person and then the agency, and every way it can go wrong. All of it
 * is made at test time and written under a temp dir (for a look when a test fails); no key is
 * ever committed.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  addAnnotation,
  addDss,
  appendGarbage,
  appendPage,
  blankSignature,
  changeOneByte,
  corruptSignatureValue,
  dirtyPadding,
  notAPdf,
  overwriteText,
  relabelSubFilter,
  retitle,
  scannedPdf,
  truncate,
  widenHole,
} from './cases.ts';
import { lazyTestPki, makeTestPki, once, type TestPki } from './pki.ts';
import { SAMPLE, printPdfs, sampleHtml } from './sample-pdf.ts';
import { signAsPersonThenAgency, signPdf } from './sign.ts';

export { SAMPLE } from './sample-pdf.ts';
export { sha256 } from './cases.ts';
export type { TestPki } from './pki.ts';

/** The signing times the fixtures use: 08:00 and 09:30 in Hải Phòng on the notice's date. */
export const TIMES = {
  person: new Date('2026-05-15T01:00:00Z'),
  agency: new Date('2026-05-15T02:30:00Z'),
} as const;

export interface SigningFixtures<N extends FixtureName = FixtureName> {
  dir: string;
  pki: TestPki;
  /** PEM of the trust root, as content/trust/ would hold it. */
  trustRoots: string[];
  pdfs: Record<N, Uint8Array>;
}

export type FixtureName =
  | 'unsigned'
  | 'scanned'
  | 'noNumberOrDate'
  | 'signed'
  | 'signedWithDss'
  | 'signedWithDssRestamped'
  | 'retitled'
  | 'personOnly'
  | 'byteChanged'
  | 'pageAppended'
  | 'textOverwritten'
  | 'annotationAdded'
  | 'garbageAppended'
  | 'changedBetween'
  | 'otherSigner'
  | 'otherAgency'
  | 'untrustedCa'
  | 'expiredCertificate'
  | 'expiredIssuingCa'
  | 'signerCertificateNotFound'
  | 'notPdf'
  | 'truncated'
  | 'agencyOnly'
  | 'signedBeforeValid'
  | 'dssThenTextOverwritten'
  | 'holeWidened'
  | 'unsupportedSubFilter'
  | 'blankSignature'
  | 'dirtyPadding'
  | 'forgedSignature';

/**
 * Every fixture, or only those named in `only` (with only the keys and the printed PDFs they
 * are made from: ≈ 1.5 s of CPU less for a test that needs three).
 */
export async function makeSigningFixtures(): Promise<SigningFixtures>;
export async function makeSigningFixtures<N extends FixtureName>(only: readonly N[]): Promise<SigningFixtures<N>>;
export async function makeSigningFixtures(only?: readonly FixtureName[]): Promise<SigningFixtures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'signed-original-'));
  const pki = only ? lazyTestPki() : makeTestPki();
  // Both notices printed in one browser session when both are needed.
  const printed = once(() => printPdfs(!only || only.includes('noNumberOrDate') ? [sampleHtml(), sampleHtml({ numberLine: '', dateLine: '' })] : [sampleHtml()]));
  const unsigned = async () => (await printed())[0]!;
  const both = async (person = pki.person, agency = pki.agency, pdf?: Uint8Array) => signAsPersonThenAgency(pdf ?? (await unsigned()), person, agency, TIMES);
  const signed = once(() => both());
  const personSigned = once(async () => signPdf(await unsigned(), pki.person, { signingTime: TIMES.person, subFilter: 'adbe.pkcs7.detached' }));
  const make: Record<FixtureName, () => Promise<Uint8Array> | Uint8Array> = {
    unsigned,
    scanned: () => scannedPdf(),
    noNumberOrDate: async () => (await printed())[1]!,
    signed,
    signedWithDss: async () => addDss(await signed(), [pki.root, pki.issuing, pki.person, pki.agency]),
    signedWithDssRestamped: async () => addDss(await signed(), [pki.root, pki.issuing], { restampInfo: true }),
    retitled: async () => retitle(await signed()),
    personOnly: personSigned,
    byteChanged: async () => changeOneByte(await signed()),
    pageAppended: async () => appendPage(await signed()),
    textOverwritten: async () => overwriteText(await signed()),
    annotationAdded: async () => addAnnotation(await signed()),
    garbageAppended: async () => appendGarbage(await signed()),
    changedBetween: async () => signPdf(await overwriteText(await personSigned()), pki.agency, { signingTime: TIMES.agency }),
    otherSigner: () => both(pki.otherPerson),
    otherAgency: () => both(pki.person, pki.otherAgency),
    untrustedCa: () => both(pki.outsider),
    expiredCertificate: () => both(pki.expired),
    expiredIssuingCa: () => both(pki.underExpiredCa),
    signerCertificateNotFound: async () => signPdf(await unsigned(), pki.underNonAsciiRoot, { signingTime: TIMES.person }),
    notPdf: () => notAPdf(),
    truncated: async () => truncate(await signed()),
    agencyOnly: async () => signPdf(await unsigned(), pki.agency, { signingTime: TIMES.agency }),
    signedBeforeValid: async () => signAsPersonThenAgency(await unsigned(), pki.person, pki.agency, { person: new Date('2024-06-01T01:00:00Z'), agency: TIMES.agency }),
    dssThenTextOverwritten: async () => overwriteText(await addDss(await signed(), [pki.root, pki.issuing])),
    holeWidened: async () => widenHole(await signed()),
    unsupportedSubFilter: async () => relabelSubFilter(await signed()),
    blankSignature: async () => blankSignature(await signed()),
    dirtyPadding: async () => dirtyPadding(await signed()),
    forgedSignature: async () => corruptSignatureValue(await signed()),
  };
  // One after the other: each is CPU work in this process, nothing is gained by starting them at once.
  const pdfs = {} as Record<FixtureName, Uint8Array>;
  for (const name of only ?? (Object.keys(make) as FixtureName[])) pdfs[name] = await make[name]();

  mkdirSync(path.join(dir, 'trust'));
  writeFileSync(path.join(dir, 'trust/test-root.pem'), pki.root.certPem);
  writeFileSync(path.join(dir, 'person.p12'), pki.person.p12);
  writeFileSync(path.join(dir, 'agency.p12'), pki.agency.p12);
  for (const [name, bytes] of Object.entries(pdfs)) writeFileSync(path.join(dir, `${name}.pdf`), bytes);
  return { dir, pki, trustRoots: [pki.root.certPem], pdfs };
}

/** The notice's own facts, as the YAML gives them to the verifier. */
export const EXPECTED = {
  signerName: SAMPLE.signerName,
  issuerName: SAMPLE.issuerName,
  number: SAMPLE.number,
  date: SAMPLE.date,
};
