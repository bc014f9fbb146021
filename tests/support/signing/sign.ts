/**
 * Signing a PDF as the agency's tools do, with @signpdf: a placeholder signature field
 * appended as an incremental update (placeholder-plain), then the CMS made from a P12
 * (signer-p12, which uses node-forge) written into its /Contents hole.
 *
 * The placeholder's /Name, /Reason and /Location stay ASCII: placeholder-plain writes a
 * non-ASCII text string as UTF-16 code units and then sends it through Buffer.from(…, 'utf8'),
 * which garbles it. The verifier reads the signer's name from the certificate, not from there.
 */
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';
import type { SigningIdentity } from './pki.ts';

export type SubFilter = 'adbe.pkcs7.detached' | 'ETSI.CAdES.detached';

export interface SignOptions {
  /** Written both as the signed signingTime attribute and as the dictionary's /M. */
  signingTime: Date;
  subFilter?: SubFilter;
  reason?: string;
}

/** Appends one signature (an incremental update) to `pdf`. */
export async function signPdf(pdf: Uint8Array, who: SigningIdentity, opts: SignOptions): Promise<Uint8Array> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: Buffer.from(pdf),
    reason: opts.reason ?? 'Ky ban hanh',
    contactInfo: '',
    name: who.asciiName,
    location: 'Hai Phong',
    signingTime: opts.signingTime,
    subFilter: opts.subFilter ?? 'ETSI.CAdES.detached',
  });
  const signer = new P12Signer(who.p12, { passphrase: who.passphrase });
  return new Uint8Array(await new SignPdf().sign(withPlaceholder, signer, opts.signingTime));
}

export interface SignBothTimes {
  person: Date;
  agency: Date;
}

/** The person's signature then the agency's on top of it, as Decree 30/2020, Điều 5 has it. */
export async function signAsPersonThenAgency(pdf: Uint8Array, person: SigningIdentity, agency: SigningIdentity, times: SignBothTimes): Promise<Uint8Array> {
  const once = await signPdf(pdf, person, { signingTime: times.person, subFilter: 'adbe.pkcs7.detached' });
  return signPdf(once, agency, { signingTime: times.agency, subFilter: 'ETSI.CAdES.detached' });
}
