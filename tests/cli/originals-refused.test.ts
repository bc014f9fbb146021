/**
 * Every bad original is refused by `npm run validate` and by `npm run build`, each with its
 * exact Vietnamese message: on the YAML's line of original.file (or of original.sha256),
 * naming the PDF, saying what is wrong and what to do. Nothing is built.
 *
 * The PDFs come from a throwaway test CA made for this run (tests/support/signing/): a
 * notice printed by Chromium, signed as the person then the agency, then damaged. The
 * content folder's trust/ holds that CA's root, as content/trust/ would hold the agency's.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT, ROOT, fixtureNotice } from '../support/paths.ts';
import { makeSigningFixtures, sha256, type FixtureName, type SigningFixtures } from '../support/signing/index.ts';
import { SIGNED_SLUG } from '../support/signing/site-originals.ts';
import { npmRun } from '../support/npm.ts';

const work = mkdtempSync(path.join(tmpdir(), 'originals-refused-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function npm(args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  const r = await npmRun(args, env);
  return { code: r.code, out: r.code === 0 ? r.stdout : `${r.stdout}${r.stderr}` };
}

/** Each notice of the folder: its file name, the PDF it names, and the hash it writes. */
interface Case {
  slug: string;
  pdf?: FixtureName;
  sha256?: (pdf: Uint8Array) => string;
}
const CASES: Case[] = [
  { slug: 'mot-byte-bi-sua', pdf: 'byteChanged' },
  { slug: 'sai-ma-sha256', pdf: 'signed', sha256: () => 'ab'.repeat(32) },
  { slug: 'them-trang-sau-khi-ky', pdf: 'pageAppended' },
  { slug: 'nguoi-ky-khac', pdf: 'otherSigner' },
  { slug: 'chung-thu-ngoai-tin-cay', pdf: 'untrustedCa' },
  { slug: 'chung-thu-het-han', pdf: 'expiredCertificate' },
  { slug: 'khong-phai-pdf', pdf: 'notPdf' },
  { slug: 'thieu-tep' },
];

let fx: SigningFixtures;
let content: string;
let validate: Awaited<ReturnType<typeof npm>>;
let build: Awaited<ReturnType<typeof npm>>;
const outDir = path.join(work, 'site');

/** The output with what varies between runs (the folder, the file hashes) written as placeholders. */
function normalised(text: string): string {
  let out = text.split(path.relative(ROOT, content)).join('<content>').split(content).join('<content>');
  for (const bytes of Object.values(fx.pdfs)) out = out.split(sha256(bytes)).join('<sha256 of the file>');
  return out;
}

beforeAll(async () => {
  fx = await makeSigningFixtures();
  content = path.join(work, 'content');
  mkdirSync(path.join(content, 'notices'), { recursive: true });
  mkdirSync(path.join(content, 'trust'));
  copyFileSync(path.join(CONTENT, 'site.yaml'), path.join(content, 'site.yaml'));
  writeFileSync(path.join(content, 'trust', 'test-root.pem'), fx.pki.root.certPem);
  // The signed fixture notice (its number, date and signer are the sample PDF's), once per case.
  const yaml = readFileSync(fixtureNotice(SIGNED_SLUG), 'utf8');
  for (const c of CASES) {
    const file = `${c.slug}.pdf`;
    const bytes = c.pdf ? fx.pdfs[c.pdf] : new Uint8Array();
    if (c.pdf) writeFileSync(path.join(content, 'notices', file), bytes);
    const hash = c.sha256 ? c.sha256(bytes) : c.pdf ? sha256(bytes) : 'cd'.repeat(32);
    writeFileSync(
      path.join(content, 'notices', `${c.slug}.yaml`),
      yaml.replace(/^  file: .*$/m, `  file: ${file}`).replace(/^  sha256: .*$/m, `  sha256: "${hash}"`),
    );
  }
  [validate, build] = await Promise.all([npm(['validate'], { CONTENT_DIR: content }), npm(['build'], { CONTENT_DIR: content, OUT_DIR: outDir })]);
}, 240_000);

