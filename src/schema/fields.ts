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

/** Non-empty text on one or more lines; surrounding spaces are not allowed to hide emptiness. */
export const text = (title: string, description?: string) =>
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

export const httpsUrl = (title: string, description: string) =>
  z
    .url({ protocol: /^https$/, hostname: z.regexes.domain, error: (iss) => urlProblem(iss.input) })
    .max(2000)
    .meta({ title, description });

const NOT_ON_CALENDAR = 'Ngày này không có trên lịch (ví dụ 30/02). Hãy kiểm tra lại ngày và tháng.';

/** Date as written in the file: `YYYY-MM-DD`, or `YYYY-MM` while the day is not yet fixed. */
export const noticeDate = (title: string, description: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, {
      message: 'Ngày phải viết dạng NĂM-THÁNG-NGÀY (ví dụ 2026-05-15), hoặc NĂM-THÁNG (ví dụ 2026-05) khi chưa có ngày.',
    })
    .refine((s) => parseNoticeDate(s) !== null, { message: NOT_ON_CALENDAR })
    .meta({ title, description });

export const fullDate = (title: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày phải viết dạng NĂM-THÁNG-NGÀY, ví dụ 2026-04-10.' })
    .refine((s) => parseNoticeDate(s) !== null, { message: NOT_ON_CALENDAR })
    .meta({ title, description: 'Dạng NĂM-THÁNG-NGÀY, ví dụ 2026-04-10.' });

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
  });

export const email = z
  .email({ error: 'Địa chỉ email không hợp lệ. Hãy viết đủ dạng ten@tenmien, ví dụ vanphong@haiphong.gov.vn' })
  .max(254)
  .meta({ title: 'Email', description: 'Không bắt buộc. Khi có, người dân bấm để gửi thư.' });
