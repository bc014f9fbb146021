/**
 * The body of a hotline notice (./schema.ts) as document blocks: the
 * opening paragraphs, then its sections, numbered in the order the notice prints them.
 * A section the notice leaves out takes no number. A new section is one more entry in
 * SECTIONS, with its schema field; the frame and the renderer stay as they are.
 */
import type { HotlineNotice as Notice } from './schema.ts';
import type { Translate } from '../../i18n/index.ts';
import type { Block, Inline, List } from '../blocks.ts';
import type { BodyLinks } from '../kind.ts';

type Section = (n: Notice, t: Translate, links: BodyLinks) => { heading: string; blocks: Block[] } | undefined;

const dashList = (items: Inline[][]): List => ({ type: 'list', marker: 'dash', items: items.map((content) => ({ content })) });
const paragraph = (text: string): Block => ({ type: 'paragraph', content: [text] });

const SECTIONS: Section[] = [
  (n, t, links) => ({
    heading: n.hotlines.heading,
    blocks: [
      dashList(
        n.hotlines.contacts.map((c): Inline[] => {
          const tel = links.tel(c.phone);
          const mailto = c.email ? links.mailto(c.email) : null;
          return [
            `${t(`person.${c.honorific}`, { name: c.name })}, ${c.post}, ${t('document.phone')} `,
            { text: c.phone, ...(tel ? { href: tel } : {}), kind: 'tel' },
            ...(c.email ? [`, ${t('document.email')} `, { text: c.email, ...(mailto ? { href: mailto } : {}), kind: 'mailto' as const }] : []),
            '.',
          ];
        }),
      ),
    ],
  }),
  (n, t) =>
    n.facebook && {
      heading: n.facebook.heading,
      blocks: [
        dashList([
          [`${t('document.facebookName')} ${n.facebook.name}`],
          [`${t('document.facebookUrl')} `, { text: n.facebook.url, href: n.facebook.url, kind: 'web' }],
          [`${t('document.facebookManagedBy')} ${n.facebook.managedBy}`],
        ]),
      ],
    },
  (n) => ({ heading: n.hours.heading, blocks: [paragraph(n.hours.text)] }),
  (n) => ({ heading: n.address.heading, blocks: [paragraph(n.address.text)] }),
  (n) =>
    n.responsibilities && {
      heading: n.responsibilities.heading,
      blocks: [
        {
          type: 'list',
          marker: 'dash',
          items: n.responsibilities.items.map((r) => ({
            content: [r.text],
            ...(r.items ? { list: { type: 'list', marker: 'plus', items: r.items.map((it) => ({ content: [it] })) } as List } : {}),
          })),
        },
      ],
    },
];

export function hotlineBody(n: Notice, t: Translate, links: BodyLinks): Block[] {
  const blocks: Block[] = n.opening.map((p) => paragraph(p.text));
  let number = 0;
  for (const section of SECTIONS) {
    const s = section(n, t, links);
    if (!s) continue;
    blocks.push({ type: 'section', number: ++number, heading: s.heading }, ...s.blocks);
  }
  return blocks;
}
