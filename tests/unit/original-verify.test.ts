/**
 * verifyOriginal() on real signed PDFs: a notice printed by Chromium, signed with @signpdf by
 * a throwaway PKI made for this run (tests/support/signing/), then damaged in each way the
 * checks must catch. Every refusal is pinned with its exact Vietnamese message.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nameKey, sameName } from '../../src/original/names.ts';
import { loadTrustRoots } from '../../src/original/trust.ts';
import { verifyOriginal, type ExpectedOriginal, type OriginalProblem, type TrustRoot } from '../../src/original/verify.ts';
import { EXPECTED, TIMES, makeSigningFixtures, sha256, type FixtureName, type SigningFixtures } from '../support/signing/index.ts';

let fx: SigningFixtures;

beforeAll(async () => {
  fx = await makeSigningFixtures();
}, 120_000);

interface Options {
  sha256?: string;
  trustRoots?: TrustRoot[];
  expected?: Partial<ExpectedOriginal>;
}

function verify(name: FixtureName, opts: Options = {}) {
  const pdf = fx.pdfs[name];
  return verifyOriginal({
    pdf,
    sha256: opts.sha256 ?? sha256(pdf),
    trustRoots: opts.trustRoots ?? fx.trustRoots,
    expected: { ...EXPECTED, ...opts.expected },
  });
}

async function problems(name: FixtureName, opts?: Options): Promise<OriginalProblem[]> {
  const result = await verify(name, opts);
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.problems;
}

describe('accepted originals', () => {
  it('a PDF signed by the person, then by the agency: both signers, with their signing times', async () => {
    const result = await verify('signed');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.digitalSignature).toBe(true);
    expect(result.signatures.map((s) => s.signedAt)).toEqual([TIMES.person, TIMES.agency]);
    expect(result.signatures).toMatchInlineSnapshot(`
      [
        {
          "certificate": {
            "issuer": "CN=Test Issuing CA, O=Test PKI, C=VN",
            "notAfter": 2028-01-01T00:00:00.000Z,
            "notBefore": 2025-01-01T00:00:00.000Z,
            "serialNumber": "5401",
            "subject": "CN=Trần Thị Quỳnh Trang, O=Sở Ngoại vụ thành phố Hải Phòng, L=Hải Phòng, C=VN",
          },
          "kind": "person",
          "organization": "Sở Ngoại vụ thành phố Hải Phòng",
          "signedAt": 2026-05-15T01:00:00.000Z,
          "signedAtSource": "signingTime",
          "signerName": "Trần Thị Quỳnh Trang",
          "subFilter": "adbe.pkcs7.detached",
        },
        {
          "certificate": {
            "issuer": "CN=Test Issuing CA, O=Test PKI, C=VN",
            "notAfter": 2028-01-01T00:00:00.000Z,
            "notBefore": 2025-01-01T00:00:00.000Z,
            "serialNumber": "5402",
            "subject": "CN=Sở Ngoại vụ thành phố Hải Phòng, O=Ủy ban nhân dân thành phố Hải Phòng, L=Hải Phòng, C=VN",
          },
          "kind": "agency",
          "organization": "Ủy ban nhân dân thành phố Hải Phòng",
          "signedAt": 2026-05-15T02:30:00.000Z,
          "signedAtSource": "signingTime",
          "signerName": "Sở Ngoại vụ thành phố Hải Phòng",
          "subFilter": "ETSI.CAdES.detached",
        },
      ]
    `);
  });

  it('validation data (a /DSS with VRI) appended after the last signature is allowed', async () => {
    const result = await verify('signedWithDss');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.signatures.map((s) => [s.kind, s.signerName])).toEqual([
      ['person', 'Trần Thị Quỳnh Trang'],
      ['agency', 'Sở Ngoại vụ thành phố Hải Phòng'],
    ]);
  });

  it('a DSS update that also restamps Info (ModDate, Producer), as iText’s append mode does, is allowed', async () => {
    expect((await verify('signedWithDssRestamped')).ok).toBe(true);
  });

  it('the person signature alone is enough (the agency signature is checked only where there is one)', async () => {
    const result = await verify('personOnly');
    expect(result.ok && result.signatures.map((s) => s.kind)).toEqual(['person']);
  });

  it('a scanned original: no signature, no text; accepted as carrying no digital signature', async () => {
    expect(await verify('scanned')).toEqual({ ok: true, signatures: [], digitalSignature: false });
  });

  it('an unsigned PDF with text is a "scanned" original too, and its printed number and date are still checked', async () => {
    expect(await verify('unsigned')).toEqual({ ok: true, signatures: [], digitalSignature: false });
    expect((await problems('unsigned', { expected: { number: '16/TB-NV' } })).map((p) => p.code)).toEqual(['number-mismatch']);
  });

  it('names compare whatever the case, Unicode form or tone-mark placement', async () => {
    const signerName = EXPECTED.signerName.toLocaleUpperCase('vi').normalize('NFD');
    expect((await verify('signed', { expected: { signerName, issuerName: 'sở ngoại vụ  thành phố hải phòng' } })).ok).toBe(true);
    expect(sameName('Nguyễn Thị Thủy', 'Nguyễn Thị Thuỷ')).toBe(true);
    expect(sameName('Lê Văn Hòa', 'Lê Văn Hoà')).toBe(true);
    // …but a different letter is a different name.
    expect(sameName('Lê Văn Hòa', 'Lê Văn Hóa')).toBe(false);
    expect(sameName('Trần Văn Đức', 'Trần Văn Dức')).toBe(false);
    expect(nameKey('Thuỷ')).toBe(nameKey('Thủy'));
  });
});

describe('the file and its hash', () => {
  it('a file that is not a PDF', async () => {
    expect(await problems('notPdf')).toMatchInlineSnapshot(`
      [
        {
          "code": "not-pdf",
          "message": "Tệp bản gốc không phải tệp PDF (không bắt đầu bằng "%PDF-"). Hãy đặt vào đúng tệp PDF đã ký số (không phải tệp Word, ảnh hay tệp nén), rồi cập nhật original.file và original.sha256.",
        },
      ]
    `);
  });

  it('a PDF that cannot be read (half a download)', async () => {
    expect(await problems('truncated')).toMatchInlineSnapshot(`
      [
        {
          "code": "pdf-unreadable",
          "message": "Không đọc được tệp PDF bản gốc: tệp bị hỏng hoặc chưa tải về trọn vẹn. Hãy tải lại tệp PDF đã ký từ nơi phát hành, rồi cập nhật original.sha256.",
        },
      ]
    `);
  });

  it('a hash that is not the file’s: the message gives the file’s hash to copy', async () => {
    const list = await problems('signed', { sha256: 'a'.repeat(64) });
    expect(list).toHaveLength(1);
    expect(list[0]!.message).toContain(sha256(fx.pdfs.signed));
    expect(list[0]!.message.replace(sha256(fx.pdfs.signed), '<sha256>')).toMatchInlineSnapshot(`"Mã original.sha256 trong YAML không khớp với tệp PDF: mã SHA-256 của tệp là <sha256>. Nếu đây đúng là tệp bản gốc đã ký, hãy chép mã này vào original.sha256; nếu không, hãy đặt lại đúng tệp."`);
  });

  it('a hash that is not 64 hex digits', async () => {
    const list = await problems('scanned', { sha256: 'abc123' });
    expect(list.map((p) => ({ ...p, message: p.message.replace(sha256(fx.pdfs.scanned), '<sha256>') }))).toMatchInlineSnapshot(`
      [
        {
          "code": "hash-invalid",
          "message": "Giá trị original.sha256 "abc123" không phải mã SHA-256 (cần đúng 64 ký tự 0–9, a–f). Mã SHA-256 của tệp là <sha256>: nếu đây đúng là tệp bản gốc đã ký, hãy chép mã này vào original.sha256.",
        },
      ]
    `);
  });

  it('a scanned original is held to its hash all the same', async () => {
    expect((await problems('scanned', { sha256: '0'.repeat(64) })).map((p) => p.code)).toEqual(['hash-mismatch']);
  });
});

describe('the signatures themselves', () => {
  it('one byte changed after signing breaks both signatures', async () => {
    expect(await problems('byteChanged')).toMatchInlineSnapshot(`
      [
        {
          "code": "signature-digest-mismatch",
          "message": "Chữ ký số thứ 1 (của Trần Thị Quỳnh Trang) không còn khớp với nội dung tệp: tệp đã bị sửa sau khi ký (dù chỉ một ký tự). Không công bố được tệp này. Hãy lấy lại tệp PDF đúng như khi ký xong (tệp văn thư phát hành), không mở rồi lưu lại bằng phần mềm khác.",
        },
        {
          "code": "signature-digest-mismatch",
          "message": "Chữ ký số thứ 2 (của Sở Ngoại vụ thành phố Hải Phòng) không còn khớp với nội dung tệp: tệp đã bị sửa sau khi ký (dù chỉ một ký tự). Không công bố được tệp này. Hãy lấy lại tệp PDF đúng như khi ký xong (tệp văn thư phát hành), không mở rồi lưu lại bằng phần mềm khác.",
        },
      ]
    `);
  });

  it('a signature value that does not verify with the certificate’s key', async () => {
    expect(await problems('forgedSignature')).toMatchInlineSnapshot(`
      [
        {
          "code": "signature-invalid",
          "message": "Chữ ký số thứ 2 (của Sở Ngoại vụ thành phố Hải Phòng) không hợp lệ: chữ ký không khớp với khoá của chứng thư số kèm theo (chữ ký bị giả mạo hoặc hỏng). Hãy lấy lại tệp PDF đúng như khi ký xong (tệp văn thư phát hành), không mở rồi lưu lại bằng phần mềm khác; nếu vẫn vậy, hãy báo bộ phận kỹ thuật.",
        },
      ]
    `);
  });

  it('a /ByteRange whose hole is wider than /Contents', async () => {
    expect(await problems('holeWidened')).toMatchInlineSnapshot(`
      [
        {
          "code": "signature-malformed",
          "message": "Chữ ký số thứ 2: phần để ngoài chữ ký không chỉ là chỗ chứa chữ ký (/Contents), tức là có nội dung không được ký. Hãy lấy lại tệp PDF đúng như khi ký xong (tệp văn thư phát hành), không mở rồi lưu lại bằng phần mềm khác; nếu vẫn vậy, hãy ký lại bằng phần mềm ký số theo chuẩn PAdES.",
        },
      ]
    `);
  });

  it('a signature type the verifier does not check', async () => {
    expect(await problems('unsupportedSubFilter')).toMatchInlineSnapshot(`
      [
        {
          "code": "signature-unsupported",
          "message": "Chữ ký số thứ 2 thuộc loại "ETSI.RFC3161", không phải chữ ký PAdES/PKCS#7 tách rời (adbe.pkcs7.detached, ETSI.CAdES.detached) mà hệ thống kiểm tra được. Hãy ký lại bằng phần mềm ký số theo chuẩn PAdES.",
        },
      ]
    `);
  });

  it('a SignerInfo that names no certificate the CMS carries (forge and a Vietnamese CA name)', async () => {
    expect(await problems('signerCertificateNotFound', { trustRoots: [fx.pki.nonAsciiRoot.certPem] })).toMatchInlineSnapshot(`
      [
        {
          "code": "signature-cms-invalid",
          "message": "Chữ ký số thứ 1: không tìm thấy chứng thư số của người ký trong dữ liệu chữ ký. Hãy ký lại bằng phần mềm ký số theo chuẩn PAdES.",
        },
      ]
    `);
  });

  it('unsigned data hidden in the zero padding after the CMS', async () => {
    expect(await problems('dirtyPadding')).toMatchInlineSnapshot(`
      [
        {
          "code": "signature-cms-invalid",
          "message": "Chữ ký số thứ 2: sau dữ liệu chữ ký (CMS) có dữ liệu lạ, không phải phần đệm bằng số 0. Hãy ký lại bằng phần mềm ký số theo chuẩn PAdES.",
        },
      ]
    `);
  });

  it('a /Contents that holds no CMS', async () => {
    expect(await problems('blankSignature')).toMatchInlineSnapshot(`
      [
        {
          "code": "signature-cms-invalid",
          "message": "Chữ ký số thứ 2: không đọc được dữ liệu chữ ký (CMS). Hãy ký lại bằng phần mềm ký số theo chuẩn PAdES.",
        },
      ]
    `);
  });
});

/** Where, in the file, each signature's CMS holds its copy of `rootPem` (hex in /Contents). */
function rootCopies(pdf: Uint8Array, rootPem: string): [number, number][] {
  const text = new TextDecoder('latin1').decode(pdf);
  const rootHex = Buffer.from(rootPem.replace(/-----[^-]+-----|\s+/g, ''), 'base64').toString('hex');
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/\/ByteRange \[0 (\d+) (\d+) \d+\]/g)) {
    const [b, c] = [Number(m[1]), Number(m[2])];
    const at = text.slice(b + 1, c - 1).toLowerCase().indexOf(rootHex);
    if (at >= 0) spans.push([b + 1 + at, b + 1 + at + rootHex.length]);
  }
  return spans;
}

