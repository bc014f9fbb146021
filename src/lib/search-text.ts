/**
 * Search text: what the search index holds for a notice, and the folding that lets
 * "duong" find "đường".
 *
 * Pagefind removes tone marks itself but keeps đ/Đ as a letter of its own, so a
 * resident typing without Vietnamese letters ("duong", "do quang minh") would miss
 * "đường", "Đỗ". We therefore index a folded copy of the text (every letter to its
 * plain Latin base, đ→d) and fold the query the same way in the browser. The folding
 * keeps the length of the text character for character, so the search page can cut
 * the excerpt residents see out of the ORIGINAL text at the same positions: the folded
 * copy is never shown to anyone.
 *
 * Used at build time (scripts/search-index.ts) and in the browser (src/scripts/search.ts),
 * so both sides fold identically.
 */

/** One UTF-16 unit in, one out: strips diacritics, đ→d, lower-cases. */
export function foldChar(ch: string): string {
  // A text uses a few hundred distinct characters; normalising each occurrence again was
  // most of the search index's own JavaScript (0.12 s at N = 1000).
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    if (ch === 'đ' || ch === 'Đ') folded = 'd';
    else {
      const base = ch.normalize('NFD').charAt(0);
      // Only letters that decompose into a plain base letter are folded; anything else
      // (digits, punctuation, non-BMP halves) stays, so the length never changes.
      folded = base.length === 1 ? base.toLowerCase() : ch.toLowerCase();
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

/** Collapses white space: the indexed text and the text excerpts are cut from are the same string. */
export function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Digits only, for phone numbers typed without dots ("0934336639"). */
export function phoneDigits(display: string): string {
  return display.replace(/\D/g, '');
}
