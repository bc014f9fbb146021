/**
 * What staff read when a signed original is refused: in Vietnamese, each one saying what is
 * wrong and what to do about it. Kept in one place so the wording can be reviewed as a whole
 * (and the tests pin every one of them).
 */
import { formatDecreeDate, formatVietnamTime, parseNoticeDate } from '../lib/dates.ts';
import type { CmsFault } from './cms.ts';
import type { RangeFault } from './pdf-signatures.ts';
import type { ChangeKind } from './revisions.ts';
import type { OriginalProblem } from './types.ts';
import { SUPPORTED_SUBFILTERS } from './pdf-signatures.ts';
import type { PrintedDate } from './text.ts';

const GET_AGAIN = 'Hãy lấy lại tệp PDF đúng như khi ký xong (tệp văn thư phát hành), không mở rồi lưu lại bằng phần mềm khác';

/** In Vietnam time, the way staff write it (the page shows signing times the same way). */
export const formatVnTime = formatVietnamTime;

/** "Chữ ký số thứ 2 (của Sở Ngoại vụ thành phố Hải Phòng)"; the name once the CMS was read. */
export function signatureLabel(index: number, signerName?: string): string {
  return `Chữ ký số thứ ${index + 1}${signerName ? ` (của ${signerName})` : ''}`;
}

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

const problem = (code: OriginalProblem['code'], message: string): OriginalProblem => ({ code, message });

