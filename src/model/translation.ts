/**
 * A notice in another language: the original with the texts of its translation put in
 * their places. Only texts are taken from the translation (src/schema/translation.ts and
 * the kind's src/kinds/<kind>/translation.ts have no place for anything else); phone
 * numbers, e-mail and web addresses, dates, document numbers, names, the place, the
 * schedule and the coordinates stay the original's, so the translated page and paper
 * cannot show another number than the official text. What the translation lacks, or has
 * in a shape that cannot be paired with the original safely, stays the original's text,
 * and `untranslated` lists those texts so the page marks them (src/schema/notice.ts
 * `translateNotice`, where the merge is, so that validation warns about exactly this).
 */
import { translateNotice, type Notice } from '../schema/notice.ts';

export interface TranslatedView {
  notice: Notice;
  untranslated: readonly string[];
}

/** The notice in `lang`, or undefined when it has no translation into it. */
export function translatedNotice(n: Notice, lang: string): TranslatedView | undefined {
  const r = translateNotice(n, lang);
  return r && { notice: r.notice, untranslated: [...r.untranslated] };
}