describe('any damage', () => {
  it('one byte changed anywhere in a signed PDF is refused, and never throws', async () => {
    const signed = fx.pdfs.signed;
    const accepted: number[] = [];
    // 48 positions spread over the whole file: header, page content, fonts, both signatures'
    // dictionaries, CMS and zero padding, xref tables, trailers. The hash given is the damaged
    // file's own, so only the signature checks stand between the damage and acceptance.
    for (let k = 0; k < 48; k++) {
      const at = Math.floor(((k + 0.5) * signed.length) / 48);
      const pdf = signed.slice();
      pdf[at] = pdf[at]! ^ 0x01;
      const result = await verifyOriginal({ pdf, sha256: sha256(pdf), trustRoots: fx.trustRoots, expected: EXPECTED });
      if (result.ok) accepted.push(at);
    }
    // The one place a changed byte is harmless: the copy of the root certificate that a CMS
    // carries among its (unsigned) certificates. The chain is built to content/trust/'s root,
    // and a damaged copy is just a certificate that chains to nothing, so it is ignored.
    const spans = rootCopies(signed, fx.pki.root.certPem);
    expect(spans).toHaveLength(2);
    expect(accepted.filter((at) => !spans.some(([from, to]) => at >= from && at < to))).toEqual([]);
  }, 120_000);
});

