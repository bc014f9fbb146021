/**
 * The official text's markup, from the document model (src/model/document.ts), as one
 * HTML string: the notice page, its print preview and the staff editor's preview all put
 * exactly this on the page, so what staff preview is what prints. Written as a string
 * rather than as Astro components because it is the same few elements for every notice,
 * twice per notice (at 1000 notices, 2000 renders of a component tree per list item).
 *
 * Every text and attribute value goes through `escape`; links come from validated data
 * (tel:, mailto:, https: only). In a document of another language (a translation), each
 * Vietnamese run of its texts (names, the place, a quoted term) is marked lang="vi"
 * (src/lib/vietnamese-runs.ts).
 */
import type { Block, Inline, List, OfficialDocument } from '../model/document.ts';
import { vietnameseRuns } from '../lib/vietnamese-runs.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escape = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Text, escaped; `vi` marks its Vietnamese runs (in a document of another language). */
type Write = (s: string) => string;
const plain: Write = escape;
const marked: Write = (s) => vietnameseRuns(s).map((r) => (typeof r === 'string' ? escape(r) : `<span lang="vi">${escape(r.vi)}</span>`)).join('');

const runs = (content: Inline[], text: Write) =>
  content.map((r) => (typeof r === 'string' ? text(r) : `<a href="${escape(r.href)}">${escape(r.text)}</a>`)).join('');

function list(l: List, text: Write): string {
  const cls = l.marker === 'plus' ? 'doc-list doc-list--plus' : 'doc-list';
  return `<ul class="${cls}">${l.items.map((it) => `<li>${runs(it.content, text)}${it.list ? list(it.list, text) : ''}</li>`).join('')}</ul>`;
}

function block(b: Block, text: Write): string {
  if (b.type === 'paragraph') return `<p>${runs(b.content, text)}</p>`;
  if (b.type === 'section') return `<h3 class="doc-section">${b.number}. ${text(b.heading)}</h3>`;
  return list(b, text);
}

/**
 * The document as it is laid out on the page and on paper (the `.doc` element and what is
 * in it). A translation (`doc.translation`) has no room for a signature and seal.
 */
export function documentHtml(doc: OfficialDocument): string {
  const h = doc.header;
  const text = doc.translation ? marked : plain;
  return (
    `<div class="${doc.translation ? 'doc doc--translation' : 'doc'}">` +
    `<div class="doc-header">` +
    `<div class="doc-header__left"><div class="doc-header__agency"><p class="doc-parent">${text(h.parent)}</p><p class="doc-issuer">${text(h.issuer)}</p></div>` +
    `<p class="doc-number">${escape(h.number)}</p></div>` +
    `<div class="doc-header__right"><div class="doc-header__nation"><p class="doc-nation">${escape(h.nation)}</p><p class="doc-motto">${escape(h.motto)}</p></div>` +
    `<p class="doc-date"><time datetime="${escape(h.dateIso)}">${text(h.placeDate)}</time></p></div>` +
    `</div>` +
    `<p class="doc-type">${escape(doc.type)}</p>` +
    `<p class="doc-subject">${text(doc.subject)}</p>` +
    `<div class="doc-body">${doc.body.map((b) => block(b, text)).join('')}</div>` +
    `<div class="doc-closing">` +
    `<div class="doc-recipients"><p class="doc-recipients__title">${escape(doc.recipients.title)}</p>` +
    `<ul class="doc-list doc-list--recipients">${doc.recipients.lines.map((l) => `<li>${text(l)}</li>`).join('')}</ul></div>` +
    `<div class="doc-signer">${doc.signer.posts.map((p) => `<p class="doc-signer__post">${text(p)}</p>`).join('')}` +
    (doc.translation ? '' : `<p class="doc-signer__space" aria-hidden="true"></p>`) +
    `<p class="doc-signer__name">${text(doc.signer.name)}</p></div>` +
    `</div>` +
    `</div>`
  );
}
