/**
 * What a document's body is written in: paragraphs, numbered section headings and lists,
 * whose runs of text may carry a phone number, e-mail or web address. A kind writes its
 * body in these (src/kinds/<kind>/sections.ts); the view model puts them in the Decree 30
 * frame (src/model/document.ts), and one renderer writes them out for the page, the print
 * and the PDF (src/components/document-html.ts), the search record reads them.
 */

/**
 * A run of text, or a phone number, e-mail address or web address in it: a link where it
 * has `href`, plain text where it has none. `tel` runs carry the number as printed.
 */
export type Inline = string | { text: string; href?: string; kind: 'tel' | 'mailto' | 'web' };

export interface List {
  type: 'list';
  /** "- " items, or the "+ " items nested under one of them. */
  marker: 'dash' | 'plus';
  items: { content: Inline[]; list?: List }[];
}

export type Block =
  | { type: 'paragraph'; content: Inline[] }
  /** A numbered section heading: "1. Số điện thoại đường dây nóng …". */
  | { type: 'section'; number: number; heading: string }
  | List;

