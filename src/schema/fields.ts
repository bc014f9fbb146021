/**
 * The building blocks every part of the schema uses: non-empty text, https links, dates
 * as written in a notice, phone numbers and e-mail addresses. Each carries its own
 * Vietnamese message, in words staff can act on.
 */
import { z } from 'zod';
import { isValidDisplayPhone } from '../lib/phone.ts';
import { parseNoticeDate } from '../lib/dates.ts';

/** Longest text a single field may hold. A whole notice is about 4 KB; this is generous. */
export const MAX_TEXT = 5000;

/**
 * What the staff form (/admin/, src/cms/) reads besides `title` and `description`, carried
 * through the JSON Schema as extra keywords:
 *  - `hint`: the help under the field, in form terms, where `description` explains how to
 *    write the YAML file by hand (quotes, "- " items), which means nothing in a form;
 *  - `multiline`: a paragraph copied from the signed text, edited in a text area;
 *  - `summary`: how a collapsed list item is named (Sveltia's template);
 *  - `errorMessage`: the message of a field's pattern (VS Code's YAML extension shows it too);
 *  - `relation`: a list of file names of another entry of this collection of the form
 *    (`notices`), which staff pick from the list of those entries instead of typing them.
 */
export interface FormMeta {
  hint?: string;
  multiline?: boolean;
  summary?: string;
  errorMessage?: string;
  relation?: 'notices';
}

/**
 * The keywords of FormMeta: ours, not JSON Schema's. The editor's and the staff form's copies
 * keep them (schema/, src/cms/fields.json); the copies published for others (/du-lieu/luoc-do/)
 * leave them out, since a validator in strict mode refuses keywords it does not know.
 */
export const FORM_KEYWORDS = ['hint', 'multiline', 'summary', 'errorMessage', 'relation'] as const satisfies readonly (keyof FormMeta)[];

/** Non-empty text on one or more lines; surrounding spaces are not allowed to hide emptiness. */
export const text = (title: string, description?: string, form: FormMeta = {}) =>
  z
    .string()
    .max(MAX_TEXT)
    .refine((s) => s.trim().length > 0, { message: 'Không được để trống. Hãy viết nội dung ngay sau dấu hai chấm.' })
    .meta({ title, ...(description ? { description } : {}), ...form });

/** A paragraph, heading or sentence copied from the signed text: a text area in the form. */
export const paragraph = (title: string, description?: string, form: FormMeta = {}) => text(title, description, { multiline: true, ...form });

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

export const httpsUrl = (title: string, description: string) =>
  z
    .url({ protocol: /^https$/, hostname: z.regexes.domain, error: (iss) => urlProblem(iss.input) })
    .max(2000)
    .meta({ title, description });

const NOT_ON_CALENDAR = 'Ngày này không có trên lịch (ví dụ 30/02). Hãy kiểm tra lại ngày và tháng.';

/**
 * A text that must match `re`, with the one message its mismatch gives: in the validator's
 * problems, and as the pattern's message in the JSON Schema (staff form, VS Code).
 */
export const matching = (re: RegExp, message: string) => ({ schema: z.string().regex(re, { message }), errorMessage: message });

const NOTICE_DATE = matching(
  /^\d{4}-\d{2}(-\d{2})?$/,
  'Ngày phải viết dạng NĂM-THÁNG-NGÀY (ví dụ 2026-05-15), hoặc NĂM-THÁNG (ví dụ 2026-05) khi chưa có ngày.',
);
const FULL_DATE = matching(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải viết dạng NĂM-THÁNG-NGÀY, ví dụ 2026-04-10.');

/** Date as written in the file: `YYYY-MM-DD`, or `YYYY-MM` while the day is not yet fixed. */
export const noticeDate = (title: string, description: string) =>
  NOTICE_DATE.schema
    .refine((s) => parseNoticeDate(s) !== null, { message: NOT_ON_CALENDAR })
    .meta({ title, description, errorMessage: NOTICE_DATE.errorMessage });

export const fullDate = (title: string) =>
  FULL_DATE.schema
    .refine((s) => parseNoticeDate(s) !== null, { message: NOT_ON_CALENDAR })
    .meta({ title, description: 'Dạng NĂM-THÁNG-NGÀY, ví dụ 2026-04-10.', errorMessage: FULL_DATE.errorMessage });

export const phone = z
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
    hint: 'Viết đúng như trên văn bản, ví dụ 0934.336.639. Trang web tự tạo đường dẫn gọi điện.',
  });

const EMAIL_PROBLEM = 'Địa chỉ email không hợp lệ. Hãy viết đủ dạng ten@tenmien, ví dụ vanphong@haiphong.gov.vn';
export const email = z
  .email({ error: EMAIL_PROBLEM })
  .max(254)
  .meta({ title: 'Email', description: 'Không bắt buộc. Khi có, người dân bấm để gửi thư.', errorMessage: EMAIL_PROBLEM });
