/**
 * The official text's markup, from the document model (src/model/document.ts), as one
 * HTML string: the notice page, its print preview and the staff editor's preview all put
 * exactly this on the page, so what staff preview is what prints. Written as a string
 * rather than as Astro components because it is the same few elements for every notice,
 * twice per notice (at 1000 notices, 2000 renders of a component tree per list item).
 *
 * Every text and attribute value goes through `escape`; links come from validated data
 * (tel:, mailto:, https: only), and only where the model gives a run an address.
 */
import type { Block, Inline, List, OfficialDocument } from '../model/document.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escape = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A run as text, or a link when it has an address (a notice that offers no numbers prints its phones as text). */
const runs = (content: Inline[]) =>
  content.map((r) => (typeof r === 'string' ? escape(r) : r.href ? `<a href="${escape(r.href)}">${escape(r.text)}</a>` : escape(r.text))).join('');

function list(l: List): string {
  const cls = l.marker === 'plus' ? 'doc-list doc-list--plus' : 'doc-list';
  return `<ul class="${cls}">${l.items.map((it) => `<li>${runs(it.content)}${it.list ? list(it.list) : ''}</li>`).join('')}</ul>`;
}

function block(b: Block): string {
  if (b.type === 'paragraph') return `<p>${runs(b.content)}</p>`;
  // h2: the clauses are the level under the document's title, which is the page's h1 on screen
  // and the document's own h1 on paper (a PDF's structure then goes H1, H2 with no gap).
  if (b.type === 'section') return `<h2 class="doc-section">${b.number}. ${escape(b.heading)}</h2>`;
  return list(b);
}

/** The document as it is laid out on the page and on paper (the `.doc` element and what is in it). */
export function documentHtml(doc: OfficialDocument): string {
  const h = doc.header;
  return (
    `<div class="doc">` +
    `<div class="doc-header">` +
    `<div class="doc-header__left"><div class="doc-header__agency"><p class="doc-parent">${escape(h.parent)}</p><p class="doc-issuer">${escape(h.issuer)}</p></div>` +
    `<p class="doc-number">${escape(h.number)}</p></div>` +
    `<div class="doc-header__right"><div class="doc-header__nation"><p class="doc-nation">${escape(h.nation)}</p><p class="doc-motto">${escape(h.motto)}</p></div>` +
    `<p class="doc-date"><time datetime="${escape(h.dateIso)}">${escape(h.placeDate)}</time></p></div>` +
    `</div>` +
    `<p class="doc-type">${escape(doc.type)}</p>` +
    // The subject twice, one shown per medium (site.css, print.css): on paper the page's own
    // h1 is not printed, so the document's title is the h1 there, and a PDF printed from the
    // page has one in its structure; on screen the page's h1 is enough.
    `<h1 class="doc-subject doc-subject--print">${escape(doc.subject)}</h1>` +
    `<p class="doc-subject doc-subject--screen">${escape(doc.subject)}</p>` +
    `<div class="doc-body">${doc.body.map(block).join('')}</div>` +
    `<div class="doc-closing">` +
    `<div class="doc-recipients"><p class="doc-recipients__title">${escape(doc.recipients.title)}</p>` +
    `<ul class="doc-list doc-list--recipients">${doc.recipients.lines.map((l) => `<li>${escape(l)}</li>`).join('')}</ul></div>` +
    `<div class="doc-signer">${doc.signer.posts.map((p) => `<p class="doc-signer__post">${escape(p)}</p>`).join('')}` +
    `<p class="doc-signer__space" aria-hidden="true"></p><p class="doc-signer__name">${escape(doc.signer.name)}</p></div>` +
    `</div>` +
    `</div>`
  );
}
