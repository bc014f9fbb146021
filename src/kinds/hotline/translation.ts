/**
 * The hotline notice in translation: the shape of its texts in a `translations.<lang>`
 * block, the checks of that block against the original, and the merge that puts the
 * translated texts in their places. Only texts: the names, honorifics, phone numbers,
 * e-mail and web addresses, the weekly schedule and the coordinates always come from
 * the original, so a translated page cannot show another number than the official text.
 *
 * A translation that is behind the original never blocks a save (src/schema/translation.ts):
 * the people on duty are paired with their translated posts by the Vietnamese post
 * (`of`), never by position, so removing the second of three people cannot give the third
 * the second's post; a person whose post has no entry shows it in Vietnamese. The
 * responsibilities are taken only when their structure matches the original's (as many
 * items, the same "+" lines), otherwise shown whole in Vietnamese; so are the Facebook
 * and responsibilities sections when the translation lacks them.
 */
import { z } from 'zod';
import { paragraph, text } from '../../schema/fields.ts';
import { Merge, ofField, openingTranslation, pairByOf, sameCount, samePresence, translatedHeading, translateOpening, type Translated } from '../../schema/translation.ts';
import type { HotlineNotice } from './schema.ts';

/** The texts of this kind's body in a translation block, in the order a file writes them. */
export const translation = {
  opening: openingTranslation,
  hotlines: z
    .strictObject({
      heading: translatedHeading(),
      contacts: z
        .array(
          z
            .strictObject({
              of: ofField('Chức vụ tiếng Việt', 'Chánh Văn phòng Sở'),
              post: text('Chức vụ đã dịch', 'Ví dụ: Chief of Office of the Department of Foreign Affairs'),
            })
            .meta({ title: 'Mục chức vụ' }),
        )
        .max(20)
        .meta({
          title: 'Chức vụ của người trực',
          summary: '{{fields.of}} → {{fields.post}}',
          description:
            'Mỗi chức vụ một mục: "of" chép nguyên chức vụ tiếng Việt, "post" là bản dịch. Thứ tự không quan trọng; người trực có chức vụ chưa có ở đây hiện chức vụ bằng tiếng Việt. Họ tên, danh xưng và số điện thoại lấy từ bản gốc.',
        }),
    })
    .meta({ title: 'Mục đường dây nóng' }),
  facebook: z
    .strictObject({
      heading: translatedHeading(),
      managedBy: text('Cơ quan, đơn vị quản lý'),
    })
    .optional()
    .meta({ title: 'Mục trang Facebook', description: 'Có khi và chỉ khi bản gốc có mục trang Facebook. Tên trang và địa chỉ lấy từ bản gốc.' }),
  hours: z.strictObject({ heading: translatedHeading(), text: text('Thời gian') }).meta({ title: 'Mục thời gian tiếp nhận' }),
  address: z
    .strictObject({ heading: translatedHeading(), text: text('Địa chỉ', 'Giữ nguyên tên đường, tên phường có dấu, ví dụ No. 15 Trần Quang Khải Street.') })
    .meta({ title: 'Mục địa chỉ' }),
  responsibilities: z
    .strictObject({
      heading: translatedHeading(),
      items: z
        .array(
          z
            .strictObject({
              who: text('Đơn vị, người thực hiện', 'Phải xuất hiện nguyên văn trong nội dung dịch.'),
              text: paragraph('Nội dung'),
              items: z.array(paragraph('Việc cụ thể')).max(50).optional().meta({ title: 'Các việc cụ thể' }),
            })
            .refine((r) => r.text.includes(r.who), {
              message: 'Tên đơn vị ở "who" phải có nguyên văn trong nội dung "text" của bản dịch. Hãy dịch cho khớp.',
              path: ['who'],
            })
            .meta({ title: 'Trách nhiệm' }),
        )
        .max(30)
        .meta({ title: 'Các trách nhiệm', description: 'Đúng số mục, số dòng "+" và thứ tự như bản gốc; khác thì trang dịch hiện mục này bằng tiếng Việt.' }),
    })
    .optional()
    .meta({ title: 'Mục trách nhiệm thực hiện', description: 'Có khi và chỉ khi bản gốc có mục này.' }),
};

export type HotlineTranslation = z.infer<z.ZodObject<typeof translation>>;

/** Whether the translated responsibilities have the original's structure: as many items, each with as many "+" lines. */
function sameResponsibilities(m: Merge, original: NonNullable<HotlineNotice['responsibilities']>, tr: NonNullable<HotlineTranslation['responsibilities']>): boolean {
  if (!sameCount(m, ['responsibilities', 'items'], tr.items, original.items, 'trách nhiệm')) return false;
  return original.items.every((r, i) => sameCount(m, ['responsibilities', 'items', i, 'items'], tr.items[i]!.items ?? [], r.items ?? [], 'việc cụ thể (dòng "+")'));
}

/**
 * The original's body with the translation's texts in their places, where they can be
 * paired safely; elsewhere the original's, recorded as untranslated, with a warning.
 */
export function translate(n: HotlineNotice, tr: HotlineTranslation, lang: string): Translated<HotlineNotice> {
  const m = new Merge(lang);
  const posts = pairByOf(m, ['hotlines', 'contacts'], tr.hotlines.contacts, n.hotlines.contacts, 'post', (c, i) => `Chức vụ của người trực thứ ${i + 1} (${c.honorific} ${c.name}, ${c.post})`);
  const facebook = samePresence(m, ['facebook'], n.facebook !== undefined, tr.facebook !== undefined, 'mục trang Facebook', 'heading, managedBy');
  const responsibilities = samePresence(m, ['responsibilities'], n.responsibilities !== undefined, tr.responsibilities !== undefined, 'mục trách nhiệm thực hiện', 'heading, items');
  const notice: HotlineNotice = {
    ...n,
    opening: translateOpening(m, n.opening, tr.opening),
    hotlines: {
      heading: tr.hotlines.heading,
      contacts: n.hotlines.contacts.map((c, i) => ({ ...c, post: posts[i]?.post ?? m.keep(c.post) })),
    },
    ...(n.facebook
      ? { facebook: facebook && tr.facebook ? { ...n.facebook, heading: tr.facebook.heading, managedBy: tr.facebook.managedBy } : { ...n.facebook, heading: m.keep(n.facebook.heading), managedBy: m.keep(n.facebook.managedBy) } }
      : {}),
    hours: { ...n.hours, heading: tr.hours.heading, text: tr.hours.text },
    address: { ...n.address, heading: tr.address.heading, text: tr.address.text },
    ...(n.responsibilities
      ? {
          responsibilities:
            responsibilities && tr.responsibilities && sameResponsibilities(m, n.responsibilities, tr.responsibilities)
              ? {
                  heading: tr.responsibilities.heading,
                  items: n.responsibilities.items.map((r, i) => {
                    const t = tr.responsibilities!.items[i]!;
                    return { ...r, who: t.who, text: t.text, ...(r.items ? { items: t.items! } : {}) };
                  }),
                }
              : { heading: tr.responsibilities?.heading ?? m.keep(n.responsibilities.heading), items: m.keepAll(n.responsibilities.items, ['who']) },
        }
      : {}),
  };
  return { notice, untranslated: m.untranslated, warnings: m.warnings };
}
