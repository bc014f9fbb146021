/**
 * What a kind of notice is made of. Each kind lives in its own folder (src/kinds/<kind>/)
 * and is listed once in the registry (src/kinds/index.ts); the notice schema
 * (src/schema/notice.ts) puts each kind's body in the Decree 30 frame, and the view model
 * asks the kind for its sections and its contact view. Nothing outside the kind's folder
 * knows its fields.
 */
import type { z } from 'zod';
import type { Translate } from '../i18n/index.ts';
import type { Frame } from '../schema/frame.ts';
import type { Issue, Translated } from '../schema/translation.ts';
import type { Block } from './blocks.ts';
import type { ReachView, ContactView } from './contact.ts';
import type { WorkCalendar } from '../lib/calendar.ts';

/**
 * What the body needs of the view that only the view knows: the links of phones and
 * e-mails, or null where the text is printed without a link (a notice whose numbers are
 * no longer, or not yet, to be called: src/model/lifecycle.ts).
 */
export interface BodyLinks {
  tel(phone: string): string | null;
  mailto(email: string): string | null;
}

/** What the contact view needs of the page besides the notice. */
export interface ContactContext {
  t: Translate;
  /** Whether the notice offers its people to call (src/model/lifecycle.ts). */
  offers: boolean;
  mailto(email: string): string;
  /** Site path of the vCard of the person at `index`. */
  vcardPath(index: number): string;
  /** The build's day and the official days off (content/days-off/), for what falls on a date. */
  calendar: WorkCalendar;
  /** Site path of the notice's own files (its page's folder, "thong-bao/x/"), for a kind that publishes one (a calendar). */
  folder: string;
}

/** A kind's contact view before the model adds what only it knows. */
export type KindReach = ReachView;
export type { ContactView };

export interface Kind<N extends Frame = Frame, T = unknown> {
  /** The value of `kind:` in a notice file ("hotline"). */
  id: string;
  /** Its name for staff: "Thông báo đường dây nóng". */
  title: string;
  /** The kind of a file that names none (the notices written before there were kinds). */
  isDefault?: boolean;
  /** Its body fields (zod), in the order a file writes them and the document prints them. */
  body: z.ZodRawShape;
  /** The texts of its body in a translation block (zod). */
  translation: z.ZodRawShape;
  /** Problems of its body that need several of its fields at once (paths from the notice's root); runs once the body is valid. */
  problems?(n: N): Issue[];
  /**
   * The notice with the translation (in `lang`) of its body's texts in their places where
   * they pair safely with the original, the original's texts elsewhere (recorded as
   * untranslated), and a warning for staff for each such place (paths from the notice's
   * root). Never a refusal: the official text is the original (src/schema/translation.ts).
   */
  translate(original: N, tr: T, lang: string): Translated<N>;
  /** Its body as document blocks: opening paragraphs, then numbered sections in print order. */
  sections(n: N, t: Translate, links: BodyLinks): Block[];
  /**
   * What it offers residents to reach the agency. `n` is the notice as the page shows it
   * (translated), `original` the Vietnamese one (addresses and maps read the original).
   */
  contact(n: N, original: N, c: ContactContext): ReachView;
  /**
   * The staff form's names for the codes its select fields write ("month-day" → "Một ngày cố
   * định hằng tháng …"): the file keeps the code, staff read the name (src/cms/config.ts).
   */
  optionLabels?: Record<string, string>;
  /** Its commented template for `npm run new` (a path from the project's root). */
  template: string;
  /**
   * The days the notice applies to, for a kind whose data falls on dates (reception days):
   * the build warns when a year of it has no days-off file (src/pipeline/content.ts).
   * `path` is the field that holds them, where the warning points.
   */
  period?(n: N): { from: string; until: string; path: (string | number)[] };
}
