/**
 * A throwaway PKI for tests: CAs, leaf certificates and their PKCS#12 files, made fresh in
 * memory on every run. Nothing here is a real key; nothing of it is committed.
 *
 * node-forge makes the certificates because @signpdf/signer-p12 signs with forge anyway.
 * Two forge habits shape this file:
 * - A DN value is written as a PrintableString unless told otherwise, and a JS string with
 *   Vietnamese letters is then cut to 8-bit bytes. We mark every value UTF8String, which
 *   makes forge encode it correctly when it writes a certificate it has just built.
 * - When forge re-reads a certificate (as signer-p12 does from the P12) it keeps a UTF8String
 *   as its raw UTF-8 bytes, and when it writes the signer's issuer into the CMS SignerInfo it
 *   UTF-8-encodes those bytes a second time. A non-ASCII CA name therefore ends up different
 *   in the SignerInfo and in the certificate, and verifiers report the signer certificate as
 *   "not found". So CAs get ASCII names; leaves (whose subject forge never re-writes) can
 *   carry the Vietnamese names the checks compare.
 * RSA keys come from node:crypto: forge's pure-JS key generation takes seconds per key.
 */
import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

export interface DnPart {
  /** forge short name: CN, O, OU, L, ST, C. */
  shortName: 'CN' | 'O' | 'OU' | 'L' | 'ST' | 'C';
  value: string;
}

export interface Issued {
  cert: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
  certPem: string;
  keyPem: string;
}

export interface IssueOptions {
  subject: DnPart[];
  /** The CA that signs this certificate; none for a self-signed root. */
  issuer?: Issued;
  notBefore: Date;
  notAfter: Date;
  isCa?: boolean;
  serial?: string;
}

let serialCounter = 0x1000;

function toForgeAttrs(parts: DnPart[]): forge.pki.CertificateField[] {
  // C is a PrintableString by definition (X.520); everything else is UTF8String so that
  // Vietnamese letters survive (see the file comment).
  return parts.map((p) => ({
    shortName: p.shortName,
    value: p.value,
    // (@types/node-forge types valueTagClass as a Class; forge means the universal Type.)
    valueTagClass: (p.shortName === 'C' ? forge.asn1.Type.PRINTABLESTRING : forge.asn1.Type.UTF8) as unknown as forge.asn1.Class,
  }));
}

export function issueCertificate(opts: IssueOptions): Issued {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const key = forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey;
  const publicKey = forge.pki.publicKeyFromPem(pair.publicKey.export({ type: 'spki', format: 'pem' }).toString());

  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = opts.serial ?? (serialCounter++).toString(16).padStart(4, '0');
  cert.validity.notBefore = opts.notBefore;
  cert.validity.notAfter = opts.notAfter;
  const subject = toForgeAttrs(opts.subject);
  cert.setSubject(subject);
  cert.setIssuer(opts.issuer ? opts.issuer.cert.subject.attributes : subject);
  const extensions: object[] = [
    { name: 'basicConstraints', cA: !!opts.isCa, critical: true },
    opts.isCa
      ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }
      : { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ];
  if (opts.issuer) extensions.push({ name: 'authorityKeyIdentifier', keyIdentifier: opts.issuer.cert.generateSubjectKeyIdentifier().getBytes() });
  cert.setExtensions(extensions);
  cert.sign(opts.issuer?.key ?? key, forge.md.sha256.create());
  return { cert, key, certPem: forge.pki.certificateToPem(cert), keyPem };
}

