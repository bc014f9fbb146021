/**
 * The form's preview pane: the notice as it will print, laid out by the site's own print
 * stylesheet, from the same view model and the same markup as the site's pages
 * (src/model/, src/components/document-html.ts). While the form does not yet hold a whole
 * notice, the pane says what is missing instead of guessing.
 *
 * Sveltia renders preview templates with React and puts React's createElement on
 * `window.h` (as Netlify/Decap CMS did); this module uses only that.
 */
import type { Notice } from '../schema/notice.ts';
import { Notice as NoticeSchema, translationWarnings } from '../schema/notice.ts';
import { buildNoticeView } from '../model/notice.ts';
import { documentHtml } from '../components/document-html.ts';
import { translator } from '../i18n/index.ts';
import { links } from '../lib/urls.ts';
import { normalizeStrings } from '../pipeline/validation/check.ts';
import { fieldTitle } from '../pipeline/validation/fields.ts';
import { prune } from '../yaml-format/data.ts';
import { SOURCE_KEY } from './format.ts';
import { withoutSveltiaKeys } from './sveltia-keys.ts';

/** The fields a preview still waits for, as the form names them (their Vietnamese titles). */
function missing(issues: { path: PropertyKey[] }[]): string[] {
  const names = issues.map((i) => {
    const p = i.path.filter((s): s is string | number => typeof s !== 'symbol');
    return fieldTitle(p) ?? p.join('.');
  });
  return [...new Set(names)].slice(0, 8);
}

type H = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
interface PreviewProps {
  entry: { get(key: string): unknown; getIn(path: string[]): { toJS(): Record<string, unknown> } | undefined };
}

const t = translator('vi');

/**
 * The preview's own heading: small, above the document, never mistaken for the notice's
 * title. The document is laid out on A4 sheets as the site's print preview (/ban-in/) draws
 * them: the same stylesheet (print-preview.css, registered in main.ts) and the same markup
 * (the sheets are the columns of a multi-column box, one per page, so the pane breaks pages
 * where print does), scaled down by that stylesheet's own steps when the pane is narrower
 * than a sheet. The pane is an iframe: its media queries see the pane's width.
 */
export const PREVIEW_STYLE = [
  '.notice-preview{padding:0 0 1rem}',
  '.notice-preview__title{font:600 0.9rem/1.4 system-ui,sans-serif;color:#4a4a4a;margin:0 0 1rem}',
  '.notice-preview .pp-desk{background:var(--desk);padding:4mm 0}',
  '.notice-preview__warnings{font:0.9rem/1.45 system-ui,sans-serif;color:#5c3b00;background:#fff6e0;border:1px solid #b7791f;border-radius:4px;padding:0.5rem 0.75rem;margin:0 0 1rem}',
  '.notice-preview__warnings h2{font-size:0.95rem;margin:0 0 0.25rem}',
  '.notice-preview__warnings ul{margin:0;padding-left:1.25rem}',
].join('');

/** Page numbers drawn over the sheets from page 2 on, as /ban-in/ draws them; sheets beyond the text are cut off. */
const PAGE_NUMBERS = Array.from({ length: 19 }, (_, i) => i + 2);

export function noticePreview(site: string, base: string) {
  return function NoticePreview({ entry }: PreviewProps) {
    const h = (window as unknown as { h: H }).h;
    // Sveltia's own keys on list items (sveltia-keys.ts) are not the notice's.
    const { [SOURCE_KEY]: _id, ...data } = withoutSveltiaKeys(entry.getIn(['data'])?.toJS() ?? {});
    // The form holds every field, the empty ones as '' or {}; the file will not (format.ts).
    const notice = normalizeStrings(prune(data)) as Record<string, unknown> | undefined;
    let parsed = NoticeSchema.safeParse(notice);
    // The preview is of the official, Vietnamese text: a translation that is behind (a person
    // added, not yet translated) must not hide it.
    if (!parsed.success && notice && parsed.error.issues.every((i) => i.path[0] === 'translations')) {
      const { translations: _t, ...original } = notice;
      parsed = NoticeSchema.safeParse(original);
    }
    // Nor must a signed original just chosen, whose hash is written on save (original.ts): it is not printed.
    if (!parsed.success && notice && parsed.error.issues.every((i) => i.path[0] === 'original' || i.path[0] === 'translations')) {
      const { original: _o, ...rest } = notice;
      let again = NoticeSchema.safeParse(rest);
      if (!again.success && again.error.issues.every((i) => i.path[0] === 'translations')) {
        const { translations: _t, ...vietnamese } = rest;
        again = NoticeSchema.safeParse(vietnamese);
      }
      if (again.success) parsed = again;
    }
    if (!parsed.success) {
      return h(
        'main',
        { className: 'notice-preview-waiting', lang: 'vi' },
        h('h1', { className: 'notice-preview__title' }, 'Bản xem trước'),
        h('p', null, 'Bản xem trước hiện khi thông báo có đủ các trường bắt buộc. Còn thiếu hoặc chưa đúng:'),
        h('ul', null, ...missing(parsed.error.issues).map((p) => h('li', { key: p }, p))),
      );
    }
    const slug = String(entry.get('slug') ?? 'thong-bao-moi');
    const view = buildNoticeView(slug, parsed.data as Notice, t, links(site, base));
    // A translation behind the original never blocks the save; staff see what its page will
    // show in Vietnamese, and how to fill it in (src/schema/translation.ts).
    const warnings = translationWarnings(parsed.data as Notice);
    // The pane is a document of its own: a main landmark and a heading name it for screen readers.
    return h(
      'main',
      { lang: 'vi', className: 'notice-preview' },
      h('h1', { className: 'notice-preview__title' }, `Bản xem trước: ${view.shortTitle}`),
      warnings.length
        ? h(
            'section',
            { className: 'notice-preview__warnings', 'aria-labelledby': 'canh-bao-ban-dich' },
            h('h2', { id: 'canh-bao-ban-dich' }, 'Cảnh báo về bản dịch (vẫn lưu được)'),
            h('ul', null, ...warnings.map((w, i) => h('li', { key: i }, w.message))),
          )
        : null,
      h(
        'div',
        { className: 'pp-desk' },
        h(
          'div',
          { className: 'pp-paper' },
          h('div', { className: 'pp-sheets' }, h('section', { className: 'official', dangerouslySetInnerHTML: { __html: documentHtml(view.document) } })),
          h('div', { className: 'pp-numbers', 'aria-hidden': 'true' }, ...PAGE_NUMBERS.map((n) => h('span', { key: n, className: 'pp-number' }, String(n)))),
        ),
      ),
    );
  };
}