describe('what follows a signature', () => {
  it('a page appended after the last signature', async () => {
    expect(await problems('pageAppended')).toMatchInlineSnapshot(`
      [
        {
          "code": "changed-after-signature",
          "message": "Sau chữ ký số thứ 2 (của Sở Ngoại vụ thành phố Hải Phòng), là chữ ký cuối cùng, tệp đã bị sửa thêm (thêm trang, sửa nội dung trang); phần sửa thêm không được ký. Hãy lấy lại tệp PDF đúng như khi ký xong (tệp văn thư phát hành): không mở rồi lưu lại, thêm ghi chú hay thêm trang bằng phần mềm đọc PDF; rồi cập nhật original.sha256.",
        },
      ]
    `);
  });

  it('text drawn over the page after the last signature', async () => {
    expect(await problems('textOverwritten')).toMatchInlineSnapshot(`
      [
        {
          "code": "changed-after-signature",
          "message": "Sau chữ ký số thứ 2 (của Sở Ngoại vụ thành phố Hải Phòng), là chữ ký cuối cùng, tệp đã bị sửa thêm (sửa nội dung trang); phần sửa thêm không được ký. Hãy lấy lại tệp PDF đúng như khi ký xong (tệp văn thư phát hành): không mở rồi lưu lại, thêm ghi chú hay thêm trang bằng phần mềm đọc PDF; rồi cập nhật original.sha256.",
        },
      ]
    `);
  });

  it('an annotation added after the last signature', async () => {
    expect(await problems('annotationAdded')).toMatchInlineSnapshot(`
      [
        {
          "code": "changed-after-signature",
          "message": "Sau chữ ký số thứ 2 (của Sở Ngoại vụ thành phố Hải Phòng), là chữ ký cuối cùng, tệp đã bị sửa thêm (thêm hoặc sửa ghi chú (annotation) trên trang); phần sửa thêm không được ký. Hãy lấy lại tệp PDF đúng như khi ký xong (tệp văn thư phát hành): không mở rồi lưu lại, thêm ghi chú hay thêm trang bằng phần mềm đọc PDF; rồi cập nhật original.sha256.",
        },
      ]
    `);
  });

  it('the title changed in Info after the last signature', async () => {
    expect(await problems('retitled')).toMatchInlineSnapshot(`
      [
        {
          "code": "changed-after-signature",
          "message": "Sau chữ ký số thứ 2 (của Sở Ngoại vụ thành phố Hải Phòng), là chữ ký cuối cùng, tệp đã bị sửa thêm (sửa thông tin mô tả tệp); phần sửa thêm không được ký. Hãy lấy lại tệp PDF đúng như khi ký xong (tệp văn thư phát hành): không mở rồi lưu lại, thêm ghi chú hay thêm trang bằng phần mềm đọc PDF; rồi cập nhật original.sha256.",
        },
      ]
    `);
  });

  it('bytes after the last %%EOF that are no PDF update', async () => {
    expect(await problems('garbageAppended')).toMatchInlineSnapshot(`
      [
        {
          "code": "changed-after-signature",
          "message": "Sau chữ ký số thứ 2 (của Sở Ngoại vụ thành phố Hải Phòng), là chữ ký cuối cùng, tệp đã bị sửa thêm (nối thêm dữ liệu lạ vào cuối tệp); phần sửa thêm không được ký. Hãy lấy lại tệp PDF đúng như khi ký xong (tệp văn thư phát hành): không mở rồi lưu lại, thêm ghi chú hay thêm trang bằng phần mềm đọc PDF; rồi cập nhật original.sha256.",
        },
      ]
    `);
  });

  it('a DSS does not cover a page change made in the same tail', async () => {
    expect((await problems('dssThenTextOverwritten')).map((p) => p.code)).toEqual(['changed-after-signature']);
  });

  it('the page changed between the person’s signature and the agency’s', async () => {
    expect(await problems('changedBetween')).toMatchInlineSnapshot(`
      [
        {
          "code": "changed-between-signatures",
          "message": "Giữa chữ ký số thứ 1 (của Trần Thị Quỳnh Trang) và chữ ký số thứ 2 (của Sở Ngoại vụ thành phố Hải Phòng), tệp đã bị sửa (sửa nội dung trang), nên hai chữ ký không cùng ký một văn bản. Hãy ký lại: chữ ký của cơ quan phải đặt trên đúng bản PDF mà người có thẩm quyền đã ký, không sửa gì thêm.",
        },
      ]
    `);
  });
});

