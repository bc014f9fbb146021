/**
 * Translations of a notice: an optional block per language (`translations: { en: … }`),
 * shaped like the text fields of the original and nothing else. What is never
 * translated has no place here, so a translation cannot show another number: phone
 * numbers, e-mail and web addresses, dates, document numbers, people's names, the place
 * name and the weekly schedule all come from the original (src/model/translation.ts
 * merges the two). The languages a site offers are listed in content/site.yaml.
 *
 * The block is checked against the original it translates (`translationProblems`, run
 * by src/schema/notice.ts on the whole notice): the same number of paragraphs,
 * hotlines, responsibilities and recipients, the same optional sections, and every
 * cited document number copied as it is. Messages are in Vietnamese, for staff.
 */
import { z } from 'zod';
import { paragraph, text } from './fields.ts';

/** A language code as BCP 47 writes it ("en", "ja", "zh-Hant"); the site lists the ones it offers. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

export const languageCode = z
  .string()
  .regex(LANGUAGE_CODE, {
    message: 'Mã ngôn ngữ viết bằng chữ thường theo ISO 639-1, ví dụ en (tiếng Anh), ko (tiếng Hàn), ja (tiếng Nhật), zh (tiếng Trung).',
  })
  .refine((code) => code !== 'vi', { message: 'Tiếng Việt là bản gốc, không phải bản dịch. Hãy xóa mục "vi" này; bản dịch chỉ dành cho ngôn ngữ khác.' })
  .meta({ title: 'Mã ngôn ngữ' });

const heading = () => text('Tiêu đề mục', 'Dịch tiêu đề mục, không ghi số thứ tự.');

export const NoticeTranslation = z
  .strictObject({
    reviewed: z
      .boolean({ error: 'Ghi reviewed: true khi Sở đã duyệt bản dịch, reviewed: false khi chưa duyệt (viết đúng true hoặc false, không có dấu nháy).' })
      .meta({
        title: 'Sở đã duyệt bản dịch',
        description: 'true khi Sở đã duyệt bản dịch; false khi chưa. Khi chưa duyệt, trang web nói rõ điều đó với người đọc.',
      }),
    issuer: z
      .strictObject({
        parent: text('Cơ quan chủ quản', 'Ví dụ: PEOPLE’S COMMITTEE OF HAI PHONG CITY'),
        name: text('Tên cơ quan ban hành', 'Ví dụ: DEPARTMENT OF FOREIGN AFFAIRS'),
        fullName: text('Tên đầy đủ của cơ quan', 'Ví dụ: Department of Foreign Affairs of Hai Phong City'),
      })
      .meta({ title: 'Cơ quan ban hành' }),
    subject: paragraph('Trích yếu nội dung'),
    opening: z
      .array(
        z
          .strictObject({ text: paragraph('Nội dung đoạn văn', 'Số hiệu văn bản được viện dẫn chép nguyên như bản gốc, ví dụ 1413/QĐ-UBND.') })
          .meta({ title: 'Đoạn mở đầu' }),
      )
      .max(20)
      .meta({ title: 'Các đoạn mở đầu', description: 'Đúng số đoạn và thứ tự như bản gốc.' }),
    hotlines: z
      .strictObject({
        heading: heading(),
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
        heading: heading(),
        managedBy: text('Cơ quan, đơn vị quản lý'),
      })
      .optional()
      .meta({ title: 'Mục trang Facebook', description: 'Có khi và chỉ khi bản gốc có mục trang Facebook. Tên trang và địa chỉ lấy từ bản gốc.' }),
    hours: z.strictObject({ heading: heading(), text: text('Thời gian') }).meta({ title: 'Mục thời gian tiếp nhận' }),
    address: z
      .strictObject({ heading: heading(), text: text('Địa chỉ', 'Giữ nguyên tên đường, tên phường có dấu, ví dụ No. 15 Trần Quang Khải Street.') })
      .meta({ title: 'Mục địa chỉ' }),
    responsibilities: z
      .strictObject({
        heading: heading(),
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
    closing: paragraph('Câu kết'),
    recipients: z
      .array(text('Nơi nhận'))
      .max(50)
      .meta({ title: 'Nơi nhận', description: 'Đúng số dòng và thứ tự như bản gốc.' }),
    signer: z
      .strictObject({
        onBehalfOf: text('Chức vụ người đứng đầu').optional(),
        post: text('Chức vụ người ký', 'Ví dụ: DIRECTOR'),
      })
      .meta({ title: 'Người ký', description: 'Chỉ dịch chức vụ; họ tên người ký lấy từ bản gốc.' }),
  })
  .meta({
    title: 'Bản dịch',
    description: 'Bản dịch không chính thức sang một ngôn ngữ, cùng cấu trúc với bản gốc. Số điện thoại, địa chỉ web, ngày tháng và họ tên lấy từ bản gốc.',
  });

export type NoticeTranslation = z.infer<typeof NoticeTranslation>;

export const translations = z
  .record(languageCode, NoticeTranslation)
  .optional()
  .meta({
    title: 'Các bản dịch',
    description: 'Không bắt buộc. Mỗi ngôn ngữ một mục (en: tiếng Anh); ngôn ngữ phải có trong content/site.yaml. Hướng dẫn: docs/huong-dan-bien-tap.md, mục 10.',
  });

/** What the checks below need of the original: its text fields' shape. */
interface Original {
  opening: { text: string; cites?: { number: string }[] }[];
  hotlines: { contacts: unknown[] };
  facebook?: unknown;
  responsibilities?: { items: { items?: unknown[] }[] };
  recipients: unknown[];
  signer: { onBehalfOf?: string };
}

