/**
 * The text of a notice as the search index holds it: the words the notice page shows,
 * in the page's order, from the validated data (one source of truth), plus each phone
 * number as bare digits so "0934336639" finds "0934.336.639".
 */
import type { Notice } from '../schema/notice.ts';
import { numberLine, placeDateLine, recipientLines } from './notice-view.ts';
import { phoneDigits, squash } from './search-text.ts';

export function noticeSearchText(n: Notice): string {
  const parts: string[] = [n.subject, n.documentType, numberLine(n, ''), placeDateLine(n, '')];
  for (const p of n.opening) parts.push(p.text);
  parts.push(n.hotlines.heading);
  for (const c of n.hotlines.contacts) {
    parts.push(`${c.honorific} ${c.name}, ${c.post}, số điện thoại: ${c.phone} (${phoneDigits(c.phone)})${c.email ? `, email: ${c.email}` : ''}.`);
  }
  if (n.facebook) parts.push(n.facebook.heading, n.facebook.name, n.facebook.url, n.facebook.managedBy);
  parts.push(n.hours.heading, n.hours.text, n.address.heading, n.address.text);
  if (n.responsibilities) {
    parts.push(n.responsibilities.heading);
    for (const r of n.responsibilities.items) parts.push(r.text, ...(r.items ?? []));
  }
  parts.push(n.closing, ...recipientLines(n));
  if (n.signer.authority) parts.push(`${n.signer.authority} ${n.signer.onBehalfOf ?? ''}`);
  parts.push(n.signer.post, n.signer.name);
  return squash(parts.join(' '));
}