export const messages = {
  hashInvalid: (value: string, actual: string) =>
    problem(
      'hash-invalid',
      `Giá trị original.sha256 "${value}" không phải mã SHA-256 (cần đúng 64 ký tự 0–9, a–f). Mã SHA-256 của tệp là ${actual}: nếu đây đúng là tệp bản gốc đã ký, hãy chép mã này vào original.sha256.`,
    ),

  notPdf: () =>
    problem(
      'not-pdf',
      'Tệp bản gốc không phải tệp PDF (không bắt đầu bằng "%PDF-"). Hãy đặt vào đúng tệp PDF đã ký số (không phải tệp Word, ảnh hay tệp nén), rồi cập nhật original.file và original.sha256.',
    ),

  pdfUnreadable: () =>
    problem(
      'pdf-unreadable',
      'Không đọc được tệp PDF bản gốc: tệp bị hỏng hoặc chưa tải về trọn vẹn. Hãy tải lại tệp PDF đã ký từ nơi phát hành, rồi cập nhật original.sha256.',
    ),

  pdfEncrypted: () =>
    problem(
      'pdf-encrypted',
      'Tệp PDF bản gốc bị mã hoá (đặt mật khẩu), nên không kiểm tra được chữ ký và nội dung. Hãy xin văn thư bản PDF đã ký không đặt mật khẩu.',
    ),

  hashMismatch: (actual: string) =>
    problem(
      'hash-mismatch',
      `Mã original.sha256 trong YAML không khớp với tệp PDF: mã SHA-256 của tệp là ${actual}. Nếu đây đúng là tệp bản gốc đã ký, hãy chép mã này vào original.sha256; nếu không, hãy đặt lại đúng tệp.`,
    ),

  trustRootInvalid: (index: number, file?: string) =>
    problem(
      'trust-root-invalid',
      `${file ? `Tệp chứng thư gốc ${file}` : `Tệp chứng thư gốc thứ ${index + 1} trong content/trust/`} không đọc được (cần chứng thư X.509 dạng PEM, bắt đầu bằng "-----BEGIN CERTIFICATE-----"). Hãy báo bộ phận kỹ thuật thay tệp đó.`,
    ),

  signatureMalformed: (label: string, fault: RangeFault | 'no-time') => {
    const what: Record<RangeFault | 'no-time', string> = {
      'byte-range': 'vùng được ký (/ByteRange) không hợp lệ, nên không biết chữ ký bao phủ phần nào của tệp',
      hole: 'phần để ngoài chữ ký không chỉ là chỗ chứa chữ ký (/Contents), tức là có nội dung không được ký',
      'revision-end': 'vùng được ký không kết thúc ở cuối một phiên bản của tệp (%%EOF)',
      'no-time': 'chữ ký không ghi thời điểm ký (không có signingTime, cũng không có /M), nên không kiểm tra được chứng thư số còn hiệu lực khi ký',
    };
    return problem('signature-malformed', `${label}: ${what[fault]}. ${GET_AGAIN}; nếu vẫn vậy, hãy ký lại bằng phần mềm ký số theo chuẩn PAdES.`);
  },

  signatureUnsupported: (label: string, subFilter: string | undefined) =>
    problem(
      'signature-unsupported',
      `${label} thuộc loại "${subFilter ?? 'không ghi'}", không phải chữ ký PAdES/PKCS#7 tách rời (${SUPPORTED_SUBFILTERS.join(', ')}) mà hệ thống kiểm tra được. Hãy ký lại bằng phần mềm ký số theo chuẩn PAdES.`,
    ),

  cmsInvalid: (label: string, fault: CmsFault) => {
    const what: Record<CmsFault, string> = {
      parse: 'không đọc được dữ liệu chữ ký (CMS)',
      padding: 'sau dữ liệu chữ ký (CMS) có dữ liệu lạ, không phải phần đệm bằng số 0',
      'not-signed-data': 'dữ liệu chữ ký không phải kiểu SignedData',
      'signer-count': 'mỗi chữ ký phải có đúng một người ký',
      'signer-certificate': 'không tìm thấy chứng thư số của người ký trong dữ liệu chữ ký',
      'not-detached': 'chữ ký không phải loại tách rời, nên không ký vào nội dung tệp PDF',
      algorithm: 'thuật toán băm của chữ ký không được hỗ trợ',
      'no-message-digest': 'thiếu thuộc tính messageDigest (mã băm của nội dung được ký)',
    };
    return problem('signature-cms-invalid', `${label}: ${what[fault]}. Hãy ký lại bằng phần mềm ký số theo chuẩn PAdES.`);
  },

  digestMismatch: (label: string) =>
    problem(
      'signature-digest-mismatch',
      `${label} không còn khớp với nội dung tệp: tệp đã bị sửa sau khi ký (dù chỉ một ký tự). Không công bố được tệp này. ${GET_AGAIN}.`,
    ),

  signatureInvalid: (label: string) =>
    problem(
      'signature-invalid',
      `${label} không hợp lệ: chữ ký không khớp với khoá của chứng thư số kèm theo (chữ ký bị giả mạo hoặc hỏng). ${GET_AGAIN}; nếu vẫn vậy, hãy báo bộ phận kỹ thuật.`,
    ),

  changedBetween: (first: string, second: string, kinds: ChangeKind[]) =>
    problem(
      'changed-between-signatures',
      `Giữa ${lower(first)} và ${lower(second)}, tệp đã bị sửa (${describeChanges(kinds)}), nên hai chữ ký không cùng ký một văn bản. Hãy ký lại: chữ ký của cơ quan phải đặt trên đúng bản PDF mà người có thẩm quyền đã ký, không sửa gì thêm.`,
    ),

  changedAfter: (last: string, kinds: ChangeKind[] | 'trailing-data') =>
    problem(
      'changed-after-signature',
      `Sau ${lower(last)}, là chữ ký cuối cùng, tệp đã bị sửa thêm (${kinds === 'trailing-data' ? 'nối thêm dữ liệu lạ vào cuối tệp' : describeChanges(kinds)}); phần sửa thêm không được ký. Hãy lấy lại tệp PDF đúng như khi ký xong (tệp văn thư phát hành): không mở rồi lưu lại, thêm ghi chú hay thêm trang bằng phần mềm đọc PDF; rồi cập nhật original.sha256.`,
    ),

  untrusted: (label: string, issuer: string) =>
    problem(
      'certificate-untrusted',
      `${label}: chứng thư số (do "${issuer}" cấp) không thuộc chuỗi tin cậy của chứng thư gốc nào trong content/trust/. Nếu đây là chứng thư số hợp lệ do tổ chức cung cấp dịch vụ chứng thực chữ ký số cấp cho cơ quan, hãy báo bộ phận kỹ thuật thêm chứng thư gốc của tổ chức đó vào content/trust/; nếu không, không công bố tệp này.`,
    ),

  /** Said once for the whole file, not once per signature: the fix is the same. */
  noTrustRoots: (issuers: string[]) =>
    problem(
      'certificate-untrusted',
      `Chưa có chứng thư gốc nào trong content/trust/, nên không kiểm tra được chứng thư số của chữ ký (do ${issuers.map((i) => `"${i}"`).join(', ')} cấp). Hãy báo bộ phận kỹ thuật đặt chứng thư gốc (tệp .pem) của tổ chức cấp chứng thư số cho cơ quan vào content/trust/.`,
    ),

  expired: (label: string, notAfter: Date, signedAt: Date) =>
    problem(
      'certificate-expired',
      `${label}: chứng thư số đã hết hiệu lực lúc ${formatVnTime(notAfter)}, trước thời điểm ký ${formatVnTime(signedAt)}. Chữ ký bằng chứng thư hết hiệu lực không có giá trị; hãy ký lại bằng chứng thư số còn hiệu lực.`,
    ),

  caExpired: (label: string, issuer: string, signedAt: Date) =>
    problem(
      'certificate-expired',
      `${label}: chứng thư của tổ chức cấp ("${issuer}") không còn hiệu lực vào thời điểm ký ${formatVnTime(signedAt)}. Hãy ký lại bằng chứng thư số còn hiệu lực.`,
    ),

  notYetValid: (label: string, notBefore: Date, signedAt: Date) =>
    problem(
      'certificate-not-yet-valid',
      `${label}: chứng thư số chỉ có hiệu lực từ ${formatVnTime(notBefore)}, sau thời điểm ký ${formatVnTime(signedAt)}. Hãy kiểm tra đồng hồ của máy ký, rồi ký lại.`,
    ),

  signerMissing: (signerName: string, present: string[]) =>
    problem(
      'signer-missing',
      `Tệp PDF không có chữ ký số của người ký "${signerName}" ghi trong YAML; chỉ có chữ ký của ${present.map((n) => `"${n}"`).join(', ')}. Văn bản điện tử phải có chữ ký số của người có thẩm quyền (Nghị định 30/2020/NĐ-CP, Điều 5): hãy xin bản đủ chữ ký, hoặc sửa người ký trong YAML nếu ghi sai.`,
    ),

  signerMismatch: (label: string, found: string, signerName: string) =>
    problem(
      'signer-mismatch',
      `${label} là của "${found}", không phải người ký "${signerName}" ghi trong YAML. Nếu YAML ghi sai người ký, hãy sửa lại; nếu không, hãy đặt đúng tệp do ${signerName} ký.`,
    ),

  agencyMismatch: (label: string, found: string, issuerName: string) =>
    problem(
      'agency-mismatch',
      `${label} là chữ ký số của "${found}", không phải của cơ quan ban hành "${issuerName}". Hãy đặt đúng tệp đã có chữ ký số của ${issuerName}.`,
    ),

  numberNotFound: (expected: string) =>
    problem(
      'number-not-found',
      `Không thấy số văn bản trong nội dung tệp PDF (dòng "Số: ${expected}"). Hãy kiểm tra đây đúng là văn bản số ${expected}.`,
    ),

  numberMismatch: (printed: string, expected: string) =>
    problem(
      'number-mismatch',
      `Tệp PDF ghi "Số: ${printed}", còn YAML ghi số ${expected}. Hãy sửa số trong YAML, hoặc đặt đúng tệp PDF của văn bản số ${expected}.`,
    ),

  dateNotFound: (expected: string) =>
    problem(
      'date-not-found',
      `Không thấy ngày ban hành trong nội dung tệp PDF (dòng "${decreeDate(expected)}"). Hãy kiểm tra đây đúng là văn bản ban hành ${decreeDate(expected)}.`,
    ),

  dateMismatch: (printed: PrintedDate, expected: string) =>
    problem(
      'date-mismatch',
      `Tệp PDF ghi "${printed.text}", còn YAML ghi ngày ${expected} (${decreeDate(expected)}). Hãy sửa ngày trong YAML, hoặc đặt đúng tệp PDF của văn bản này.`,
    ),
};

function decreeDate(iso: string): string {
  const d = parseNoticeDate(iso);
  return d ? formatDecreeDate(d, '…') : iso;
}

const CHANGE_WORDS: Record<ChangeKind, string> = {
  'page-added': 'thêm trang',
  'page-content': 'sửa nội dung trang',
  annotation: 'thêm hoặc sửa ghi chú (annotation) trên trang',
  form: 'sửa trường biểu mẫu hoặc chữ ký',
  metadata: 'sửa thông tin mô tả tệp',
  catalog: 'sửa cấu trúc gốc của tệp',
  other: 'thêm hoặc sửa đối tượng khác trong tệp',
};

const ORDER: ChangeKind[] = ['page-added', 'page-content', 'annotation', 'form', 'metadata', 'catalog', 'other'];

/** The changes a person would notice, in a fixed order; "other objects" only when nothing else explains them. */
export function describeChanges(kinds: ChangeKind[]): string {
  const set = new Set(kinds);
  if (set.size > 1) set.delete('other');
  return ORDER.filter((k) => set.has(k))
    .map((k) => CHANGE_WORDS[k])
    .join(', ');
}