describe('certificates', () => {
  it('a certificate from a CA outside the trust roots', async () => {
    expect(await problems('untrustedCa')).toMatchInlineSnapshot(`
      [
        {
          "code": "certificate-untrusted",
          "message": "Chữ ký số thứ 1 (của Trần Thị Quỳnh Trang): chứng thư số (do "Untrusted Test Root CA" cấp) không thuộc chuỗi tin cậy của chứng thư gốc nào trong content/trust/. Nếu đây là chứng thư số hợp lệ do tổ chức cung cấp dịch vụ chứng thực chữ ký số cấp cho cơ quan, hãy báo bộ phận kỹ thuật thêm chứng thư gốc của tổ chức đó vào content/trust/; nếu không, không công bố tệp này.",
        },
      ]
    `);
  });

  it('no trust root at all (the repo ships none)', async () => {
    expect(await problems('signed', { trustRoots: [] })).toMatchInlineSnapshot(`
      [
        {
          "code": "certificate-untrusted",
          "message": "Chưa có chứng thư gốc nào trong content/trust/, nên không kiểm tra được chứng thư số của chữ ký (do "Test Issuing CA" cấp). Hãy báo bộ phận kỹ thuật đặt chứng thư gốc (tệp .pem) của tổ chức cấp chứng thư số cho cơ quan vào content/trust/.",
        },
      ]
    `);
  });

  it('a trust root file that is not a certificate', async () => {
    const list = await problems('signed', { trustRoots: [fx.trustRoots[0]!, 'not a certificate'] });
    expect(list).toMatchInlineSnapshot(`
      [
        {
          "code": "trust-root-invalid",
          "message": "Tệp chứng thư gốc thứ 2 trong content/trust/ không đọc được (cần chứng thư X.509 dạng PEM, bắt đầu bằng "-----BEGIN CERTIFICATE-----"). Hãy báo bộ phận kỹ thuật thay tệp đó.",
        },
      ]
    `);
  });

  it('trust roots read from a folder of .pem files; a broken one is named by its file', async () => {
    writeFileSync(path.join(fx.dir, 'trust/zz-broken.pem'), 'not a certificate');
    const roots = loadTrustRoots(fx.dir, 'trust');
    expect(roots.map((r) => (typeof r === 'string' ? r : r.file))).toEqual(['trust/test-root.pem', 'trust/zz-broken.pem']);
    expect(await problems('signed', { trustRoots: roots })).toMatchInlineSnapshot(`
      [
        {
          "code": "trust-root-invalid",
          "message": "Tệp chứng thư gốc trust/zz-broken.pem không đọc được (cần chứng thư X.509 dạng PEM, bắt đầu bằng "-----BEGIN CERTIFICATE-----"). Hãy báo bộ phận kỹ thuật thay tệp đó.",
        },
      ]
    `);
    expect(loadTrustRoots(fx.dir, 'no-such-folder')).toEqual([]);
  });

  it('a certificate that had expired when it signed', async () => {
    expect(await problems('expiredCertificate')).toMatchInlineSnapshot(`
      [
        {
          "code": "certificate-expired",
          "message": "Chữ ký số thứ 1 (của Trần Thị Quỳnh Trang): chứng thư số đã hết hiệu lực lúc 00:00 ngày 01/01/2026, trước thời điểm ký 08:00 ngày 15/05/2026. Chữ ký bằng chứng thư hết hiệu lực không có giá trị; hãy ký lại bằng chứng thư số còn hiệu lực.",
        },
      ]
    `);
  });

  it('a valid certificate from an issuing CA that had expired when it signed', async () => {
    expect(await problems('expiredIssuingCa')).toMatchInlineSnapshot(`
      [
        {
          "code": "certificate-expired",
          "message": "Chữ ký số thứ 1 (của Trần Thị Quỳnh Trang): chứng thư của tổ chức cấp ("Expired Issuing CA") không còn hiệu lực vào thời điểm ký 08:00 ngày 15/05/2026. Hãy ký lại bằng chứng thư số còn hiệu lực.",
        },
      ]
    `);
  });

  it('a signing time before the certificate was valid', async () => {
    expect(await problems('signedBeforeValid')).toMatchInlineSnapshot(`
      [
        {
          "code": "certificate-not-yet-valid",
          "message": "Chữ ký số thứ 1 (của Trần Thị Quỳnh Trang): chứng thư số chỉ có hiệu lực từ 07:00 ngày 01/01/2025, sau thời điểm ký 08:00 ngày 01/06/2024. Hãy kiểm tra đồng hồ của máy ký, rồi ký lại.",
        },
      ]
    `);
  });
});

