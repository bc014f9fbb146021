/**
 * A notice as the search index holds it: the words of its official text in reading order
 * (src/model/document.ts, documentText: the one place the text is written out), each
 * phone number followed by its bare digits so "0934336639" finds "0934.336.639", with
 * đ/Đ written d/D for the index (src/lib/search-text.ts). A page in another language
 * holds its translation; without one, what that page shows of the notice: the subject,
 * whom to call and their numbers, the address and the hours.
 */
import type { NoticeView } from '../model/notice.ts';
import type { SiteModel } from '../model/site.ts';
import { documentText } from '../model/document.ts';
import { D_STROKE_META, dStrokeMarks, phoneDigits, squash, withoutDStroke } from '../lib/search-text.ts';

const withDigits = (phone: string) => `${phone} (${phoneDigits(phone)})`;

/** The text a search matches and cuts excerpts from. */
export function noticeSearchText(view: NoticeView): string {
  if (!view.translated) {
    const people = view.contacts.map((c) => `${c.person}, ${c.post}: ${withDigits(c.phone)}.`);
    return squash([view.subject, ...people, view.address.text, view.hours.text].join(' '));
  }
  return squash(documentText(view.document, (link) => (link.kind === 'tel' ? withDigits(link.text) : link.text)).join(' '));
}

export interface SearchRecord {
  /** The page's address, base path included. */
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * The filter the search page ranks by: it asks for the current records first, then the
 * replaced ones, so a replaced notice always comes below what is in force (Pagefind has no
 * weight per custom record; its `sort` would replace relevance altogether).
 */
export const STATE_FILTER = 'trang_thai';
export const STATE = { current: 'hien-hanh', replaced: 'da-thay-the' } as const;
/** Meta key of a replaced record: the label the result shows ("Đã được thay thế"). */
export const REPLACED_META = 'replaced';

/** `lang`: the page's language; Pagefind keeps an index per language. */
function record(url: string, lang: string, title: string, text: string, replaced: string | null): SearchRecord {
  const marks = dStrokeMarks(text);
  return {
    url,
    content: withoutDStroke(text),
    language: lang,
    meta: { title, ...(marks ? { [D_STROKE_META]: marks } : {}), ...(replaced ? { [REPLACED_META]: replaced } : {}) },
    filters: { [STATE_FILTER]: [replaced ? STATE.replaced : STATE.current] },
  };
}

/** A notice's record. A replaced or ended one keeps its old numbers searchable, so whoever has one finds that it was replaced or is over. */
export function searchRecord(view: NoticeView, url: string): SearchRecord {
  // A replaced notice, or one whose period is over, ranks below what is in force, with its label.
  const replaced = view.lifecycle.replacedBy || view.lifecycle.ended ? view.lifecycle.label : null;
  return record(url, view.lang, view.subject, noticeSearchText(view), replaced);
}

/** The directory's record: every body, person, post and number in it (digits too), and its reception schedules. */
export function directorySearchRecord(model: SiteModel, url: string): SearchRecord {
  const words = model.directory.flatMap((g) => [
    g.parent,
    g.name,
    ...g.contacts.flatMap(({ contact: c }) => [c.person, c.post, `${c.phone} (${phoneDigits(c.phone)})`]),
    ...g.places.flatMap((p) => [p.address.text, p.hours.text]),
    // Its reception schedules: who receives and when, where, and the numbers to register.
    ...g.receptions.flatMap((v) => [
      ...v.reception!.sessions.flatMap((s) => [s.title, s.who, s.rule]),
      v.address.text,
      ...v.contacts.flatMap((c) => [c.person, `${c.phone} (${phoneDigits(c.phone)})`]),
    ]),
  ]);
  return record(url, model.lang, model.t('search.directoryTitle'), squash([model.t('directory.lead'), ...words].join(' ')), null);
}
