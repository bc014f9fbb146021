/**
 * A document's registered number as it is printed after "Số:" (docs/print-rules.md, R7):
 * the sequence with a leading 0 below 10, "/", the symbol. One definition, read by the view
 * model (the page, the paper, the PDF's title) and by the check of a signed original, which
 * must find the same number printed in the PDF.
 */
/** The frame's number field ("Số"): the sequence, blank in a draft, and the symbol. */
export interface NumberField {
  sequence?: number | null;
  symbol: string;
}

/** "05/TB-NV"; null for a draft, which has no sequence yet. */
export function documentIdentifier(number: NumberField): string | null {
  if (number.sequence == null) return null;
  return `${String(number.sequence).padStart(2, '0')}/${number.symbol}`;
}

/** Issued: registered (a number) and dated to the day. Anything less is a draft. */
export function isIssued(n: { number: NumberField; date: string }): boolean {
  return n.number.sequence != null && /^\d{4}-\d{2}-\d{2}$/.test(n.date);
}
