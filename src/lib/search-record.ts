/**
 * A notice as the search index holds it: the words of its official text in reading order
 * (src/model/document.ts, documentText: the one place the text is written out), each
 * phone number followed by its bare digits so "0934336639" finds "0934.336.639", with
 * đ/Đ written d/D for the index (src/lib/search-text.ts). A page in another language
 * holds its translation; without one, what that page shows of the notice: the subject,
 * whom to call and their numbers, the address and the hours.
 */
import type { NoticeView } from '../model/notice.ts';
import { documentText } from '../model/document.ts';
import { D_STROKE_META, dStrokeMarks, phoneDigits, squash, withoutDStroke } from './search-text.ts';

const withDigits = (phone: string) => `${phone} (${phoneDigits(phone)})`;

/** The text a search matches and cuts excerpts from. */
export function noticeSearchText(view: NoticeView): string {
  if (!view.translated) {
    const n = view.localized;
    const people = view.contacts.map((c) => `${c.person}, ${c.post}: ${withDigits(c.phone)}.`);
    return squash([view.subject, ...people, n.address.text, n.hours.text].join(' '));
  }
  return squash(documentText(view.document, (link) => (link.kind === 'tel' ? withDigits(link.text) : link.text)).join(' '));
}

export interface SearchRecord {
  /** The page's address, base path included. */
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
}

export function searchRecord(view: NoticeView, url: string): SearchRecord {
  const text = noticeSearchText(view);
  const marks = dStrokeMarks(text);
  return { url, content: withoutDStroke(text), language: view.lang, meta: { title: view.subject, ...(marks ? { [D_STROKE_META]: marks } : {}) } };
}
