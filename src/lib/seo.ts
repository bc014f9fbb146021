/** Texts for search results, link previews and feed entries, derived from the notice. */
import type { Notice } from '../schema/notice.ts';
import { isDraft, numberLine, shortDate } from './notice-view.ts';

/**
 * One or two sentences that tell a resident, before opening the page, whose notice it is,
 * what it is about and the numbers to call.
 */
export function noticeDescription(n: Notice): string {
  const status = isDraft(n) && n.number.sequence == null ? 'Dự thảo' : numberLine(n).replace(/^Số:\s*/, 'Số ');
  const phones = n.hotlines.contacts.map((c) => c.phone).join(', ');
  return `${n.issuer.fullName}, ${status}, ${shortDate(n)}: ${n.subject.trim()}. Điện thoại: ${phones}.`;
}