describe('who signed', () => {
  it('a person other than the notice’s signer', async () => {
    expect(await problems('otherSigner')).toMatchInlineSnapshot(`
      [
        {
          "code": "signer-mismatch",
          "message": "Chữ ký số thứ 1 là của "Nguyễn Văn An", không phải người ký "Trần Thị Quỳnh Trang" ghi trong YAML. Nếu YAML ghi sai người ký, hãy sửa lại; nếu không, hãy đặt đúng tệp do Trần Thị Quỳnh Trang ký.",
        },
      ]
    `);
  });

  it('an agency other than the issuing body', async () => {
    expect(await problems('otherAgency')).toMatchInlineSnapshot(`
      [
        {
          "code": "agency-mismatch",
          "message": "Chữ ký số thứ 2 là chữ ký số của "Sở Tư pháp thành phố Hải Phòng", không phải của cơ quan ban hành "Sở Ngoại vụ thành phố Hải Phòng". Hãy đặt đúng tệp đã có chữ ký số của Sở Ngoại vụ thành phố Hải Phòng.",
        },
      ]
    `);
  });

  it('only the agency signed', async () => {
    expect(await problems('agencyOnly')).toMatchInlineSnapshot(`
      [
        {
          "code": "signer-missing",
          "message": "Tệp PDF không có chữ ký số của người ký "Trần Thị Quỳnh Trang" ghi trong YAML; chỉ có chữ ký của "Sở Ngoại vụ thành phố Hải Phòng". Văn bản điện tử phải có chữ ký số của người có thẩm quyền (Nghị định 30/2020/NĐ-CP, Điều 5): hãy xin bản đủ chữ ký, hoặc sửa người ký trong YAML nếu ghi sai.",
        },
      ]
    `);
  });
});

