/**
 * X.509 with pkijs: reading the trust roots, the names in a certificate, and whether a
 * signer's certificate chains to a root and was valid when it signed.
 *
 * pkijs does no cryptography itself; it calls a WebCrypto through a "crypto engine". We make
 * one explicitly over the runtime's WebCrypto (Node's and the browser's are one API: the staff
 * form runs this code too) and pass it to every call, rather than rely on pkijs picking up
 * globalThis.crypto at import time (global state, and easy to lose when a bundler decides the
 * module has no side effects).
 */
import * as pkijs from 'pkijs';
import { fromBase64, sameBytes, toHex, webCrypto } from '../lib/bytes.ts';
import type { CertificateSummary, Pem } from './types.ts';

export const cryptoEngine = new pkijs.CryptoEngine({ name: 'webcrypto', crypto: webCrypto() });

const OID = {
  CN: '2.5.4.3',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  C: '2.5.4.6',
  L: '2.5.4.7',
  ST: '2.5.4.8',
  SERIAL: '2.5.4.5',
  EMAIL: '1.2.840.113549.1.9.1',
  UID: '0.9.2342.19200300.100.1.1',
} as const;

const SHORT: Record<string, string> = Object.fromEntries(Object.entries(OID).map(([k, v]) => [v, k]));

export function certificateFromDer(der: Uint8Array): pkijs.Certificate {
  // A copy: WebCrypto wants bytes backed by a plain ArrayBuffer of their own, not a shared pool.
  return pkijs.Certificate.fromBER(new Uint8Array(der));
}

/** Every CERTIFICATE block in a PEM text (a trust file may hold a bundle). null if none parses. */
export function certificatesFromPem(pem: Pem): pkijs.Certificate[] | null {
  const blocks = [...pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)];
  if (blocks.length === 0) return null;
  try {
    return blocks.map((m) => certificateFromDer(fromBase64(m[1]!)));
  } catch {
    return null;
  }
}

function attrText(value: unknown): string {
  // asn1js decodes every DirectoryString type (UTF8String, BMPString, PrintableString…) to text.
  const block = (value as { valueBlock?: { value?: unknown } }).valueBlock;
  return typeof block?.value === 'string' ? block.value : '';
}

export function nameAttribute(name: pkijs.RelativeDistinguishedNames, oid: string): string | undefined {
  const found = name.typesAndValues.find((tv) => tv.type === oid);
  return found ? attrText(found.value) : undefined;
}

export function commonName(cert: pkijs.Certificate): string {
  return nameAttribute(cert.subject, OID.CN) ?? '';
}

/** Who issued it, for messages: the issuer's CN, or its whole name when it has none. */
export function issuerCommonName(cert: pkijs.Certificate): string {
  return nameAttribute(cert.issuer, OID.CN) ?? formatName(cert.issuer);
}

export function organization(cert: pkijs.Certificate): string | undefined {
  return nameAttribute(cert.subject, OID.O);
}

export function formatName(name: pkijs.RelativeDistinguishedNames): string {
  return [...name.typesAndValues]
    .reverse()
    .map((tv) => `${SHORT[tv.type] ?? tv.type}=${attrText(tv.value)}`)
    .join(', ');
}

export function serialHex(cert: pkijs.Certificate): string {
  return toHex(cert.serialNumber.valueBlock.valueHexView).toUpperCase();
}

export function summarise(cert: pkijs.Certificate): CertificateSummary {
  return {
    subject: formatName(cert.subject),
    issuer: formatName(cert.issuer),
    serialNumber: serialHex(cert),
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
  };
}

export type ChainResult =
  | { ok: true; path: pkijs.Certificate[] }
  /** untrusted: no path to any root; expired-ca: a path exists but a CA in it was not valid then. */
  | { ok: false; reason: 'untrusted' | 'expired-ca'; detail: string };

/**
 * Builds and checks the path from `signer` to one of `roots`, with the certificates the CMS
 * carries as candidates for intermediates, at `when` (the signing time). The signer's own
 * validity is checked by the caller first, so it can say which date is wrong.
 */
export async function validateChain(
  signer: pkijs.Certificate,
  embedded: pkijs.Certificate[],
  roots: pkijs.Certificate[],
  when: Date,
): Promise<ChainResult> {
  // pkijs takes the LAST of `certs` as the end-entity certificate, so the signer goes last,
  // and other copies of it (the CMS usually carries it too) are left out.
  const intermediates = embedded.filter((c) => !sameBytes(c.tbsView, signer.tbsView));
  const engine = new pkijs.CertificateChainValidationEngine({
    trustedCerts: roots,
    certs: [...intermediates, signer],
    checkDate: when,
  });
  const result = await engine.verify({}, cryptoEngine);
  if (result.result && result.certificatePath) return { ok: true, path: result.certificatePath };
  // resultCode 8: "The certificate is either not yet valid or expired", after a path was found.
  if (result.resultCode === 8) return { ok: false, reason: 'expired-ca', detail: result.resultMessage };
  return { ok: false, reason: 'untrusted', detail: result.resultMessage };
}
