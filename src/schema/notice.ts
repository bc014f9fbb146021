/**
 * The notice schema: the single source of truth for what a notice file may contain.
 *
 * From this one file come the TypeScript types (`Notice`), the validation of every
 * YAML file (build and `npm run validate`), and the JSON Schema that editors use for
 * autocompletion (`npm run schema`). Titles and descriptions are in Vietnamese because
 * staff read them in their editor.
 *
 * The schema only *validates*: it has no transforms, so validated data is exactly what
 * the file says (after NFC normalisation in the loader) and can be published as open
 * data as it is. Derived values (tel: links, formatted dates) live in `src/lib/`.
 */
import { z } from 'zod';
import { isValidDisplayPhone } from '../lib/phone.ts';
import { parseNoticeDate } from '../lib/dates.ts';

/** Longest text a single field may hold. A whole notice is about 4 KB; this is generous. */
export const MAX_TEXT = 5000;

/** Non-empty text on one or more lines; surrounding spaces are not allowed to hide emptiness. */
const text = (title: string, description?: string) =>
  z
    .string()
    .max(MAX_TEXT)
    .refine((s) => s.trim().length > 0, { message: 'Không được để trống. Hãy viết nội dung ngay sau dấu hai chấm.' })
    .meta({ title, ...(description ? { description } : {}) });

/**
 * Why a text is not an acceptable link, in words staff can act on. Only https is allowed,
 * so nothing can become a `javascript:` or plain-http link on the page.
 */
function urlProblem(input: unknown): string {
  const s = typeof input === 'string' ? input.trim() : '';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(s)?.[1]?.toLowerCase();
  if (scheme === 'http') return 'Địa chỉ phải bắt đầu bằng https:// (có chữ s), không phải http://. Hãy sửa "http://" thành "https://".';
  if (scheme && scheme !== 'https') return `Chỉ chấp nhận địa chỉ web bắt đầu bằng https://; "${scheme}:" không được phép. Hãy dán địa chỉ trang, ví dụ https://www.facebook.com/tentrang`;
  return 'Đây không phải một địa chỉ web đầy đủ. Hãy dán nguyên địa chỉ, bắt đầu bằng https://, ví dụ https://www.facebook.com/tentrang';
}

const httpsUrl = (title: string, description: string) =>
  z
    .url({ protocol: /^https$/, hostname: z.regexes.domain, error: (iss) => urlProblem(iss.input) })
    .max(2000)
    .meta({ title, description });

const facebookUrl = httpsUrl('Địa chỉ trang Facebook', 'Dán nguyên địa chỉ trang, bắt đầu bằng https://www.facebook.com/').refine(
  (u) => {
    try {
      const host = new URL(u).hostname.toLowerCase();
      return host === 'facebook.com' || host.endsWith('.facebook.com');
    } catch {
      return false;
    }
  },
  { message: 'Địa chỉ này không thuộc facebook.com. Hãy dán địa chỉ trang Facebook của cơ quan, ví dụ https://www.facebook.com/tentrang' },
);

/** Date as written in the file: `YYYY-MM-DD`, or `YYYY-MM` while the day is not yet fixed. */
const noticeDate = (title: string, description: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, {
      message: 'Ngày phải viết dạng NĂM-THÁNG-NGÀY (ví dụ 2026-05-15), hoặc NĂM-THÁNG (ví dụ 2026-05) khi chưa có ngày.',
    })
    .refine((s) => parseNoticeDate(s) !== null, { message: 'Ngày này không có trên lịch (ví dụ 30/02). Hãy kiểm tra lại ngày và tháng.' })
    .meta({ title, description });