describe('the printed number and date', () => {
  it('a number other than the YAML’s', async () => {
    expect(await problems('signed', { expected: { number: '16/TB-NV' } })).toMatchInlineSnapshot(`
      [
        {
          "code": "number-mismatch",
          "message": "Tệp PDF ghi "Số: 15/TB-NV", còn YAML ghi số 16/TB-NV. Hãy sửa số trong YAML, hoặc đặt đúng tệp PDF của văn bản số 16/TB-NV.",
        },
      ]
    `);
  });

  it('a date other than the YAML’s', async () => {
    expect(await problems('signed', { expected: { date: '2026-02-05' } })).toMatchInlineSnapshot(`
      [
        {
          "code": "date-mismatch",
          "message": "Tệp PDF ghi "ngày 15 tháng 5 năm 2026", còn YAML ghi ngày 2026-02-05 (ngày 05 tháng 02 năm 2026). Hãy sửa ngày trong YAML, hoặc đặt đúng tệp PDF của văn bản này.",
        },
      ]
    `);
  });

  it('a PDF with text but neither line', async () => {
    expect(await problems('noNumberOrDate')).toMatchInlineSnapshot(`
      [
        {
          "code": "number-not-found",
          "message": "Không thấy số văn bản trong nội dung tệp PDF (dòng "Số: 15/TB-NV"). Hãy kiểm tra đây đúng là văn bản số 15/TB-NV.",
        },
        {
          "code": "date-not-found",
          "message": "Không thấy ngày ban hành trong nội dung tệp PDF (dòng "ngày 15 tháng 5 năm 2026"). Hãy kiểm tra đây đúng là văn bản ban hành ngày 15 tháng 5 năm 2026.",
        },
      ]
    `);
  });
});
