/**
 * Search text: what the search index holds for a notice, and the folding that lets
 * "duong" find "đường".
 *
 * Pagefind ignores tone marks (it matches "duong" with "dường") but keeps đ/Đ as a letter
 * of its own, so a resident typing without Vietnamese letters ("duong", "do quang minh")
 * would miss "đường", "Đỗ". The index therefore holds each notice's text with đ/Đ written
 * d/D and nothing else changed (withoutDStroke), the browser folds the query entirely
 * (fold: every letter to its plain Latin base), and Pagefind does the rest.
 *
 * Residents must still read "đường" in the excerpt. The text in the index keeps its length
 * character for character, so the search page puts each đ/Đ back where it was
 * (restoreDStroke), from a short mark per d/D (dStrokeMarks) stored with the record. Until
 * 29 Nov the record carried a second, full copy of the text for this; Pagefind indexes
 * metadata too, so that copy made the index residents download 70 % larger and cost the
 * build 0.85 s at N = 1000 (bench/README.md).
 *
 * Used at build time (scripts/search-index.ts) and in the browser (src/scripts/search.ts),
 * so both sides agree.
 */

/** One UTF-16 unit in, one out: strips diacritics, đ→d, lower-cases. */
export function foldChar(ch: string): string {
  // A text uses a few hundred distinct characters: each is normalised once.
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    if (ch === 'đ' || ch === 'Đ') folded = 'd';
    else {
      // Only the combining marks go: a letter that is a base letter plus marks becomes
      // the base letter. A character that decomposes into letters (a Korean syllable
      // into its jamo) composes back whole; anything else (digits, punctuation, non-BMP
      // halves) stays, so the length never changes.
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
      folded = base.length === 1 ? base.toLowerCase() : ch.toLowerCase();
      if (folded.length !== 1) folded = ch;
    }
    foldCache.set(ch, folded);
  }
  return folded;
}
const foldCache = new Map<string, string>();

/** The folded text; `fold(s).length === s.length` for NFC text (tested). */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const f = foldChar(ch);
    out += f.length === 1 ? f : ch;
  }
  return out;
}

/** The record's metadata key for dStrokeMarks(). */
export const D_STROKE_META = 'dd';

/** The text with đ/Đ written d/D, nothing else changed (so the same length). */
export function withoutDStroke(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * Where `text` had đ/Đ: one mark for each d/D of withoutDStroke(text), in order, "," where
 * it was đ/Đ and "." where it was d/D, up to the last ",". Only punctuation, so Pagefind,
 * which indexes a record's metadata too, finds no word in it. "" when there is no đ.
 */
export function dStrokeMarks(text: string): string {
  // By regular expressions, not a letter at a time: the text of every notice in every language goes through here.
  const marks = text.replace(/[^dDđĐ]+/g, '').replace(/[dD]/g, '.').replace(/[đĐ]/g, ',');
  return marks.slice(0, marks.lastIndexOf(',') + 1);
}

/** The original text from withoutDStroke(text) and dStrokeMarks(text). */
export function restoreDStroke(content: string, marks: string): string {
  let i = 0;
  return content.replace(/[dD]/g, (d) => (marks[i++] === ',' ? (d === 'd' ? 'đ' : 'Đ') : d));
}

/** Collapses white space: the indexed text and the text excerpts are cut from are the same string. */
export function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Digits only, for phone numbers typed without dots ("0934336639"). */
export function phoneDigits(display: string): string {
  return display.replace(/\D/g, '');
}
