/**
 * Shapes of the signed-original check: what the caller gives (the PDF, the YAML's hash and
 * the notice's own facts) and what it gets back (who signed and when, or what is wrong).
 */

/** PEM text of one or more CA certificates (the files in content/trust/). */
export type Pem = string;

/** A trust root as PEM text, or with the file it came from (so a message can name the file). */
export type TrustRoot = Pem | { file: string; pem: Pem };

/** What the notice's YAML says, which the PDF must agree with. */
export interface ExpectedOriginal {
  /** The competent person who signs (the notice's signer), e.g. "Trần Thị Quỳnh Trang". */
  signerName: string;
  /** The issuing body, e.g. "Sở Ngoại vụ thành phố Hải Phòng"; the agency signature must name it. */
  issuerName?: string;
  /** The notice's number as printed, e.g. "15/TB-NV". */
  number?: string;
  /** The notice's date, "YYYY-MM-DD" (or "YYYY-MM" while the day is not fixed). */
  date?: string;
}

export interface VerifyOriginalInput {
  pdf: Uint8Array;
  /** original.sha256 from the YAML: 64 hex digits. */
  sha256: string;
  trustRoots: TrustRoot[];
  expected: ExpectedOriginal;
}

export interface CertificateSummary {
  /** RFC 4514 order, most specific first: "CN=…, O=…, C=VN". */
  subject: string;
  issuer: string;
  /** Upper-case hex, as certificate viewers show it. */
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
}

export interface VerifiedSignature {
  /** The certificate's CN. */
  signerName: string;
  /** The certificate's O, where it has one. */
  organization?: string;
  signedAt: Date;
  /** Where signedAt came from: the signed signingTime attribute, or the signature dictionary's /M. */
  signedAtSource: 'signingTime' | 'M';
  certificate: CertificateSummary;
  /** 'agency' for the organisation's own certificate (Decree 30/2020, Điều 5), else 'person'. */
  kind: 'person' | 'agency';
  subFilter: string;
}

export type OriginalProblemCode =
  | 'hash-invalid'
  | 'not-pdf'
  | 'pdf-unreadable'
  | 'pdf-encrypted'
  | 'hash-mismatch'
  | 'trust-root-invalid'
  | 'signature-malformed'
  | 'signature-unsupported'
  | 'signature-cms-invalid'
  | 'signature-digest-mismatch'
  | 'signature-invalid'
  | 'changed-between-signatures'
  | 'changed-after-signature'
  | 'certificate-untrusted'
  | 'certificate-not-yet-valid'
  | 'certificate-expired'
  | 'signer-missing'
  | 'signer-mismatch'
  | 'agency-mismatch'
  | 'number-not-found'
  | 'number-mismatch'
  | 'date-not-found'
  | 'date-mismatch';

export interface OriginalProblem {
  code: OriginalProblemCode;
  /** Vietnamese, for staff: what is wrong and what to do. */
  message: string;
}

export type VerifyOriginalResult =
  | {
      ok: true;
      /** In signing order (the order of the file's revisions). Empty for a scanned original. */
      signatures: VerifiedSignature[];
      /** false: a scanned original with no digital signature; the page must say so. */
      digitalSignature: boolean;
    }
  | { ok: false; problems: OriginalProblem[] };
