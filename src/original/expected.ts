/**
 * What a notice's signed original must print, from the notice's own facts: the build reads
 * them from the validated YAML (src/pipeline/validation/original.ts), the staff form from the
 * data being edited (src/cms/original.ts), where a number may still be a typed string or blank.
 */
import { documentIdentifier } from '../lib/document-number.ts';
import type { ExpectedOriginal } from './types.ts';

export interface NoticeFacts {
  signer?: { name?: unknown } | null;
  issuer?: { fullName?: unknown } | null;
  number?: { sequence?: unknown; symbol?: unknown } | null;
  date?: unknown;
}

export function expectedOriginal(n: NoticeFacts): ExpectedOriginal {
  const sequence = n.number?.sequence;
  const number =
    sequence == null || sequence === '' ? null : documentIdentifier({ sequence: Number(sequence), symbol: String(n.number?.symbol ?? '') });
  return {
    signerName: String(n.signer?.name ?? ''),
    ...(n.issuer?.fullName ? { issuerName: String(n.issuer.fullName) } : {}),
    ...(number ? { number } : {}),
    ...(n.date ? { date: String(n.date) } : {}),
  };
}