/** PKCS#12 with the leaf, its chain and its key, as a signing tool would import it. */
export function toP12(leaf: Issued, chain: Issued[], passphrase: string): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(leaf.key, [leaf.cert, ...chain.map((c) => c.cert)], passphrase, {
    algorithm: '3des',
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/** What a signing tool holds: the P12 and its passphrase, and names for display. */
export interface SigningIdentity extends Issued {
  p12: Buffer;
  passphrase: string;
  /** For the signature dictionary's /Name (see sign.ts on why it is ASCII). */
  asciiName: string;
}

export interface TestPki {
  /** The trust root: what content/trust/ would hold. */
  root: Issued;
  /** The CA under the root that issues the leaves (and that each P12 carries). */
  issuing: Issued;
  /** A root the verifier is not given. */
  outsideRoot: Issued;
  person: SigningIdentity;
  agency: SigningIdentity;
  /** A person other than the notice's signer, from the trusted CA. */
  otherPerson: SigningIdentity;
  /** An agency other than the notice's issuer, from the trusted CA. */
  otherAgency: SigningIdentity;
  /** The notice's signer again, but certified by outsideRoot. */
  outsider: SigningIdentity;
  /** The notice's signer with a certificate that ended before the signing time the tests use. */
  expired: SigningIdentity;
  /** The notice's signer, valid, but from an issuing CA (under the root) that had expired by then. */
  underExpiredCa: SigningIdentity;
  /** A root with a Vietnamese name: forge then writes a SignerInfo naming no certificate it carries. */
  nonAsciiRoot: Issued;
  underNonAsciiRoot: SigningIdentity;
}

const PASS = 'test-only';
const VN: DnPart = { shortName: 'C', value: 'VN' };

function identity(leaf: Issued, chain: Issued[], asciiName: string): SigningIdentity {
  return { ...leaf, p12: toP12(leaf, chain, PASS), passphrase: PASS, asciiName };
}

/**
 * Leaves are valid 2025-01-01 … 2028-01-01 and the tests sign on 2026-05-15, so nothing here
 * depends on the clock; the expired one ended on 2025-12-31. Every key and certificate is made.
 */
export function makeTestPki(): TestPki {
  return testPki(true);
}

/**
 * The same PKI, each certificate (and its RSA key, ≈ 0.1 s of CPU each) made when first read:
 * a test that signs with two identities does not pay for fourteen keys.
 */
export function lazyTestPki(): TestPki {
  return testPki(false);
}

/** `make`, run when first called and its result kept (a promise is kept as it is). */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

function testPki(eager: boolean): TestPki {
  const caValidity = { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2040-01-01T00:00:00Z') };
  const leafValidity = { notBefore: new Date('2025-01-01T00:00:00Z'), notAfter: new Date('2028-01-01T00:00:00Z') };
  const root = once(() => issueCertificate({ subject: [VN, { shortName: 'O', value: 'Test PKI' }, { shortName: 'CN', value: 'Test Root CA' }], isCa: true, ...caValidity }));
  const issuing = once(() => issueCertificate({ subject: [VN, { shortName: 'O', value: 'Test PKI' }, { shortName: 'CN', value: 'Test Issuing CA' }], issuer: root(), isCa: true, ...caValidity }));
  const outsideRoot = once(() => issueCertificate({ subject: [VN, { shortName: 'O', value: 'Other PKI' }, { shortName: 'CN', value: 'Untrusted Test Root CA' }], isCa: true, ...caValidity }));

  const personName = (cn: string, org = 'Sở Ngoại vụ thành phố Hải Phòng'): DnPart[] => [
    VN,
    { shortName: 'L', value: 'Hải Phòng' },
    { shortName: 'O', value: org },
    { shortName: 'CN', value: cn },
  ];
  const agencyName = (cn: string): DnPart[] => [VN, { shortName: 'L', value: 'Hải Phòng' }, { shortName: 'O', value: 'Ủy ban nhân dân thành phố Hải Phòng' }, { shortName: 'CN', value: cn }];

  const expiredIssuing = once(() =>
    issueCertificate({
      subject: [VN, { shortName: 'O', value: 'Test PKI' }, { shortName: 'CN', value: 'Expired Issuing CA' }],
      issuer: root(),
      isCa: true,
      notBefore: new Date('2020-01-01T00:00:00Z'),
      notAfter: new Date('2026-01-01T00:00:00Z'),
    }),
  );
  const nonAsciiRoot = once(() => issueCertificate({ subject: [VN, { shortName: 'CN', value: 'Ban Cơ yếu Chính phủ (thử nghiệm)' }], isCa: true, ...caValidity }));
  const leaf = (subject: DnPart[], issuer: Issued, validity = leafValidity, serial?: string) => issueCertificate({ subject, issuer, ...validity, serial });
  const identities = {
    // Fixed serials: the tests show them, and they must not move when another certificate is added.
    person: once(() => identity(leaf(personName('Trần Thị Quỳnh Trang'), issuing(), leafValidity, '5401'), [issuing(), root()], 'Tran Thi Quynh Trang')),
    agency: once(() => identity(leaf(agencyName('Sở Ngoại vụ thành phố Hải Phòng'), issuing(), leafValidity, '5402'), [issuing(), root()], 'So Ngoai vu thanh pho Hai Phong')),
    otherPerson: once(() => identity(leaf(personName('Nguyễn Văn An'), issuing()), [issuing(), root()], 'Nguyen Van An')),
    otherAgency: once(() => identity(leaf(agencyName('Sở Tư pháp thành phố Hải Phòng'), issuing()), [issuing(), root()], 'So Tu phap thanh pho Hai Phong')),
    outsider: once(() => identity(leaf(personName('Trần Thị Quỳnh Trang'), outsideRoot()), [outsideRoot()], 'Tran Thi Quynh Trang')),
    expired: once(() =>
      identity(
        leaf(personName('Trần Thị Quỳnh Trang'), issuing(), { notBefore: new Date('2023-01-01T00:00:00Z'), notAfter: new Date('2025-12-31T17:00:00Z') }),
        [issuing(), root()],
        'Tran Thi Quynh Trang',
      ),
    ),
    underExpiredCa: once(() => identity(leaf(personName('Trần Thị Quỳnh Trang'), expiredIssuing()), [expiredIssuing(), root()], 'Tran Thi Quynh Trang')),
    underNonAsciiRoot: once(() => identity(leaf(personName('Trần Thị Quỳnh Trang'), nonAsciiRoot()), [nonAsciiRoot()], 'Tran Thi Quynh Trang')),
  };
  const all: { [K in keyof TestPki]: () => TestPki[K] } = { root, issuing, outsideRoot, nonAsciiRoot, ...identities };
  if (eager) {
    // In the order they have always been made: the CAs, then the leaves (the serials of those without fixed ones follow it).
    for (const make of [root, issuing, outsideRoot, expiredIssuing, nonAsciiRoot, ...Object.values(identities)]) make();
  }
  const pki = {} as TestPki;
  for (const [name, get] of Object.entries(all)) Object.defineProperty(pki, name, { get, enumerable: true });
  return pki;
}
