/**
 * A document's registered number as it is printed after "Số:" (docs/print-rules.md, R7):
 * the sequence with a leading 0 below 10, "/", the symbol. One definition, read by the view
 * model (the page, the paper, the PDF's title) and by the check of a signed original, which
 * must find the same number printed in the PDF.
 */
import type { Notice } from '../schema/notice.ts';

/** "05/TB-NV"; null for a draft, which has no sequence yet. */
export function documentIdentifier(number: Notice['number']): string | null {
  if (number.sequence == null) return null;
  return `${String(number.sequence).padStart(2, '0')}/${number.symbol}`;
}