describe('npm run validate', () => {
  it('exits 1 and names every bad original, each on its own notice', () => {
    expect(validate.code).toBe(1);
    // One problem per case, but two for the changed byte: it breaks both signatures.
    expect(validate.out).toContain(`Có ${CASES.length + 1} lỗi trong ${CASES.length} tệp thông báo.`);
  });

  it('says for each what is wrong and what to do', () => {
    expect(normalised(validate.out)).toMatchInlineSnapshot(`
      "Có 9 lỗi trong 8 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ <content>/notices/chung-thu-het-han.yaml:55:9 (dòng 55, cột 9)
        Trường: original.file (Tệp PDF bản gốc)
        Lỗi: <content>/notices/chung-thu-het-han.pdf: Chữ ký số thứ 1 (của Trần Thị Quỳnh Trang): chứng thư số đã hết hiệu lực lúc 00:00 ngày 01/01/2026, trước thời điểm ký 08:00 ngày 15/05/2026. Chữ ký bằng chứng thư hết hiệu lực không có giá trị; hãy ký lại bằng chứng thư số còn hiệu lực.
          55 │   file: chung-thu-het-han.pdf
             │         ^

      ✗ <content>/notices/chung-thu-ngoai-tin-cay.yaml:55:9 (dòng 55, cột 9)
        Trường: original.file (Tệp PDF bản gốc)
        Lỗi: <content>/notices/chung-thu-ngoai-tin-cay.pdf: Chữ ký số thứ 1 (của Trần Thị Quỳnh Trang): chứng thư số (do "Untrusted Test Root CA" cấp) không thuộc chuỗi tin cậy của chứng thư gốc nào trong content/trust/. Nếu đây là chứng thư số hợp lệ do tổ chức cung cấp dịch vụ chứng thực chữ ký số cấp cho cơ quan, hãy báo bộ phận kỹ thuật thêm chứng thư gốc của tổ chức đó vào content/trust/; nếu không, không công bố tệp này.
          55 │   file: chung-thu-ngoai-tin-cay.pdf
             │         ^

      ✗ <content>/notices/khong-phai-pdf.yaml:55:9 (dòng 55, cột 9)
        Trường: original.file (Tệp PDF bản gốc)
        Lỗi: <content>/notices/khong-phai-pdf.pdf: Tệp bản gốc không phải tệp PDF (không bắt đầu bằng "%PDF-"). Hãy đặt vào đúng tệp PDF đã ký số (không phải tệp Word, ảnh hay tệp nén), rồi cập nhật original.file và original.sha256.
          55 │   file: khong-phai-pdf.pdf
             │         ^

      ✗ <content>/notices/mot-byte-bi-sua.yaml:55:9 (dòng 55, cột 9)
        Trường: original.file (Tệp PDF bản gốc)
        Lỗi: <content>/notices/mot-byte-bi-sua.pdf: Chữ ký số thứ 1 (của Trần Thị Quỳnh Trang) không còn khớp với nội dung tệp: tệp đã bị sửa sau khi ký (dù chỉ một ký tự). Không công bố được tệp này. Hãy lấy lại tệp PDF đúng như khi ký xong (tệp văn thư phát hành), không mở rồi lưu lại bằng phần mềm khác.
          55 │   file: mot-byte-bi-sua.pdf
             │         ^

      ✗ <content>/notices/mot-byte-bi-sua.yaml:55:9 (dòng 55, cột 9)
        Trường: original.file (Tệp PDF bản gốc)
        Lỗi: <content>/notices/mot-byte-bi-sua.pdf: Chữ ký số thứ 2 (của Sở Ngoại vụ thành phố Hải Phòng) không còn khớp với nội dung tệp: tệp đã bị sửa sau khi ký (dù chỉ một ký tự). Không công bố được tệp này. Hãy lấy lại tệp PDF đúng như khi ký xong (tệp văn thư phát hành), không mở rồi lưu lại bằng phần mềm khác.
          55 │   file: mot-byte-bi-sua.pdf
             │         ^

      ✗ <content>/notices/nguoi-ky-khac.yaml:55:9 (dòng 55, cột 9)
        Trường: original.file (Tệp PDF bản gốc)
        Lỗi: <content>/notices/nguoi-ky-khac.pdf: Chữ ký số thứ 1 là của "Nguyễn Văn An", không phải người ký "Trần Thị Quỳnh Trang" ghi trong YAML. Nếu YAML ghi sai người ký, hãy sửa lại; nếu không, hãy đặt đúng tệp do Trần Thị Quỳnh Trang ký.
          55 │   file: nguoi-ky-khac.pdf
             │         ^

      ✗ <content>/notices/sai-ma-sha256.yaml:56:11 (dòng 56, cột 11)
        Trường: original.sha256 (Mã SHA-256 của tệp bản gốc)
        Lỗi: <content>/notices/sai-ma-sha256.pdf: Mã original.sha256 trong YAML không khớp với tệp PDF: mã SHA-256 của tệp là <sha256 of the file>. Nếu đây đúng là tệp bản gốc đã ký, hãy chép mã này vào original.sha256; nếu không, hãy đặt lại đúng tệp.
          56 │   sha256: "abababababababababababababababababababababababababababababababab"
             │           ^

      ✗ <content>/notices/them-trang-sau-khi-ky.yaml:55:9 (dòng 55, cột 9)
        Trường: original.file (Tệp PDF bản gốc)
        Lỗi: <content>/notices/them-trang-sau-khi-ky.pdf: Sau chữ ký số thứ 2 (của Sở Ngoại vụ thành phố Hải Phòng), là chữ ký cuối cùng, tệp đã bị sửa thêm (thêm trang, sửa nội dung trang); phần sửa thêm không được ký. Hãy lấy lại tệp PDF đúng như khi ký xong (tệp văn thư phát hành): không mở rồi lưu lại, thêm ghi chú hay thêm trang bằng phần mềm đọc PDF; rồi cập nhật original.sha256.
          55 │   file: them-trang-sau-khi-ky.pdf
             │         ^

      ✗ <content>/notices/thieu-tep.yaml:55:9 (dòng 55, cột 9)
        Trường: original.file (Tệp PDF bản gốc)
        Lỗi: <content>/notices/thieu-tep.pdf: không có tệp này. Hãy đặt tệp PDF bản gốc vào cùng thư mục với tệp YAML (<content>/notices/), hoặc sửa original.file cho đúng tên tệp (phân biệt chữ hoa, chữ thường).
          55 │   file: thieu-tep.pdf
             │         ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md
      "
    `);
  });
});

describe('npm run build', () => {
  it('refuses with the same messages, before Astro runs, and builds nothing', () => {
    expect(build.code).not.toBe(0);
    expect(build.out).toContain('Trang web cũ vẫn giữ nguyên');
    // The same problems, word for word, as validate printed them.
    const problems = (s: string) => s.split('\n').filter((l) => /^\s*(✗ .*\.yaml:|Trường:|Lỗi:)/.test(l));
    expect(problems(build.out)).toEqual(problems(validate.out));
    expect(problems(build.out).length).toBe(3 * (CASES.length + 1));
    expect(build.out).not.toMatch(/astro|building/i);
    expect(existsSync(outDir)).toBe(false);
  });
});
