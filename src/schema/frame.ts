/**
 * The Decree 30/2020/NĐ-CP frame every administrative document shares, whatever its kind:
 * the header (parent body, issuing body, number, place and date), the title (type and
 * subject), and the closing (recipients, archive, signer). docs/print-rules.md lays it out.
 *
 * A kind of notice adds its body sections between `head` and `foot`
 * (src/schema/notice.ts composes them), so a new body section never touches the frame.
 */
import { z } from 'zod';
import { matching, noticeDate, paragraph, text, type FormMeta } from './fields.ts';
import { SLUG } from '../lib/urls.ts';

export const Issuer = z
  .strictObject({
    parent: text('Cơ quan chủ quản', 'Ví dụ: UBND THÀNH PHỐ HẢI PHÒNG'),
    name: text('Tên cơ quan ban hành', 'Ví dụ: SỞ NGOẠI VỤ'),
    fullName: text('Tên đầy đủ của cơ quan', 'Ví dụ: Sở Ngoại vụ thành phố Hải Phòng'),
  })
  .meta({ title: 'Cơ quan ban hành' });

const SYMBOL = matching(/^[0-9A-ZĐ]+(-[0-9A-ZĐ]+)+$/u, 'Ký hiệu viết hoa, không dấu cách, dạng TB-NV.');

/** The document number: "Số: 12/TB-NV". A draft leaves the sequence blank. */
export const DocumentNumber = z
  .strictObject({
    sequence: z
      .int({ error: 'Số thứ tự phải là số nguyên dương, ví dụ 12; để trống khi chưa vào sổ.' })
      .positive()
      .max(99999)
      .nullable()
      .optional()
      .meta({ title: 'Số thứ tự', description: 'Để trống khi văn bản chưa được vào sổ (bản dự thảo).' }),
    symbol: SYMBOL.schema.meta({ title: 'Ký hiệu', description: 'Ví dụ: TB-NV (TB là Thông báo, NV là Sở Ngoại vụ)', errorMessage: SYMBOL.errorMessage }),
  })
  .meta({ title: 'Số, ký hiệu văn bản' });

export const Signer = z
  .strictObject({
    authority: z
      .enum(['KT.', 'TM.', 'TL.', 'TUQ.', 'Q.'])
      .optional()
      .meta({ title: 'Thẩm quyền ký', description: 'Không bắt buộc. Ví dụ: KT. (ký thay)' }),
    onBehalfOf: text('Chức vụ người đứng đầu', 'Chỉ dùng cùng "authority", ví dụ GIÁM ĐỐC trong "KT. GIÁM ĐỐC".').optional(),
    post: text('Chức vụ người ký', 'Ví dụ: GIÁM ĐỐC'),
    name: text('Họ và tên người ký'),
  })
  .refine((s) => (s.authority === undefined) === (s.onBehalfOf === undefined), {
    message: '"authority" và "onBehalfOf" phải cùng có hoặc cùng không có (ví dụ KT. + GIÁM ĐỐC).',
    path: ['onBehalfOf'],
  })
  .meta({ title: 'Người ký' });

/**
 * The notices this one replaces, by file name (the page address). Whether each name is a
 * notice, and whether the chain leaves one notice in force, is checked across files
 * (src/pipeline/validation/lifecycle.ts); here only the shape of each name.
 */
export const Replaces = z
  .array(
    z
      .string()
      .refine((s) => !/\.ya?ml$/i.test(s.trim()), { message: 'Chỉ ghi tên tệp, không có phần đuôi .yaml, ví dụ duong-day-nong-2026-01.' })
      .refine((s) => /\.ya?ml$/i.test(s.trim()) || SLUG.test(s), {
        message: 'Tên tệp chỉ có chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ duong-day-nong-2026-01. Hãy chép đúng tên tệp của thông báo cũ (không có .yaml).',
      })
      .meta({ title: 'Tên tệp của thông báo được thay thế', description: 'Không có phần đuôi .yaml, ví dụ duong-day-nong-2026-01.' }),
  )
  .min(1)
  .max(20)
  .superRefine((names, ctx) => {
    names.forEach((name, i) => {
      const first = names.indexOf(name);
      if (first < i) ctx.addIssue({ code: 'custom', path: [i], message: `Tên "${name}" đã có ở mục thứ ${first + 1} của danh sách này. Hãy xóa dòng thừa.` });
    });
  })
  .meta({
    title: 'Các thông báo được thay thế',
    description: 'Không bắt buộc. Khi thông báo này thay thế thông báo cũ: mỗi thông báo cũ một dòng "- " với tên tệp của nó, không có .yaml.',
    hint: 'Không bắt buộc. Khi thông báo này thay thế thông báo cũ: chọn thông báo cũ trong danh sách các thông báo (mỗi thông báo ghi trích yếu và tên tệp); thay thế nhiều thông báo thì chọn từng cái.',
    relation: 'notices',
  } satisfies FormMeta & { title: string; description: string });

/** The fields before the body, in the order a file writes them. */
export const head = {
  issuer: Issuer,
  number: DocumentNumber,
  place: text('Địa danh', 'Ví dụ: Hải Phòng'),
  date: noticeDate('Ngày ban hành', 'Dạng 2026-05-15, hoặc 2026-05 khi chưa có ngày (bản dự thảo).'),
  documentType: z.enum(['THÔNG BÁO']).meta({ title: 'Tên loại văn bản', description: 'Viết đúng: THÔNG BÁO' }),
  subject: paragraph('Trích yếu nội dung', 'Chép nguyên văn dòng trích yếu dưới chữ THÔNG BÁO.'),
  replaces: Replaces.optional(),
};

/** The fields after the body: the closing sentence, recipients, archive and signer. */
export const foot = {
  closing: paragraph('Câu kết', 'Câu cuối của văn bản, kết thúc bằng "./."').refine((s) => s.trimEnd().endsWith('./.'), {
    message: 'Câu kết của văn bản phải kết thúc bằng "./." (Nghị định 30/2020/NĐ-CP). Hãy thêm "./." vào cuối câu.',
  }),
  recipients: z
    .array(text('Nơi nhận', 'Không ghi dấu "-" ở đầu và dấu ";" ở cuối; trang web tự thêm.'))
    .min(1)
    .max(50)
    .meta({ title: 'Nơi nhận', description: 'Mỗi nơi nhận một dòng, bắt đầu bằng "- ".', hint: 'Mỗi nơi nhận là một mục, theo thứ tự trên văn bản.' }),
  archive: text('Lưu', 'Ví dụ: VT (văn thư). In ra thành "- Lưu: VT."'),
  signer: Signer,
};

/** The frame's fields of a notice, whatever its kind. */
export type Frame = z.infer<z.ZodObject<typeof head & typeof foot>>;
