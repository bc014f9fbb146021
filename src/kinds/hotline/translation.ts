/**
 * The hotline notice in translation: the shape of its texts in a `translations.<lang>`
 * block, the checks of that block against the original, and the merge that puts the
 * translated texts in their places. Only texts: the names, honorifics, phone numbers,
 * e-mail and web addresses, the weekly schedule and the coordinates always come from
 * the original, so a translated page cannot show another number than the official text.
 */
import { z } from 'zod';
import { paragraph, text } from '../../schema/fields.ts';
import { openingProblems, openingTranslation, sameLength, samePresence, count, translatedHeading, translateOpening, type Issue } from '../../schema/translation.ts';
import type { HotlineNotice } from './schema.ts';

/** The texts of this kind's body in a translation block, in the order a file writes them. */
export const translation = {
  opening: openingTranslation,
  hotlines: z
    .strictObject({
      heading: translatedHeading(),
      contacts: z
        .array(z.strictObject({ post: text('Chức vụ', 'Ví dụ: Chief of Office of the Department of Foreign Affairs') }).meta({ title: 'Người trực' }))
        .max(20)
        .meta({
          title: 'Danh sách người trực',
          description: 'Đúng số người và thứ tự như bản gốc; chỉ dịch chức vụ (họ tên, danh xưng và số điện thoại lấy từ bản gốc).',
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
        .meta({ title: 'Các trách nhiệm', description: 'Đúng số mục và thứ tự như bản gốc.' }),
    })
    .optional()
    .meta({ title: 'Mục trách nhiệm thực hiện', description: 'Có khi và chỉ khi bản gốc có mục này.' }),
};

export type HotlineTranslation = z.infer<z.ZodObject<typeof translation>>;

/** Where the translation in `lang` does not match the structure of the original's body. */
export function translationProblems(original: HotlineNotice, lang: string, tr: HotlineTranslation): Issue[] {
  const base = ['translations', lang];
  const issues: Issue[] = [];
  openingProblems(issues, base, original.opening, tr.opening);
  sameLength(
    issues,
    [...base, 'hotlines', 'contacts'],
    tr.hotlines.contacts,
    original.hotlines.contacts,
    'người trực',
    'Mỗi người trực của bản gốc cần đúng một mục "- post: …", cùng thứ tự.',
  );
  samePresence(issues, base, 'facebook', original.facebook !== undefined, tr.facebook !== undefined, 'mục trang Facebook', 'heading, managedBy');
  samePresence(issues, base, 'responsibilities', original.responsibilities !== undefined, tr.responsibilities !== undefined, 'mục trách nhiệm thực hiện', 'heading, items');
  if (original.responsibilities && tr.responsibilities) {
    const items = original.responsibilities.items;
    sameLength(issues, [...base, 'responsibilities', 'items'], tr.responsibilities.items, items, 'trách nhiệm', 'Mỗi trách nhiệm của bản gốc cần đúng một mục dịch, cùng thứ tự.');
    tr.responsibilities.items.forEach((r, i) => {
      const want = items[i]?.items;
      if (!items[i]) return;
      if (want && !r.items) {
        issues.push({ path: [...base, 'responsibilities', 'items', i], message: `Trách nhiệm thứ ${i + 1} của bản gốc có ${count(want.length, 'việc cụ thể')} (dòng "+"), nên bản dịch cũng cần "items:" với ${want.length} dòng.` });
      } else if (!want && r.items) {
        issues.push({ path: [...base, 'responsibilities', 'items', i, 'items'], message: `Trách nhiệm thứ ${i + 1} của bản gốc không có việc cụ thể (dòng "+"), nên bản dịch không được có. Hãy xóa "items:" cùng các dòng con.` });
      } else if (want && r.items) {
        sameLength(issues, [...base, 'responsibilities', 'items', i, 'items'], r.items, want, 'việc cụ thể', 'Mỗi dòng "+" của bản gốc cần đúng một dòng dịch, cùng thứ tự.');
      }
    });
  }
  return issues;
}

/** The original's body with the translation's texts in their places (validation has checked the structures match). */
export function translate(n: HotlineNotice, tr: HotlineTranslation): HotlineNotice {
  return {
    ...n,
    opening: translateOpening(n.opening, tr.opening),
    hotlines: {
      heading: tr.hotlines.heading,
      contacts: n.hotlines.contacts.map((c, i) => ({ ...c, post: tr.hotlines.contacts[i]!.post })),
    },
    ...(n.facebook && tr.facebook ? { facebook: { ...n.facebook, heading: tr.facebook.heading, managedBy: tr.facebook.managedBy } } : {}),
    hours: { ...n.hours, heading: tr.hours.heading, text: tr.hours.text },
    address: { ...n.address, heading: tr.address.heading, text: tr.address.text },
    ...(n.responsibilities && tr.responsibilities
      ? {
          responsibilities: {
            heading: tr.responsibilities.heading,
            items: n.responsibilities.items.map((r, i) => {
              const t = tr.responsibilities!.items[i]!;
              return { ...r, who: t.who, text: t.text, ...(r.items ? { items: t.items ?? r.items } : {}) };
            }),
          },
        }
      : {}),
  };
}
