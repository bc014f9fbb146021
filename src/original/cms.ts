/**
 * The CMS SignedData inside a PDF signature (RFC 5652, as PAdES and adbe.pkcs7.detached use it):
 * parsed with pkijs, then checked in the two steps a verifier must keep apart, because they
 * mean different things to staff:
 *  1. the messageDigest attribute equals the digest of the signed bytes (else: the document
 *     changed after signing);
 *  2. the signature over the signed attributes verifies with the signer certificate's key
 *     (else: the signature itself is forged or broken).
 * pkijs's SignedData.verify does both but reports them only as one failure code among many,
 * so we run the same steps with its primitives (encodedValue, the engine's digest and
 * verifyWithPublicKey) and keep the answers apart.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { cryptoEngine } from './certificates.ts';
import { sameBytes } from '../lib/bytes.ts';

const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const OID_SIGNING_TIME = '1.2.840.113549.1.9.5';
const OID_SUBJECT_KEY_ID = '2.5.29.14';

export type CmsFault = 'parse' | 'padding' | 'not-signed-data' | 'signer-count' | 'signer-certificate' | 'not-detached' | 'algorithm' | 'no-message-digest';

export interface CmsCheck {
  signer: pkijs.Certificate;
  /** Every certificate the CMS carries (candidates for the chain). */
  certificates: pkijs.Certificate[];
  /** From the signed signingTime attribute, when there is one. */
  signingTime: Date | undefined;
  digestMatches: boolean;
  signatureValid: boolean;
}

function parseContentInfo(der: Uint8Array): pkijs.ContentInfo | 'parse' | 'padding' {
  // The /Contents hole is sized before signing and padded with zeros after the DER; asn1js
  // stops at the end of the first element. What follows must be only those zeros: the hole
  // is outside what is signed, so anything else there is data riding along unsigned.
  const asn1 = asn1js.fromBER(der);
  if (asn1.offset === -1) return 'parse';
  if (der.subarray(asn1.offset).some((b) => b !== 0)) return 'padding';
  try {
    return new pkijs.ContentInfo({ schema: asn1.result });
  } catch {
    return 'parse';
  }
}

async function findSigner(info: pkijs.SignerInfo, certs: pkijs.Certificate[]): Promise<pkijs.Certificate | undefined> {
  if (info.sid instanceof pkijs.IssuerAndSerialNumber) {
    const sid = info.sid;
    return certs.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber));
  }
  // [0] SubjectKeyIdentifier: match the certificate's SKI extension, or (RFC 5280's method 1)
  // the SHA-1 of its public key when it has none.
  const sid = info.sid as asn1js.Constructed & asn1js.Primitive;
  const keyId = new Uint8Array(sid.idBlock.isConstructed ? (sid.valueBlock.value[0] as asn1js.OctetString).valueBlock.valueHexView : (sid as asn1js.Primitive).valueBlock.valueHexView);
  for (const c of certs) {
    const ski = c.extensions?.find((e) => e.extnID === OID_SUBJECT_KEY_ID)?.parsedValue as asn1js.OctetString | undefined;
    if (ski && sameBytes(new Uint8Array(ski.valueBlock.valueHexView), keyId)) return c;
    const digest = new Uint8Array(await cryptoEngine.digest({ name: 'SHA-1' }, c.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView.slice()));
    if (sameBytes(digest, keyId)) return c;
  }
  return undefined;
}

function attribute(info: pkijs.SignerInfo, oid: string): unknown {
  return info.signedAttrs?.attributes.find((a) => a.type === oid)?.values[0];
}

export async function checkCms(der: Uint8Array, signedBytes: Uint8Array<ArrayBuffer>): Promise<CmsCheck | CmsFault> {
  const contentInfo = parseContentInfo(der);
  if (typeof contentInfo === 'string') return contentInfo;
  if (contentInfo.contentType !== pkijs.ContentInfo.SIGNED_DATA) return 'not-signed-data';
  let signed: pkijs.SignedData;
  try {
    signed = new pkijs.SignedData({ schema: contentInfo.content });
  } catch {
    return 'parse';
  }
  // A PDF signature has exactly one signer; more would leave "who signed" ambiguous.
  if (signed.signerInfos.length !== 1) return 'signer-count';
  const info = signed.signerInfos[0]!;
  const certificates = (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const signer = await findSigner(info, certificates);
  if (!signer) return 'signer-certificate';
  // Detached: the PDF bytes are the content; a CMS carrying its own content signs something else.
  if (signed.encapContentInfo.eContent) return 'not-detached';

  const hash = cryptoEngine.getAlgorithmByOID<{ name: string }>(info.digestAlgorithm.algorithmId);
  if (!('name' in hash)) return 'algorithm';
  const shaAlgorithm = hash.name;

  let digestMatches = true;
  let data: BufferSource = signedBytes;
  if (info.signedAttrs) {
    const md = attribute(info, OID_MESSAGE_DIGEST) as asn1js.OctetString | undefined;
    if (!md) return 'no-message-digest';
    const digest = new Uint8Array(await cryptoEngine.digest({ name: shaAlgorithm }, signedBytes));
    digestMatches = sameBytes(digest, new Uint8Array(md.valueBlock.valueHexView));
    // The signature is over the DER of the attributes as they were sent, tagged SET (pkijs
    // keeps that in encodedValue): re-encoding them could change the bytes.
    data = info.signedAttrs.encodedValue;
  }

  let signatureValid = false;
  try {
    signatureValid = await cryptoEngine.verifyWithPublicKey(data, info.signature, signer.subjectPublicKeyInfo, info.signatureAlgorithm, shaAlgorithm);
  } catch {
    signatureValid = false;
  }
  // Without signed attributes the signature is over the content itself: a mismatch there is
  // a changed document as much as a bad signature, and we cannot tell them apart.
  if (!info.signedAttrs) digestMatches = signatureValid;

  const time = attribute(info, OID_SIGNING_TIME) as asn1js.UTCTime | asn1js.GeneralizedTime | undefined;
  const signingTime = time && typeof time.toDate === 'function' ? time.toDate() : undefined;
  return { signer, certificates, signingTime, digestMatches, signatureValid };
}
