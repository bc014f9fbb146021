/**
 * Comparing a certificate's name with the YAML's. Certificates come from many tools, so the
 * same Vietnamese name can arrive composed or decomposed (NFC/NFD), in another case, with
 * doubled spaces, or with the tone mark on the other vowel ("Thủy"/"Thuỷ", "Hòa"/"Hoà": both
 * spellings are in official use). None of that makes it a different person, so the key we
 * compare ignores all of it, while keeping the letters that do differ (a/ă/â, o/ô/ơ, u/ư, d/đ).
 */

/** Combining tone marks: huyền, sắc, hỏi, ngã, nặng. */
const TONE_MARKS = /[\u0300\u0301\u0309\u0303\u0323]/g;

/** One word's key: its letters without the tone mark, then the tone mark, wherever it sat. */
function wordKey(word: string): string {
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(TONE_MARKS)?.join('') ?? '';
  return decomposed.replace(TONE_MARKS, '').normalize('NFC') + tones;
}

export function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .filter(Boolean)
    .map(wordKey)
    .join(' ');
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
