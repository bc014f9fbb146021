/**
 * The official text's markup, from the document model (src/model/document.ts), as one
 * HTML string: the notice page, its print preview and the staff editor's preview all put
 * exactly this on the page, so what staff preview is what prints. Written as a string
 * rather than as Astro components because it is the same few elements for every notice,
 * twice per notice (at 1000 notices, 2000 renders of a component tree per list item).
 *
 * Every text and attribute value goes through `escape`; links come from validated data
 * (tel:, mailto:, https: only), and only where the model gives a run an address. In a
 * document of another language (a translation), each Vietnamese run of its texts (names,
 * the place, a quoted term) is marked lang="vi" (src/lib/vietnamese-runs.ts), and a text
 * the translation lacks, shown in Vietnamese, is followed by a note saying so.
 */
import type { Block, Inline, List, OfficialDocument, Untranslated } from '../model/document.ts';
import { markedRuns, type MarkedRun } from '../lib/vietnamese-runs.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escape = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Text, escaped; `vi` marks its Vietnamese runs (in a document of another language). */
type Write = (s: string) => string;
const plain: Write = escape;
/** A run as markup: a Vietnamese one marked lang="vi", an untranslated one followed by its note (in the page's language). */
export function runHtml(r: MarkedRun, note = ''): string {
  if (typeof r === 'string') return escape(r);
  const vi = `<span lang="vi">${escape(r.vi)}</span>`;
  return r.untranslated ? `${vi} <span class="untranslated">${escape(note)}</span>` : vi;
}
const marked = (u?: Untranslated): Write => (s) => markedRuns(s, u?.texts).map((r) => runHtml(r, u?.note)).join('');

/** A run as text, or a link when it has an address (a notice that offers no numbers prints its phones as text). */
const runs = (content: Inline[], text: Write) =>
  content.map((r) => (typeof r === 'string' ? text(r) : r.href ? `<a href="${escape(r.href)}">${escape(r.text)}</a>` : escape(r.text))).join('');

function list(l: List, text: Write): string {
  const cls = l.marker === 'plus' ? 'doc-list doc-list--plus' : 'doc-list';
  return `<ul class="${cls}">${l.items.map((it) => `<li>${runs(it.content, text)}${it.list ? list(it.list, text) : ''}</li>`).join('')}</ul>`;
}

function block(b: Block, text: Write): string {
  if (b.type === 'paragraph') return `<p>${runs(b.content, text)}</p>`;
  // h2: the clauses are the level under the document's title, which is the page's h1 on screen
  // and the document's own h1 on paper (a PDF's structure then goes H1, H2 with no gap).
  if (b.type === 'section') return `<h2 class="doc-section">${b.number}. ${text(b.heading)}</h2>`;
  return list(b, text);
}

/**
 * The document as it is laid out on the page and on paper (the `.doc` element and what is
 * in it). A translation (`doc.translation`) has no room for a signature and seal.
 */
export function documentHtml(doc: OfficialDocument): string {
  // The notice page and its print preview show the same document (one object of the site model, never changed once built).
  let html = rendered.get(doc);
  if (html === undefined) rendered.set(doc, (html = render(doc)));
  return html;
}
const rendered = new WeakMap<OfficialDocument, string>();

function render(doc: OfficialDocument): string {
  const h = doc.header;
  const text = doc.translation ? marked(doc.untranslated) : plain;
  return (
    '<div class="doc">' +
    `<div class="doc-header">` +
    `<div class="doc-header__left"><div class="doc-header__agency"><p class="doc-parent">${text(h.parent)}</p><p class="doc-issuer">${text(h.issuer)}</p></div>` +
    `<p class="doc-number">${escape(h.number)}</p></div>` +
    `<div class="doc-header__right"><div class="doc-header__nation"><p class="doc-nation">${escape(h.nation)}</p><p class="doc-motto">${escape(h.motto)}</p></div>` +
    `<p class="doc-date"><time datetime="${escape(h.dateIso)}">${text(h.placeDate)}</time></p></div>` +
    `</div>` +
    `<p class="doc-type">${escape(doc.type)}</p>` +
    // The subject twice, one shown per medium (site.css, print.css): on paper the page's own
    // h1 is not printed, so the document's title is the h1 there, and a PDF printed from the
    // page has one in its structure; on screen the page's h1 is enough.
    `<h1 class="doc-subject doc-subject--print">${text(doc.subject)}</h1>` +
    `<p class="doc-subject doc-subject--screen">${text(doc.subject)}</p>` +
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
