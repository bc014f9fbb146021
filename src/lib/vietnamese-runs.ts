/**
 * Vietnamese inside a page in another language: people's names ("Mr Đỗ Quang Minh"),
 * street and ward names, a quoted Vietnamese term, a text not yet translated. The page
 * marks each run `lang="vi"` so that a screen reader switches voice and pronounces it
 * (WCAG 3.1.2). The runs are found in the text itself, so a translation needs no markup:
 *
 *  - a word with a letter only Vietnamese uses among the site's languages (ă, â, đ, ê,
 *    ô, ơ, ư, or a tone mark: "Đỗ", "Khải") is Vietnamese;
 *  - a run goes from the first such word to the last one, across the words between them
 *    when those are Vietnamese syllables too ("thành phố Hải Phòng") and across commas
 *    ("khiếu nại, tố cáo");
 *  - it takes in capitalised plain syllables at its ends ("Trần Quang Khải",
 *    "Đỗ Quang Minh"), never an English word ("Ward", "Street", "Mr"), nor anything with
 *    a digit or a slash ("1413/QĐ-UBND" is a number, read as written).
 *
 * A name written without any diacritics ("Hai Phong") is left in the page's language,
 * which is how English writes it anyway.
 */

/** Letters Vietnamese writes and English, Korean, Japanese and Chinese text do not. */
const VIETNAMESE_LETTER = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu;
/** A Vietnamese syllable in plain letters: onset, vowels, coda ("Quang", "Minh", "Thu"). */
const PLAIN_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|nh|ng|[cmnpt])?$/i;

export type Run = string | { vi: string };

type Kind = 'vi' | 'syllable' | 'other';

function kindOf(word: string): Kind {
  // Most words of a page in another language: plain letters, no Vietnamese one (as below, faster).
  if (/^[A-Za-z]+$/.test(word)) return PLAIN_SYLLABLE.test(word) ? 'syllable' : 'other';
  if (!/^\p{L}+$/u.test(word)) {
    // Letters with marks inside ("i>(trừ" of a text that quotes markup): Vietnamese when one
    // of its letter runs is; never a number or a reference ("1413/QĐ-UBND").
    if (/\d/.test(word)) return 'other';
    return (word.match(/\p{L}+/gu) ?? []).some((w) => VIETNAMESE_LETTER.test(w) && /^\p{Script=Latin}+$/u.test(w)) ? 'vi' : 'other';
  }
  if (VIETNAMESE_LETTER.test(word)) return /^[\p{Script=Latin}]+$/u.test(word) ? 'vi' : 'other';
  return PLAIN_SYLLABLE.test(word) ? 'syllable' : 'other';
}

const capitalised = (word: string) => /^\p{Lu}/u.test(word);

interface Token {
  start: number;
  end: number;
  kind: Kind;
  /** The word only (without the punctuation around it). */
  word: string;
  /** Punctuation right before and after the word, inside the token. */
  lead: string;
  trail: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\S+/gu)) {
    const raw = m[0];
    // A word of plain letters and digits has no punctuation to split off (as the pattern below would find).
    const parts = /^[A-Za-z0-9]+$/.test(raw) ? [raw, '', raw, ''] : /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(raw)!;
    const [lead, word, trail] = [parts[1]!, parts[2]!, parts[3]!];
    const start = m.index + lead.length;
    out.push({ start, end: start + word.length, kind: word ? kindOf(word) : 'other', word, lead, trail });
  }
  return out;
}

/** Spans [start, end) of the text that are Vietnamese. */
export function vietnameseSpans(text: string): [number, number][] {
  const ts = tokens(text);
  const spans: [number, number][] = [];
  let i = 0;
  while (i < ts.length) {
    if (ts[i]!.kind === 'other') {
      i++;
      continue;
    }
    // A chain: words that are Vietnamese or plain syllables, joined by spaces or a comma.
    let j = i;
    while (j + 1 < ts.length && ts[j + 1]!.kind !== 'other' && /^,?$/.test(ts[j]!.trail) && ts[j + 1]!.lead === '') j++;
    const chain = ts.slice(i, j + 1);
    const first = chain.findIndex((t) => t.kind === 'vi');
    if (first >= 0) {
      const last = chain.length - 1 - [...chain].reverse().findIndex((t) => t.kind === 'vi');
      let from = first;
      let to = last;
      // Capitalised plain syllables at the ends belong to the name: "Đỗ Quang Minh".
      while (from > 0 && capitalised(chain[from - 1]!.word) && chain[from - 1]!.trail === '') from--;
      while (to < chain.length - 1 && capitalised(chain[to + 1]!.word) && chain[to]!.trail === '') to++;
      spans.push([chain[from]!.start, chain[to]!.end]);
    }
    i = j + 1;
  }
  return spans;
}

/**
 * The runs of texts seen in this process: a page and its print preview show the same texts,
 * and every page the site's own. Bounded, for a long `astro dev`.
 */
const seen = new Map<string, Run[]>();

/** The text cut into plain runs and Vietnamese runs, in order; the runs join to the text. */
export function vietnameseRuns(text: string): Run[] {
  // No Vietnamese letter, no run: the text as it is (what the search below finds for it).
  if (!VIETNAMESE_LETTER.test(text)) return text ? [text] : [];
  let runs = seen.get(text);
  if (!runs) {
    if (seen.size >= 50_000) seen.clear();
    runs = findRuns(text);
    seen.set(text, runs);
  }
  // A copy: the caller may add to it.
  return runs.slice();
}

function findRuns(text: string): Run[] {
  const runs: Run[] = [];
  let pos = 0;
  for (const [start, end] of vietnameseSpans(text)) {
    if (start > pos) runs.push(text.slice(pos, start));
    runs.push({ vi: text.slice(start, end) });
    pos = end;
  }
  if (pos < text.length) runs.push(text.slice(pos));
  return runs;
}

/** A run of a page in another language: its own text, a Vietnamese run, or a Vietnamese text shown untranslated. */
export type MarkedRun = string | { vi: string; untranslated?: true };

/**
 * As `vietnameseRuns`, and each occurrence of one of `untranslated` (the original's texts a
 * translation lacks: src/schema/translation.ts) is one run marked `untranslated`, whole,
 * so the page marks it lang="vi" and adds its note, whatever letters it has.
 */
export function markedRuns(text: string, untranslated: readonly string[] = []): MarkedRun[] {
  const found: [number, number][] = [];
  // Longest first, so a text inside a longer one is not cut out of it.
  for (const u of [...untranslated].sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(u); u && at >= 0; at = text.indexOf(u, at + u.length)) {
      if (!found.some(([s, e]) => at < e && at + u.length > s)) found.push([at, at + u.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const runs: MarkedRun[] = [];
  let pos = 0;
  for (const [start, end] of found) {
    if (start > pos) runs.push(...vietnameseRuns(text.slice(pos, start)));
    runs.push({ vi: text.slice(start, end), untranslated: true });
    pos = end;
  }
  if (pos < text.length) runs.push(...vietnameseRuns(text.slice(pos)));
  return runs;
}
