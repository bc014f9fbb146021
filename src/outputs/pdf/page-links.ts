/**
 * The generated PDF's link on a notice page, and how the build completes it. A PDF is
 * printed from the built page itself (src/integrations/pdfs.ts), so its size is known only
 * after the page exists. The page is therefore written with the link between two markers
 * and a marker where the size goes; once the PDFs are made, each page gets its size (and
 * loses the markers), or, where no PDF could be made, loses the whole marked part, so no
 * page links a PDF that is not there.
 *
 * The markers are HTML comments: notice text can never produce one (Astro escapes "<"), and
 * the link block is `.no-print`, so what the printed page shows does not depend on them.
 */
export const PDF_LINK_START = '<!--pdf-link-->';
export const PDF_LINK_END = '<!--/pdf-link-->';
export const PDF_SIZE = '<!--pdf-size-->';

/** The page with its PDF link completed (`size`: "123 KB"), or without it (`size`: null). */
export function completePdfLink(html: string, size: string | null): string {
  const start = html.indexOf(PDF_LINK_START);
  const end = html.indexOf(PDF_LINK_END);
  if (start < 0 || end < start || html.indexOf(PDF_LINK_START, start + 1) >= 0) {
    throw new Error('trang không có (hoặc có hơn một) chỗ đặt liên kết tải bản PDF');
  }
  if (size === null) return html.slice(0, start) + html.slice(end + PDF_LINK_END.length);
  const inner = html.slice(start + PDF_LINK_START.length, end);
  if (!inner.includes(PDF_SIZE)) throw new Error('liên kết tải bản PDF không có chỗ ghi kích thước tệp');
  return html.slice(0, start) + inner.replaceAll(PDF_SIZE, size) + html.slice(end + PDF_LINK_END.length);
}

const PRINTING = Symbol.for('thong-bao.pdf-printing');

/**
 * Whether this process is a build that prints the PDFs (set by src/integrations/pdfs.ts from
 * Astro's command): only then does a page get the PDF link, since `astro dev` prints none.
 * Not import.meta.env.DEV, which follows NODE_ENV: a build run from the tests (NODE_ENV=test)
 * would then think it is the dev server.
 */
export function setPdfPrinting(on: boolean): void {
  (globalThis as Record<symbol, boolean>)[PRINTING] = on;
}
export function pdfPrinting(): boolean {
  return (globalThis as Record<symbol, boolean | undefined>)[PRINTING] === true;
}