const fullDate = (title: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày phải viết dạng NĂM-THÁNG-NGÀY, ví dụ 2026-04-10.' })
    .refine((s) => parseNoticeDate(s) !== null, { message: 'Ngày này không có trên lịch (ví dụ 30/02). Hãy kiểm tra lại ngày và tháng.' })
    .meta({ title, description: 'Dạng NĂM-THÁNG-NGÀY, ví dụ 2026-04-10.' });

const phone = z
  .string({
    error: (iss) =>
      typeof iss.input === 'number'
        ? 'Số điện thoại phải đặt trong dấu nháy kép, ví dụ phone: "0934.336.639"; nếu không, số 0 ở đầu bị mất.'
        : undefined,
  })
  .max(40)
  .refine(isValidDisplayPhone, {
    message: 'Số điện thoại không hợp lệ. Viết số Việt Nam như khi quay số, ví dụ "0934.336.639" hoặc "0225.3842.689"; số dịch vụ ngắn như "1022" cũng được.',
  })
  .meta({
    title: 'Số điện thoại',
    description: 'Viết đúng như trên văn bản, trong dấu nháy kép, ví dụ "0934.336.639". Trang web tự tạo đường dẫn gọi điện.',
  });

const email = z
  .email({ error: 'Địa chỉ email không hợp lệ. Hãy viết đủ dạng ten@tenmien, ví dụ vanphong@haiphong.gov.vn' })
  .max(254)
  .meta({ title: 'Email', description: 'Không bắt buộc. Khi có, người dân bấm để gửi thư.' });

/** A document cited in the opening paragraph (legal basis). */
export const CitedDocument = z
  .strictObject({
    type: text('Loại văn bản', 'Ví dụ: Quyết định, Kế hoạch.'),
    number: z
      .string()
      .regex(/^\d+\/[0-9A-ZĐ]+(-[0-9A-ZĐ]+)*$/u, { message: 'Số, ký hiệu phải viết dạng 1413/QĐ-UBND.' })
      .meta({ title: 'Số, ký hiệu', description: 'Ví dụ: 1413/QĐ-UBND' }),
    date: fullDate('Ngày ban hành'),
    issuer: text('Cơ quan ban hành'),
  })
  .meta({ title: 'Văn bản được viện dẫn' });

export const Paragraph = z
  .strictObject({
    text: text('Nội dung đoạn văn', 'Chép nguyên văn đoạn văn.'),
    cites: z.array(CitedDocument).max(50).optional().meta({ title: 'Các văn bản được viện dẫn trong đoạn này' }),
  })
  .superRefine((p, ctx) => {
    // A cited number that is not in the paragraph is almost always a typo in one of the two.
    p.cites?.forEach((c, i) => {
      if (!p.text.includes(c.number)) {
        ctx.addIssue({
          code: 'custom',
          path: ['cites', i, 'number'],
          message: `Số hiệu "${c.number}" không có trong nội dung đoạn văn. Hãy sửa cho khớp với câu chữ của văn bản.`,
        });
      }
    });
  })
  .meta({ title: 'Đoạn mở đầu', description: 'Một đoạn văn của phần mở đầu, trước các mục đánh số.' });

export const Hotline = z
  .strictObject({
    honorific: z
      .enum(['Ông', 'Bà'], { error: 'Danh xưng phải là "Ông" hoặc "Bà".' })
      .meta({ title: 'Danh xưng', description: '"Ông" hoặc "Bà"' }),
    name: text('Họ và tên'),
    post: text('Chức vụ', 'Ví dụ: Chánh Văn phòng Sở Ngoại vụ'),
    phone,
    email: email.optional(),
  })
  .meta({ title: 'Người trực', description: 'Một người trực đường dây nóng: danh xưng, họ tên, chức vụ, số điện thoại.' });

const heading = (example: string) => text('Tiêu đề mục', `Chép nguyên văn tiêu đề mục, không ghi số thứ tự. Ví dụ: ${example}`);

export const Coordinates = z
  .strictObject({
    lat: z.number().min(-90).max(90).meta({ title: 'Vĩ độ', description: 'Ví dụ: 20.8651' }),
    lon: z.number().min(-180).max(180).meta({ title: 'Kinh độ', description: 'Ví dụ: 106.6838' }),
  })
  .meta({ title: 'Tọa độ', description: 'Không bắt buộc. Khi có, bản đồ chỉ đúng vị trí.' });

export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Giờ phải viết dạng HH:MM, ví dụ 07:30.' });

export const OpeningPeriod = z
  .strictObject({
    days: z
      .array(z.enum(WEEKDAYS, { error: 'Ngày trong tuần viết tắt: Mo, Tu, We, Th, Fr, Sa, Su.' }).meta({ title: 'Ngày trong tuần' }))
      .min(1)
      .meta({ title: 'Các ngày', description: 'Mo = thứ Hai … Su = Chủ nhật' }),
    opens: clock.meta({ title: 'Giờ mở cửa', description: 'Dạng GIỜ:PHÚT, ví dụ 07:30' }),
    closes: clock.meta({ title: 'Giờ đóng cửa', description: 'Dạng GIỜ:PHÚT, ví dụ 11:30' }),
  })
  .refine((p) => p.opens < p.closes, { message: 'Giờ mở cửa phải trước giờ đóng cửa.', path: ['closes'] })
  .meta({ title: 'Khung giờ' });

export const Responsibility = z
  .strictObject({
    who: text('Đơn vị, người thực hiện', 'Ví dụ: Văn phòng Sở. Phải xuất hiện trong nội dung.'),
    text: text('Nội dung', 'Chép nguyên văn câu của văn bản.'),
    items: z.array(text('Việc cụ thể')).max(50).optional().meta({ title: 'Các việc cụ thể (dòng bắt đầu bằng dấu +)' }),
  })
  .refine((r) => r.text.includes(r.who), {
    message: 'Tên đơn vị ở "who" phải có nguyên văn trong nội dung "text". Hãy chép đúng tên như câu văn viết.',
    path: ['who'],
  })
  .meta({ title: 'Trách nhiệm' });

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
    symbol: z
      .string()
      .regex(/^[0-9A-ZĐ]+(-[0-9A-ZĐ]+)+$/u, { message: 'Ký hiệu viết hoa, không dấu cách, dạng TB-NV.' })
      .meta({ title: 'Ký hiệu', description: 'Ví dụ: TB-NV (TB là Thông báo, NV là Sở Ngoại vụ)' }),
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

export const Notice = z
  .strictObject({
    issuer: z
      .strictObject({
        parent: text('Cơ quan chủ quản', 'Ví dụ: UBND THÀNH PHỐ HẢI PHÒNG'),
        name: text('Tên cơ quan ban hành', 'Ví dụ: SỞ NGOẠI VỤ'),
        fullName: text('Tên đầy đủ của cơ quan', 'Ví dụ: Sở Ngoại vụ thành phố Hải Phòng'),
      })
      .meta({ title: 'Cơ quan ban hành' }),
    number: DocumentNumber,
    place: text('Địa danh', 'Ví dụ: Hải Phòng'),
    date: noticeDate('Ngày ban hành', 'Dạng 2026-05-15, hoặc 2026-05 khi chưa có ngày (bản dự thảo).'),
    documentType: z.enum(['THÔNG BÁO']).meta({ title: 'Tên loại văn bản', description: 'Viết đúng: THÔNG BÁO' }),
    subject: text('Trích yếu nội dung', 'Chép nguyên văn dòng trích yếu dưới chữ THÔNG BÁO.'),
    opening: z
      .array(Paragraph)
      .min(1)
      .max(20)
      .meta({ title: 'Các đoạn mở đầu', description: 'Mỗi đoạn một mục, bắt đầu bằng "- text: ".' }),
    hotlines: z
      .strictObject({
        heading: heading('Số điện thoại đường dây nóng tiếp nhận thông tin phản ánh, kiến nghị, khiếu nại, tố cáo'),
        contacts: z
          .array(Hotline)
          .min(1)
          .max(20)
          .meta({ title: 'Danh sách người trực', description: 'Mỗi người một mục, bắt đầu bằng "- honorific: ".' }),
      })
      .meta({ title: 'Mục đường dây nóng' }),
    facebook: z
      .strictObject({
        heading: heading('Trang Facebook tiếp nhận phản ánh, kiến nghị'),
        name: text('Tên trang'),
        url: facebookUrl,
        managedBy: text('Cơ quan, đơn vị quản lý'),
      })
      .optional()
      .meta({ title: 'Mục trang Facebook' }),
    hours: z
      .strictObject({
        heading: heading('Thời gian tiếp nhận thông tin phản ánh, kiến nghị, khiếu nại, tố cáo:'),
        text: text('Thời gian, như văn bản ghi'),
        schedule: z.array(OpeningPeriod).max(14).optional().meta({
          title: 'Lịch theo tuần',
          description: 'Không bắt buộc. Chỉ ghi khi văn bản nêu giờ cụ thể.',
        }),
      })
      .meta({ title: 'Mục thời gian tiếp nhận' }),
    address: z
      .strictObject({
        heading: heading('Địa chỉ tiếp nhận thông tin trực tiếp:'),
        text: text('Địa chỉ, như văn bản ghi'),
        coordinates: Coordinates.optional(),
      })
      .meta({ title: 'Mục địa chỉ' }),
    responsibilities: z
      .strictObject({
        heading: heading('Trách nhiệm thực hiện'),
        items: z
          .array(Responsibility)
          .min(1)
          .max(30)
          .meta({ title: 'Các trách nhiệm', description: 'Mỗi đơn vị một mục, bắt đầu bằng "- who: ".' }),
      })
      .optional()
      .meta({ title: 'Mục trách nhiệm thực hiện' }),
    closing: text('Câu kết', 'Câu cuối của văn bản, kết thúc bằng "./."').refine((s) => s.trimEnd().endsWith('./.'), {
      message: 'Câu kết của văn bản phải kết thúc bằng "./." (Nghị định 30/2020/NĐ-CP). Hãy thêm "./." vào cuối câu.',
    }),
    recipients: z
      .array(text('Nơi nhận', 'Không ghi dấu "-" ở đầu và dấu ";" ở cuối; trang web tự thêm.'))
      .min(1)
      .max(50)
      .meta({ title: 'Nơi nhận', description: 'Mỗi nơi nhận một dòng, bắt đầu bằng "- ".' }),
    archive: text('Lưu', 'Ví dụ: VT (văn thư). In ra thành "- Lưu: VT."'),
    signer: Signer,
  })
  .meta({
    title: 'Thông báo',
    description: 'Một tệp là một thông báo hoàn chỉnh. Hướng dẫn: docs/huong-dan-bien-tap.md',
  });

export type Notice = z.infer<typeof Notice>;
export type Hotline = z.infer<typeof Hotline>;
export type Paragraph = z.infer<typeof Paragraph>;