type Issue = { path: (string | number)[]; message: string };

/** "1 đoạn", "2 người trực". */
const count = (n: number, what: string) => `${n} ${what}`;

function sameLength(issues: Issue[], path: (string | number)[], translated: unknown[], original: unknown[], what: string, order: string) {
  if (translated.length === original.length) return;
  issues.push({
    path,
    message: `Bản dịch có ${count(translated.length, what)}, bản gốc có ${count(original.length, what)}. ${order}`,
  });
}

/** A section the original has and the translation lacks, or the other way round. */
function samePresence(issues: Issue[], base: (string | number)[], key: string, inOriginal: boolean, inTranslation: boolean, name: string, fields: string) {
  if (inOriginal === inTranslation) return;
  issues.push(
    inOriginal
      ? { path: [...base, key], message: `Bản gốc có ${name}, nên bản dịch cũng cần có: thêm "${key}:" với các trường ${fields}.` }
      : { path: [...base, key], message: `Bản gốc không có ${name}, nên bản dịch không được có. Hãy xóa "${key}:" cùng các dòng con của nó.` },
  );
}

/**
 * Where the translation in `lang` does not match the structure of the original. Paths are
 * from the notice's root (`translations.en.opening`), so messages point at the
 * translation's own lines.
 */
export function translationProblems(original: Original, lang: string, tr: NoticeTranslation): Issue[] {
  const base = ['translations', lang];
  const issues: Issue[] = [];
  sameLength(issues, [...base, 'opening'], tr.opening, original.opening, 'đoạn mở đầu', 'Mỗi đoạn của bản gốc cần đúng một đoạn dịch, cùng thứ tự.');
  tr.opening.forEach((p, i) => {
    for (const c of original.opening[i]?.cites ?? []) {
      if (!p.text.includes(c.number)) {
        issues.push({
          path: [...base, 'opening', i, 'text'],
          message: `Đoạn dịch thiếu số hiệu "${c.number}" mà đoạn gốc viện dẫn. Số hiệu văn bản không dịch: hãy chép nguyên "${c.number}" vào đoạn dịch.`,
        });
      }
    }
  });
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
  sameLength(issues, [...base, 'recipients'], tr.recipients, original.recipients, 'nơi nhận', 'Mỗi nơi nhận của bản gốc cần đúng một dòng dịch, cùng thứ tự.');
  const hasAuthority = original.signer.onBehalfOf !== undefined;
  if (hasAuthority !== (tr.signer.onBehalfOf !== undefined)) {
    issues.push(
      hasAuthority
        ? { path: [...base, 'signer'], message: 'Bản gốc ký thay, ký thừa lệnh… (có "onBehalfOf"), nên bản dịch cũng cần "onBehalfOf:" với chức vụ người đứng đầu đã dịch.' }
        : { path: [...base, 'signer', 'onBehalfOf'], message: 'Bản gốc không có "onBehalfOf", nên bản dịch không được có. Hãy xóa dòng này.' },
    );
  }
  return issues;
}
