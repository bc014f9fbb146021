/**
 * The body of a citizen-reception schedule (./schema.ts) as document blocks: the opening
 * paragraphs, then its sections numbered in print order. Only the sentences the document
 * prints: the days and hours as data (./days.ts) are the page's, not the official text's.
 */
import type { ReceptionNotice as Notice } from './schema.ts';
import type { Translate } from '../../i18n/index.ts';
import type { Block, Inline, List } from '../blocks.ts';
import type { BodyLinks } from '../kind.ts';

type Section = (n: Notice, t: Translate, links: BodyLinks) => { heading: string; blocks: Block[] };

const dashList = (items: Inline[][]): List => ({ type: 'list', marker: 'dash', items: items.map((content) => ({ content })) });
const paragraph = (text: string): Block => ({ type: 'paragraph', content: [text] });

const SECTIONS: Section[] = [
  (n) => ({ heading: n.headReception.heading, blocks: [paragraph(n.headReception.text)] }),
  (n) => ({ heading: n.regularReception.heading, blocks: [paragraph(n.regularReception.text)] }),
  (n) => ({ heading: n.location.heading, blocks: [paragraph(n.location.text)] }),
  (n) => ({ heading: n.rules.heading, blocks: [dashList(n.rules.items.map((item) => [item]))] }),
  (n, t, links) => {
    const r = n.registration;
    const mailto = r.email ? links.mailto(r.email) : null;
    return {
      heading: r.heading,
      blocks: [
        paragraph(r.text),
        dashList([
          ...r.phones.map((p): Inline[] => {
            const tel = links.tel(p.phone);
            return [`${p.who}: ${t('document.phone')} `, { text: p.phone, ...(tel ? { href: tel } : {}), kind: 'tel' }, ';'];
          }),
          ...(r.email ? [[`${t('document.email')} `, { text: r.email, ...(mailto ? { href: mailto } : {}), kind: 'mailto' as const }, '.'] as Inline[]] : []),
        ]),
      ],
    };
  },
];

export function receptionBody(n: Notice, t: Translate, links: BodyLinks): Block[] {
  const blocks: Block[] = n.opening.map((p) => paragraph(p.text));
  SECTIONS.forEach((section, i) => {
    const s = section(n, t, links);
    blocks.push({ type: 'section', number: i + 1, heading: s.heading }, ...s.blocks);
  });
  return blocks;
}
