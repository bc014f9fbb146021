/**
 * Translations of a notice: an optional block per language (`translations: { en: … }`),
 * shaped like the text fields of the original and nothing else. What is never
 * translated has no place here, so a translation cannot show another number: phone
 * numbers, e-mail and web addresses, dates, document numbers, people's names, the place
 * name and the weekly schedule all come from the original (src/model/translation.ts and
 * the kind's `translate` merge the two). The languages a site offers are listed in content/site.yaml.
 *
 * The block is the frame's texts (here) around the texts of the notice's kind
 * (src/kinds/<kind>/translation.ts: its shape, its checks against the original and the
 * merge that puts its texts in place). It is checked against the original it translates
 * (`frameTranslationProblems` here, the kind's own checks there, run by
 * src/schema/notice.ts on the whole notice): the same number of recipients and paragraphs,
 * the same optional sections, and every cited document number copied as it is. Messages
 * are in Vietnamese, for staff.
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

/** A translated section heading. */
export const translatedHeading = () => text('Tiêu đề mục', 'Dịch tiêu đề mục, không ghi số thứ tự.');

/** The frame's texts in a translation, before the kind's (issuer, subject) and after them (closing, recipients, signer). */
const translationHead = {
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
};

const translationFoot = {
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
};

/**
 * A notice's translation block for a kind whose texts in translation are `body`
 * (src/kinds/<kind>/translation.ts), in the order a file writes them.
 */
export function noticeTranslation<B extends z.ZodRawShape>(body: B) {
  return z
    .strictObject({ ...translationHead, ...body, ...translationFoot })
    .meta({
      title: 'Bản dịch',
      description: 'Bản dịch không chính thức sang một ngôn ngữ, cùng cấu trúc với bản gốc. Số điện thoại, địa chỉ web, ngày tháng và họ tên lấy từ bản gốc.',
    });
}

/** A translation block as every kind has it: the frame's texts (the kind's own are typed by the kind). */
export type NoticeTranslation = z.infer<ReturnType<typeof noticeTranslation<{}>>> & Record<string, unknown>;

/** The `translations` field of a kind whose translation block is `block`: one block per language. */
export function translationsOf(block: z.ZodType) {
  return z
    .record(languageCode, block)
    .optional()
    .meta({
      title: 'Các bản dịch',
      description: 'Không bắt buộc. Mỗi ngôn ngữ một mục (en: tiếng Anh); ngôn ngữ phải có trong content/site.yaml. Hướng dẫn: docs/huong-dan-bien-tap.md, mục 10.',
    });
}

/** A problem of a translation, at a path from the notice's root (`translations.en.opening`). */
export type Issue = { path: (string | number)[]; message: string };

/** "1 đoạn", "2 người trực". */
export const count = (n: number, what: string) => `${n} ${what}`;

/** A list the translation must have as many items of as the original, in the same order. */
export function sameLength(issues: Issue[], path: (string | number)[], translated: unknown[], original: unknown[], what: string, order: string) {
  if (translated.length === original.length) return;
  issues.push({
    path,
    message: `Bản dịch có ${count(translated.length, what)}, bản gốc có ${count(original.length, what)}. ${order}`,
  });
}

/** A section the original has and the translation lacks, or the other way round. */
export function samePresence(issues: Issue[], base: (string | number)[], key: string, inOriginal: boolean, inTranslation: boolean, name: string, fields: string) {
  if (inOriginal === inTranslation) return;
  issues.push(
    inOriginal
      ? { path: [...base, key], message: `Bản gốc có ${name}, nên bản dịch cũng cần có: thêm "${key}:" với các trường ${fields}.` }
      : { path: [...base, key], message: `Bản gốc không có ${name}, nên bản dịch không được có. Hãy xóa "${key}:" cùng các dòng con của nó.` },
  );
}

/** The opening paragraphs in translation (src/schema/parts.ts `opening`): only their texts. */
export const openingTranslation = z
  .array(
    z
      .strictObject({ text: paragraph('Nội dung đoạn văn', 'Số hiệu văn bản được viện dẫn chép nguyên như bản gốc, ví dụ 1413/QĐ-UBND.') })
      .meta({ title: 'Đoạn mở đầu' }),
  )
  .max(20)
  .meta({ title: 'Các đoạn mở đầu', description: 'Đúng số đoạn và thứ tự như bản gốc.' });

type Opening = { text: string; cites?: { number: string }[] }[];

/** The opening's translation against the original's: as many paragraphs, every cited number copied as it is. */
export function openingProblems(issues: Issue[], base: (string | number)[], original: Opening, translated: { text: string }[]) {
  sameLength(issues, [...base, 'opening'], translated, original, 'đoạn mở đầu', 'Mỗi đoạn của bản gốc cần đúng một đoạn dịch, cùng thứ tự.');
  translated.forEach((p, i) => {
    for (const c of original[i]?.cites ?? []) {
      if (!p.text.includes(c.number)) {
        issues.push({
          path: [...base, 'opening', i, 'text'],
          message: `Đoạn dịch thiếu số hiệu "${c.number}" mà đoạn gốc viện dẫn. Số hiệu văn bản không dịch: hãy chép nguyên "${c.number}" vào đoạn dịch.`,
        });
      }
    }
  });
}

/** The original's opening with the translation's texts in place (the cited documents stay the original's). */
export function translateOpening<P extends { text: string }>(original: P[], translated: { text: string }[]): P[] {
  return original.map((p, i) => ({ ...p, text: translated[i]!.text }));
}

/** What the frame's checks need of the original. */
interface FrameOriginal {
  recipients: unknown[];
  signer: { onBehalfOf?: string };
}

/**
 * Where the frame's texts of the translation in `lang` do not match the original (the
 * kind's texts are checked by the kind). Paths are from the notice's root, so messages
 * point at the translation's own lines.
 */
export function frameTranslationProblems(original: FrameOriginal, lang: string, tr: NoticeTranslation): Issue[] {
  const base = ['translations', lang];
  const issues: Issue[] = [];
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
