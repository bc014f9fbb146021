/**
 * The official text as data: the Decree 30/2020/NĐ-CP frame (header, number, place and
 * date, title, closing, signer, recipients) around the body of its kind of notice. The
 * text is written out here once; the page and the print preview render it
 * (src/components/OfficialText.astro), the search index and the PDF outline read it
 * (documentText, documentHeadings). A kind of notice only supplies its body blocks
 * (src/kinds/<kind>/sections.ts), so a new body section, or a new kind, never touches the frame.
 */
import type { Notice } from '../schema/notice.ts';
import type { Translate } from '../i18n/index.ts';
import type { Block, Inline, List } from '../kinds/blocks.ts';

export type { Block, Inline, List } from '../kinds/blocks.ts';

export interface OfficialDocument {
  header: {
    parent: string;
    issuer: string;
    /** "Số: 05/TB-NV"; for a draft, blank where the sequence goes. */
    number: string;
    nation: string;
    motto: string;
    /** "Hải Phòng, ngày 05 tháng 02 năm 2026" (a draft keeps the day blank). */
    placeDate: string;
    /** ISO form of the date for <time>: "2026-02-05", or "2026-05" for a month. */
    dateIso: string;
  };
  type: string;
  subject: string;
  /** The kind's blocks, then the closing sentence ("… ./."). */
  body: Block[];
  recipients: { title: string; lines: string[] };
  signer: { posts: string[]; name: string };
  /**
   * A translation, not the original: it is laid out the same way, as translations of
   * official documents are, but leaves no room for a signature and seal, so that no copy
   * of it can pass for a signed original.
   */
  translation: boolean;
  /** In a translation: the Vietnamese texts shown untranslated, and the note that says so ("(not yet translated)"). */
  untranslated?: Untranslated;
}

export interface Untranslated {
  texts: readonly string[];
  note: string;
}

export interface FrameDates {
  number: string;
  placeDate: string;
  dateIso: string;
}

/** The frame of Decree 30 around `body`, with its words in the language of `t`. */
export function officialDocument(n: Notice, t: Translate, dates: FrameDates, body: Block[], { translation = false, untranslated }: { translation?: boolean; untranslated?: Untranslated } = {}): OfficialDocument {
  return {
    header: {
      parent: n.issuer.parent,
      issuer: n.issuer.name,
      number: dates.number,
      nation: t('document.nation'),
      motto: t('document.motto'),
      placeDate: dates.placeDate,
      dateIso: dates.dateIso,
    },
    type: t(`documentType.${n.documentType}`),
    subject: n.subject,
    body: [...body, { type: 'paragraph', content: [n.closing] }],
    recipients: {
      title: t('document.recipients'),
      // Printed "- X;" each, the archive line last with a full stop.
      lines: [...n.recipients.map((r) => `${r};`), t('document.archive', { archive: n.archive })],
    },
    signer: {
      posts: [...(n.signer.authority ? [t(`signer.${n.signer.authority}`, { post: n.signer.onBehalfOf ?? '' }).trim()] : []), n.signer.post],
      name: n.signer.name,
    },
    translation,
    ...(translation && untranslated?.texts.length ? { untranslated } : {}),
  };
}

const inlineText = (runs: Inline[], telText: (i: Extract<Inline, object>) => string) =>
  runs.map((r) => (typeof r === 'string' ? r : r.kind === 'tel' ? telText(r) : r.text)).join('');

function listText(list: List, telText: (i: Extract<Inline, object>) => string): string[] {
  return list.items.flatMap((it) => [inlineText(it.content, telText), ...(it.list ? listText(it.list, telText) : [])]);
}

/**
 * The document's words in reading order, for search: the title, number and date, the
 * body, recipients and signer (not the national motto every document shares). `telText`
 * says how a phone link reads; search adds the bare digits so "0934336639" finds it.
 */
export function documentText(doc: OfficialDocument, telText: (i: Extract<Inline, object>) => string = (i) => i.text): string[] {
  const out = [doc.subject, doc.type, doc.header.number, doc.header.placeDate];
  for (const b of doc.body) {
    if (b.type === 'paragraph') out.push(inlineText(b.content, telText));
    else if (b.type === 'section') out.push(`${b.number}. ${b.heading}`);
    else out.push(...listText(b, telText));
  }
  out.push(...doc.recipients.lines, ...doc.signer.posts, doc.signer.name);
  return out;
}

/** The numbered section headings as the document prints them ("1. …"), for the PDF outline. */
export function documentHeadings(doc: OfficialDocument): string[] {
  return doc.body.flatMap((b) => (b.type === 'section' ? [`${b.number}. ${b.heading}`] : []));
}
