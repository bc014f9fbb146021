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
import { makeTestPki, type TestPki } from './pki.ts';
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

export interface SigningFixtures {
  dir: string;
  pki: TestPki;
  /** PEM of the trust root, as content/trust/ would hold it. */
  trustRoots: string[];
  pdfs: Record<FixtureName, Uint8Array>;
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

export async function makeSigningFixtures(): Promise<SigningFixtures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'signed-original-'));
  const pki = makeTestPki();
  const [unsigned, noNumberOrDate] = (await printPdfs([sampleHtml(), sampleHtml({ numberLine: '', dateLine: '' })])) as [Uint8Array, Uint8Array];
  const both = (person = pki.person, agency = pki.agency, pdf = unsigned) => signAsPersonThenAgency(pdf, person, agency, TIMES);

  const signed = await both();
  const personSigned = await signPdf(unsigned, pki.person, { signingTime: TIMES.person, subFilter: 'adbe.pkcs7.detached' });
  const pdfs: Record<FixtureName, Uint8Array> = {
    unsigned,
    scanned: await scannedPdf(),
    noNumberOrDate,
    signed,
    signedWithDss: await addDss(signed, [pki.root, pki.issuing, pki.person, pki.agency]),
    signedWithDssRestamped: await addDss(signed, [pki.root, pki.issuing], { restampInfo: true }),
    retitled: await retitle(signed),
    personOnly: personSigned,
    byteChanged: changeOneByte(signed),
    pageAppended: await appendPage(signed),
    textOverwritten: await overwriteText(signed),
    annotationAdded: await addAnnotation(signed),
    garbageAppended: appendGarbage(signed),
    changedBetween: await signPdf(await overwriteText(personSigned), pki.agency, { signingTime: TIMES.agency }),
    otherSigner: await both(pki.otherPerson),
    otherAgency: await both(pki.person, pki.otherAgency),
    untrustedCa: await both(pki.outsider),
    expiredCertificate: await both(pki.expired),
    expiredIssuingCa: await both(pki.underExpiredCa),
    signerCertificateNotFound: await signPdf(unsigned, pki.underNonAsciiRoot, { signingTime: TIMES.person }),
    notPdf: notAPdf(),
    truncated: truncate(signed),
    agencyOnly: await signPdf(unsigned, pki.agency, { signingTime: TIMES.agency }),
    signedBeforeValid: await signAsPersonThenAgency(unsigned, pki.person, pki.agency, { person: new Date('2024-06-01T01:00:00Z'), agency: TIMES.agency }),
    dssThenTextOverwritten: await overwriteText(await addDss(signed, [pki.root, pki.issuing])),
    holeWidened: await widenHole(signed),
    unsupportedSubFilter: relabelSubFilter(signed),
    blankSignature: await blankSignature(signed),
    dirtyPadding: await dirtyPadding(signed),
    forgedSignature: await corruptSignatureValue(signed),
  };

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
