/**
 * The citizen-reception schedule in translation: the texts of its body in a
 * `translations.<lang>` block, the checks of that block against the original, and the merge
 * that puts the texts in place. Only texts: the days, hours, period, address for the map,
 * phone numbers and e-mail always come from the original.
 */
import { z } from 'zod';
import { paragraph, text } from '../../schema/fields.ts';
import { openingProblems, openingTranslation, sameLength, samePresence, translatedHeading, translateOpening, type Issue } from '../../schema/translation.ts';
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
      items: z.array(paragraph('Một điều')).max(30).meta({ title: 'Các điều', description: 'Đúng số mục và thứ tự như bản gốc.' }),
    })
    .meta({ title: 'Mục giấy tờ mang theo và nội quy' }),
  registration: z
    .strictObject({
      heading: translatedHeading(),
      text: paragraph('Nội dung'),
      phones: z
        .array(z.strictObject({ who: text('Nơi nhận đăng ký') }).meta({ title: 'Số điện thoại đăng ký' }))
        .max(10)
        .meta({ title: 'Các số điện thoại đăng ký', description: 'Đúng số mục và thứ tự như bản gốc; chỉ dịch nơi nhận (số điện thoại lấy từ bản gốc).' }),
    })
    .meta({ title: 'Mục đăng ký trước' }),
};

export type ReceptionTranslation = z.infer<z.ZodObject<typeof translation>>;

/** Where the translation in `lang` does not match the structure of the original's body. */
export function translationProblems(original: ReceptionNotice, lang: string, tr: ReceptionTranslation): Issue[] {
  const base = ['translations', lang];
  const issues: Issue[] = [];
  openingProblems(issues, base, original.opening, tr.opening);
  sameLength(issues, [...base, 'rules', 'items'], tr.rules.items, original.rules.items, 'điều', 'Mỗi điều của bản gốc cần đúng một mục dịch, cùng thứ tự.');
  sameLength(issues, [...base, 'registration', 'phones'], tr.registration.phones, original.registration.phones, 'số điện thoại đăng ký', 'Mỗi số của bản gốc cần đúng một mục "- who: …", cùng thứ tự.');
  samePresence(issues, [...base, 'location'], 'room', original.location.room !== undefined, tr.location.room !== undefined, 'tên phòng', 'room');
  return issues;
}

/** The original's body with the translation's texts in their places (validation has checked the structures match). */
export function translate(n: ReceptionNotice, tr: ReceptionTranslation): ReceptionNotice {
  return {
    ...n,
    opening: translateOpening(n.opening, tr.opening),
    headReception: { ...n.headReception, heading: tr.headReception.heading, who: tr.headReception.who, text: tr.headReception.text },
    regularReception: { ...n.regularReception, heading: tr.regularReception.heading, who: tr.regularReception.who, text: tr.regularReception.text },
    location: { ...n.location, heading: tr.location.heading, text: tr.location.text, ...(n.location.room && tr.location.room ? { room: tr.location.room } : {}) },
    rules: { heading: tr.rules.heading, items: tr.rules.items },
    registration: {
      ...n.registration,
      heading: tr.registration.heading,
      text: tr.registration.text,
      phones: n.registration.phones.map((p, i) => ({ ...p, who: tr.registration.phones[i]!.who })),
    },
  };
}
