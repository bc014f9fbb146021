/**
 * The citizen-reception schedule in translation: the texts of its body in a
 * `translations.<lang>` block, the checks of that block against the original, and the merge
 * that puts the texts in place. Only texts: the days, hours, period, address for the map,
 * phone numbers and e-mail always come from the original.
 *
 * A translation that is behind the original never blocks a save (src/schema/translation.ts):
 * the numbers to register are paired with their translated "who" by the Vietnamese text
 * (`of`), never by position; the rules are taken only when there are as many as in the
 * original, otherwise shown whole in Vietnamese; so is the room when the translation lacks it.
 */
import { z } from 'zod';
import { paragraph, text } from '../../schema/fields.ts';
import { Merge, ofField, openingTranslation, pairByOf, sameCount, samePresence, translatedHeading, translateOpening, type Translated } from '../../schema/translation.ts';
import type { ReceptionNotice } from './schema.ts';

const reception = (title: string) =>
  z
    .strictObject({
      heading: translatedHeading(),
      who: text('Người tiếp', 'Phải xuất hiện nguyên văn trong nội dung dịch.'),
      text: paragraph('Nội dung'),
    })
    .refine((r) => r.text.includes(r.who), { message: 'Người tiếp ở "who" phải có nguyên văn trong nội dung "text" của bản dịch. Hãy dịch cho khớp.', path: ['who'] })
    .meta({ title, description: 'Ngày và giờ lấy từ bản gốc.' });

/** The texts of this kind's body in a translation block, in the order a file writes them. */
export const translation = {
  opening: openingTranslation,
  headReception: reception('Mục tiếp công dân định kỳ của người đứng đầu'),
  regularReception: reception('Mục tiếp công dân thường xuyên'),
  location: z
    .strictObject({
      heading: translatedHeading(),
      text: paragraph('Địa điểm', 'Giữ nguyên tên đường, tên phường có dấu.'),
      room: text('Phòng').optional(),
    })
    .meta({ title: 'Mục địa điểm', description: 'Có "room" khi và chỉ khi bản gốc có.' }),
  rules: z
    .strictObject({
      heading: translatedHeading(),
      items: z.array(paragraph('Một điều')).max(30).meta({ title: 'Các điều', description: 'Đúng số mục và thứ tự như bản gốc; khác số mục thì trang dịch hiện các điều này bằng tiếng Việt.' }),
    })
    .meta({ title: 'Mục giấy tờ mang theo và nội quy' }),
  registration: z
    .strictObject({
      heading: translatedHeading(),
      text: paragraph('Nội dung'),
      phones: z
        .array(
          z
            .strictObject({ of: ofField('Nơi nhận tiếng Việt', 'Văn phòng Sở'), who: text('Nơi nhận đã dịch') })
            .meta({ title: 'Mục nơi nhận đăng ký' }),
        )
        .max(10)
        .meta({
          title: 'Nơi nhận đăng ký',
          summary: '{{fields.of}} → {{fields.who}}',
          description: 'Mỗi nơi nhận một mục: "of" chép nguyên chữ tiếng Việt, "who" là bản dịch. Thứ tự không quan trọng; nơi chưa có ở đây hiện bằng tiếng Việt. Số điện thoại lấy từ bản gốc.',
        }),
    })
    .meta({ title: 'Mục đăng ký trước' }),
};

export type ReceptionTranslation = z.infer<z.ZodObject<typeof translation>>;

/**
 * The original's body with the translation's texts in their places, where they can be
 * paired safely; elsewhere the original's, recorded as untranslated, with a warning.
 */
export function translate(n: ReceptionNotice, tr: ReceptionTranslation, lang: string): Translated<ReceptionNotice> {
  const m = new Merge(lang);
  const phones = pairByOf(m, ['registration', 'phones'], tr.registration.phones, n.registration.phones, 'who', (p, i) => `Nơi nhận đăng ký thứ ${i + 1} (${p.who}, ${p.phone})`);
  const rules = sameCount(m, ['rules', 'items'], tr.rules.items, n.rules.items, 'điều');
  const room = samePresence(m, ['location', 'room'], n.location.room !== undefined, tr.location.room !== undefined, 'tên phòng', 'room');
  const notice: ReceptionNotice = {
    ...n,
    opening: translateOpening(m, n.opening, tr.opening),
    headReception: { ...n.headReception, heading: tr.headReception.heading, who: tr.headReception.who, text: tr.headReception.text },
    regularReception: { ...n.regularReception, heading: tr.regularReception.heading, who: tr.regularReception.who, text: tr.regularReception.text },
    location: {
      ...n.location,
      heading: tr.location.heading,
      text: tr.location.text,
      ...(n.location.room ? { room: room ? tr.location.room! : m.keep(n.location.room) } : {}),
    },
    rules: { heading: tr.rules.heading, items: rules ? tr.rules.items : m.keepAll(n.rules.items) },
    registration: {
      ...n.registration,
      heading: tr.registration.heading,
      text: tr.registration.text,
      phones: n.registration.phones.map((p, i) => ({ ...p, who: phones[i]?.who ?? m.keep(p.who) })),
    },
  };
  return { notice, untranslated: m.untranslated, warnings: m.warnings };
}
