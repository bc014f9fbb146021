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
    hint: 'Tên tệp PDF đã ký số (hoặc bản quét), đúng như phần mềm ký số đã ghi ra, ví dụ duong-day-nong-so-15-2026.pdf. Tệp phải có sẵn trong thư mục thông báo.',
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
  });

export const Original = z
  .strictObject({ file: OriginalFile, sha256: OriginalSha256 })
  .meta({
    title: 'Bản gốc',
    description:
      'Không bắt buộc. Bản PDF có giá trị pháp lý (đã ký số, hoặc bản quét bản giấy đã ký), công bố nguyên vẹn từng byte bên cạnh trang web.',
    // The form cannot upload the PDF itself (yet): staff must know before they fill this in.
    hint: 'Không bắt buộc. Trang biên tập chưa tải được tệp PDF lên: hãy gửi tệp bản gốc cho bộ phận kỹ thuật để đặt vào thư mục thông báo (hướng dẫn, mục 9), rồi mới ghi tên tệp và mã SHA-256 ở đây.',
  });

/** The fields after the frame's closing, in the order a file writes them. */
export const attachments = {
  original: Original.optional(),
};
