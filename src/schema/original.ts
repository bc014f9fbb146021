/**
 * The legally binding original of a notice: the PDF the agency's signing software wrote
 * (Decree 30/2020/NĐ-CP, Điều 5: signed by the competent person and by the agency), or a
 * scan of the signed paper, put beside the YAML by staff. The schema checks only what the
 * YAML says; whether the file is there, is a PDF with these bytes, and carries valid
 * signatures is checked by src/pipeline/validation/original.ts with the file itself.
 */
import { z } from 'zod';

/** What a relative path inside the notice's folder must not be, in words staff can act on. */
function pathProblem(file: string): string | undefined {
  if (file.includes('\\')) return 'Dùng dấu "/" để ngăn thư mục, không dùng dấu "\\" (ví dụ ban-goc/15-TB-NV.signed.pdf).';
  if (file.startsWith('/') || /^[a-z]:/i.test(file)) return 'Ghi đường dẫn tính từ thư mục chứa tệp YAML này (ví dụ duong-day-nong-so-15-2026.pdf), không ghi đường dẫn đầy đủ trên máy.';
  if (file.split('/').some((part) => part === '..' || part === '.' || part === ''))
    return 'Tệp bản gốc phải nằm trong thư mục chứa tệp YAML này (hoặc một thư mục con của nó): không dùng "..", "." hay "//" trong đường dẫn.';
  if (!/\.pdf$/i.test(file)) return 'Tệp bản gốc phải là tệp PDF, tên kết thúc bằng .pdf.';
  return undefined;
}

export const OriginalFile = z
  .string()
  .min(1, { message: 'Không được để trống. Hãy ghi tên tệp PDF bản gốc đặt cạnh tệp YAML này, ví dụ duong-day-nong-so-15-2026.pdf.' })
  .max(200)
  .superRefine((file, ctx) => {
    const problem = pathProblem(file);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({
    title: 'Tệp PDF bản gốc',
    description: 'Tên tệp PDF đã ký số (hoặc bản quét), đặt cạnh tệp YAML này, đúng như phần mềm ký số đã ghi ra. Ví dụ: duong-day-nong-so-15-2026.pdf',
    // The form's control is a file input (src/cms/original.ts): staff choose the file, never type its name.
    hint: 'Bấm để chọn (hoặc kéo thả vào đây) tệp PDF đã ký số, hoặc bản quét bản giấy đã ký. Tên tệp và mã SHA-256 được ghi tự động khi lưu; tệp được lưu cạnh thông báo, tên <tên tệp của thông báo>.pdf.',
  });

export const OriginalSha256 = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/, {
    message:
      'Mã SHA-256 phải gồm đúng 64 ký tự 0–9, a–f, không có dấu cách. Cách tính trên Windows: certutil -hashfile <tệp>.pdf SHA256; trên macOS: shasum -a 256 <tệp>.pdf (docs/huong-dan-bien-tap.md).',
  })
  .meta({
    title: 'Mã SHA-256 của tệp bản gốc',
    description: '64 ký tự, tính từ chính tệp PDF: certutil -hashfile <tệp>.pdf SHA256 (Windows) hoặc shasum -a 256 <tệp>.pdf (macOS).',
    hint: 'Trang biên tập tự tính từ tệp đã chọn khi lưu; không cần sửa.',
  });

export const Original = z
  .strictObject({ file: OriginalFile, sha256: OriginalSha256 })
  .meta({
    title: 'Bản gốc',
    description:
      'Không bắt buộc. Bản PDF có giá trị pháp lý (đã ký số, hoặc bản quét bản giấy đã ký), công bố nguyên vẹn từng byte bên cạnh trang web.',
    // What the form checks before the save, and what only the pull request's check can (src/cms/original.ts).
    hint: 'Không bắt buộc. Đánh dấu «Thêm Bản gốc», rồi chọn tệp PDF ở ô «Tệp PDF bản gốc»: trang biên tập kiểm tra ngay trên máy chữ ký số, chứng thư (đến các chứng thư gốc trong content/trust/), tên người ký và cơ quan, số và ngày in trên tệp, với cùng lời báo lỗi như khi dựng trang; tệp sai thì không lưu được. Khi lưu, tệp được lưu cùng thông báo trong cùng đề nghị thay đổi. Kiểm tra tự động của đề nghị thay đổi (npm run validate) kiểm tra lại chính tệp đã lưu, và cả bản gốc đã có khi chỉ sửa số, ngày hay người ký mà không chọn lại tệp (hướng dẫn, mục 9).',
  });

/** The fields after the frame's closing, in the order a file writes them. */
export const attachments = {
  original: Original.optional(),
};
