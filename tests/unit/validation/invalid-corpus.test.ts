/**
 * The corpus of invalid notices (tests/fixtures/invalid/): for each kind of mistake, the
 * exact message staff read, as `npm run validate` prints it. Each file is a small valid
 * notice with one kind of mistake. Changing a message's wording changes these snapshots
 * on purpose: review the new text as a staff member would read it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/pipeline/validate.ts';
import { invalidFixtures, messagesFor, messagesForBytes } from './helpers.ts';

/** Validated as the site validates it: translations into English are offered (content/site.yaml). */
const file = (name: string) => messagesFor(name, { languages: ['en'] });
/**
 * The corpus files this test names, read from its own source: whichever tests run (`-t`,
 * any order), the coverage check below sees every case written here.
 */
const named = new Set([...readFileSync(fileURLToPath(import.meta.url), 'utf8').matchAll(/\bfile\('([^']+)'\)/g)].map((m) => m[1]!));

describe('each kind of mistake gets one clear Vietnamese message naming file, line and field', () => {
  it('YAML syntax: a quote opened and never closed', () => {
    expect(file('cu-phap-thieu-dau-nhay.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/cu-phap-thieu-dau-nhay.yaml:14:10 (dòng 14, cột 10)
        Lỗi: Lỗi cú pháp YAML: Dấu nháy kép (") mở ở đây chưa được đóng, nên YAML đọc tiếp cả các dòng sau như cùng một đoạn chữ và chỉ báo lỗi ở xa hơn. Hãy thêm dấu " ở cuối nội dung, trên cùng dòng này.
          14 │ subject: "Lịch trực đường dây nóng thử nghiệm
             │          ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  // The yaml library reports these where it noticed them (the end of the file, the next
  // field's line, the words after a quote); each message points where the mistake is.
  it('YAML syntax: a quote opened and never closed, noticed only at the end of the file, points at the quote', () => {
    expect(file('cu-phap-thieu-dau-nhay-cuoi-tep.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/cu-phap-thieu-dau-nhay-cuoi-tep.yaml:30:9 (dòng 30, cột 9)
        Lỗi: Lỗi cú pháp YAML: Dấu nháy đơn (') mở ở đây chưa được đóng, nên YAML đọc tiếp cả các dòng sau như cùng một đoạn chữ và chỉ báo lỗi ở xa hơn. Hãy thêm dấu ' ở cuối nội dung, trên cùng dòng này; nếu dấu ' là chữ bình thường, hãy đặt cả nội dung trong dấu nháy kép.
          30 │   name: 'Sở Ngoại vụ thành phố Hải Phòng
             │         ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('YAML syntax: a "[" never closed, noticed on the next field, points at the "["', () => {
    expect(file('cu-phap-thieu-ngoac-vuong.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/cu-phap-thieu-ngoac-vuong.yaml:40:13 (dòng 40, cột 13)
        Lỗi: Lỗi cú pháp YAML: Dấu "[" mở danh sách ở đây nhưng thiếu dấu "]" đóng, nên YAML chỉ báo lỗi ở dòng sau. Hãy thêm "]" ở cuối danh sách, trên cùng dòng này (ví dụ: [muc-1, muc-2]), hoặc viết mỗi mục một dòng bắt đầu bằng "- ".
          40 │ recipients: [Các phòng thuộc Sở, Lưu VT
             │             ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('YAML syntax: a "{" never closed, noticed on the next field, points at the "{"', () => {
    expect(file('cu-phap-thieu-ngoac-nhon.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/cu-phap-thieu-ngoac-nhon.yaml:8:9 (dòng 8, cột 9)
        Lỗi: Lỗi cú pháp YAML: Dấu "{" mở nhóm ở đây nhưng thiếu dấu "}" đóng, nên YAML chỉ báo lỗi ở dòng sau. Hãy thêm "}" ở cuối nhóm, trên cùng dòng này, hoặc viết mỗi trường của nhóm một dòng, thụt lề dưới tên nhóm.
          8 │ number: { sequence: 7, symbol: TB-NV
            │         ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('YAML syntax: a field name without its colon, its content indented below, points at the name', () => {
    expect(file('cu-phap-thieu-hai-cham-truoc-khoi.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/cu-phap-thieu-hai-cham-truoc-khoi.yaml:4:7 (dòng 4, cột 7)
        Lỗi: Lỗi cú pháp YAML: Thiếu dấu hai chấm sau tên trường "issuer": các dòng thụt lề bên dưới là nội dung của trường này. Hãy viết "issuer:".
          4 │ issuer
            │       ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('YAML syntax: a double quote inside double-quoted text points at the quote that ended the text', () => {
    expect(file('cu-phap-nhay-trong-nhay.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/cu-phap-nhay-trong-nhay.yaml:14:21 (dòng 14, cột 21)
        Lỗi: Lỗi cú pháp YAML: Đoạn chữ trong dấu nháy kép kết thúc ở dấu " này, nhưng sau nó trên cùng dòng vẫn còn chữ: có lẽ trong nội dung có dấu nháy kép. Hãy viết dấu nháy kép bên trong nội dung thành \\" (hoặc dùng dấu nháy “ ”), để dấu " cuối dòng là dấu đóng duy nhất.
          14 │ subject: "Lịch trực "đường dây nóng" thử nghiệm"
             │                     ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('YAML syntax: a line indented one space too deep points at that line', () => {
    expect(file('cu-phap-thut-le-lech.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/cu-phap-thut-le-lech.yaml:6:4 (dòng 6, cột 4)
        Lỗi: Lỗi cú pháp YAML: Dòng này thụt lề sâu hơn trường ở dòng trên, nên YAML nối nó vào nội dung của dòng trên. Nếu đây là một trường mới, hãy xóa bớt dấu cách đầu dòng cho thẳng hàng với trường ở dòng trên. Nếu đây là nội dung viết tiếp, hãy đặt cả nội dung trong dấu nháy kép.
          6 │    name: SỞ NGOẠI VỤ
            │    ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('YAML syntax: a colon inside unquoted text', () => {
    expect(file('cu-phap-dau-hai-cham.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/cu-phap-dau-hai-cham.yaml:35:9 (dòng 35, cột 9)
        Lỗi: Lỗi cú pháp YAML: Nội dung có dấu hai chấm theo sau là dấu cách, hoặc dấu hai chấm ở cuối dòng, nên YAML hiểu nhầm là tên một trường mới. Nếu đây là chữ bình thường, hãy đặt cả nội dung trong dấu nháy kép, ví dụ: text: "Sở Ngoại vụ thông báo như sau:"
          35 │   text: Trong giờ hành chính: sáng thứ Hai đến chiều thứ Sáu.
             │         ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('tabs used for indentation: every such line', () => {
    expect(file('thut-le-bang-tab.yaml')).toMatchInlineSnapshot(`
      "Có 2 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/thut-le-bang-tab.yaml:5:1 (dòng 5, cột 1)
        Lỗi: Dòng này thụt lề bằng phím Tab. YAML chỉ cho phép dấu cách: hãy xóa Tab và thụt lề bằng dấu cách (mỗi cấp 2 dấu cách, thẳng hàng với các dòng cùng cấp).
          5 │ →parent: UBND THÀNH PHỐ HẢI PHÒNG
            │ ^

      ✗ tests/fixtures/invalid/thut-le-bang-tab.yaml:6:1 (dòng 6, cột 1)
        Lỗi: Dòng này thụt lề bằng phím Tab. YAML chỉ cho phép dấu cách: hãy xóa Tab và thụt lề bằng dấu cách (mỗi cấp 2 dấu cách, thẳng hàng với các dòng cùng cấp).
          6 │ →name: SỞ NGOẠI VỤ
            │ ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a key written twice, with the line of the first', () => {
    expect(file('trung-truong.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/trung-truong.yaml:43:1 (dòng 43, cột 1)
        Trường: place (Địa danh)
        Lỗi: Trường "place" được viết hai lần trong cùng một mục (lần đầu ở dòng 11). Hãy giữ một dòng đúng và xóa dòng còn lại.
          43 │ place: Hải Phòng
             │ ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('unknown keys suggest the nearest valid key, on their own line', () => {
    expect(file('truong-la.yaml')).toMatchInlineSnapshot(`
      "Có 2 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/truong-la.yaml:11:1 (dòng 11, cột 1)
        Trường: plase (trường lạ ở cấp ngoài cùng của tệp)
        Lỗi: Trường "plase" không có trong mẫu thông báo. Có phải ý bạn là "place" (Địa danh)? Hãy sửa tên trường cho đúng.
          11 │ plase: Hải Phòng
             │ ^

      ✗ tests/fixtures/invalid/truong-la.yaml:27:7 (dòng 27, cột 7)
        Trường: hotlines.contacts[1].fone (trường lạ trong người trực thứ 2)
        Lỗi: Trường "fone" không có trong mẫu thông báo. Có phải ý bạn là "phone" (Số điện thoại của người trực thứ 2)? Hãy sửa tên trường cho đúng.
          27 │       fone: "0969.661.341"
             │       ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('__proto__ and constructor are refused as unknown keys', () => {
    expect(file('khoa-nguy-hiem.yaml')).toMatchInlineSnapshot(`
      "Có 2 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/khoa-nguy-hiem.yaml:43:1 (dòng 43, cột 1)
        Trường: __proto__ (trường lạ ở cấp ngoài cùng của tệp)
        Lỗi: Trường "__proto__" không có trong mẫu thông báo. Các trường dùng được ở đây: kind, issuer, number, place, date, documentType, subject, replaces, opening, hotlines, facebook, hours, address, responsibilities, closing, recipients, archive, signer, original, translations. Hãy sửa tên trường, hoặc xóa dòng này nếu không cần.
          43 │ __proto__:
             │ ^

      ✗ tests/fixtures/invalid/khoa-nguy-hiem.yaml:45:1 (dòng 45, cột 1)
        Trường: constructor (trường lạ ở cấp ngoài cùng của tệp)
        Lỗi: Trường "constructor" không có trong mẫu thông báo. Các trường dùng được ở đây: kind, issuer, number, place, date, documentType, subject, replaces, opening, hotlines, facebook, hours, address, responsibilities, closing, recipients, archive, signer, original, translations. Hãy sửa tên trường, hoặc xóa dòng này nếu không cần.
          45 │ constructor:
             │ ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('missing required fields, at top level and inside a list item', () => {
    expect(file('thieu-truong.yaml')).toMatchInlineSnapshot(`
      "Có 3 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/thieu-truong.yaml
        Trường: subject (Trích yếu nội dung)
        Lỗi: Thiếu trường bắt buộc "subject" (Trích yếu nội dung). Hãy thêm một dòng "subject: …" sát lề trái (không thụt lề). Chép nguyên văn dòng trích yếu dưới chữ THÔNG BÁO.

      ✗ tests/fixtures/invalid/thieu-truong.yaml
        Trường: signer (Người ký)
        Lỗi: Thiếu mục bắt buộc "signer" (Người ký). Hãy thêm dòng "signer:" sát lề trái (không thụt lề), rồi bên dưới, thụt vào thêm 2 dấu cách, các trường: post, name.

      ✗ tests/fixtures/invalid/thieu-truong.yaml:23:7 (dòng 23, cột 7)
        Trường: hotlines.contacts[1].phone (Số điện thoại của người trực thứ 2)
        Lỗi: Thiếu trường bắt buộc "phone" (Số điện thoại). Hãy thêm một dòng "phone: …" trong người trực thứ 2. Viết đúng như trên văn bản, trong dấu nháy kép, ví dụ "0934.336.639". Trang web tự tạo đường dẫn gọi điện.
          23 │     - honorific: Bà
             │       ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('empty required fields: blank, "", spaces only, an empty list item', () => {
    expect(file('truong-de-trong.yaml')).toMatchInlineSnapshot(`
      "Có 4 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/truong-de-trong.yaml:11:1 (dòng 11, cột 1)
        Trường: place (Địa danh)
        Lỗi: Trường "place" (Địa danh) đang để trống. Hãy viết nội dung ngay sau "place: ". Ví dụ: Hải Phòng
          11 │ place:
             │ ^

      ✗ tests/fixtures/invalid/truong-de-trong.yaml:14:10 (dòng 14, cột 10)
        Trường: subject (Trích yếu nội dung)
        Lỗi: Không được để trống. Hãy viết nội dung ngay sau dấu hai chấm.
          14 │ subject: ""
             │          ^

      ✗ tests/fixtures/invalid/truong-de-trong.yaml:42:4 (dòng 42, cột 4)
        Trường: recipients[1] (Nơi nhận thứ 2)
        Lỗi: Mục thứ 2 của danh sách đang để trống. Hãy viết nội dung ngay sau dấu "- ", hoặc xóa dòng này.
          42 │   -
             │    ^

      ✗ tests/fixtures/invalid/truong-de-trong.yaml:46:9 (dòng 46, cột 9)
        Trường: signer.name (Họ và tên người ký)
        Lỗi: Không được để trống. Hãy viết nội dung ngay sau dấu hai chấm.
          46 │   name: "   "
             │         ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('an optional part left empty: fill it or delete the line', () => {
    expect(file('phan-tuy-chon-de-trong.yaml')).toMatchInlineSnapshot(`
      "Có 2 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/phan-tuy-chon-de-trong.yaml:24:7 (dòng 24, cột 7)
        Trường: hotlines.contacts[0].email (Email của người trực thứ 1)
        Lỗi: Trường "email" (Email) đang để trống. Phần này không bắt buộc: nếu không dùng, hãy xóa dòng "email:" (cùng các dòng con của nó); nếu dùng, hãy viết nội dung ngay sau "email: ".
          24 │       email:
             │       ^

      ✗ tests/fixtures/invalid/phan-tuy-chon-de-trong.yaml:37:3 (dòng 37, cột 3)
        Trường: hours.schedule (Lịch theo tuần)
        Lỗi: Danh sách "schedule" (Lịch theo tuần) đang để trống. Phần này không bắt buộc: nếu không dùng, hãy xóa dòng "schedule:" (cùng các dòng con của nó); nếu dùng, hãy thêm ít nhất một mục bên dưới, mỗi mục một dòng bắt đầu bằng "- ".
          37 │   schedule:
             │   ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a phone written as a bare number: says to quote it', () => {
    expect(file('so-dien-thoai-khong-nhay.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/so-dien-thoai-khong-nhay.yaml:23:14 (dòng 23, cột 14)
        Trường: hotlines.contacts[0].phone (Số điện thoại của người trực thứ 1)
        Lỗi: Số điện thoại phải đặt trong dấu nháy kép, ví dụ phone: "0934.336.639"; nếu không, số 0 ở đầu bị mất.
          23 │       phone: 0934336639
             │              ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a list where a mapping belongs', () => {
    expect(file('danh-sach-thay-cho-muc.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/danh-sach-thay-cho-muc.yaml:44:3 (dòng 44, cột 3)
        Trường: signer (Người ký)
        Lỗi: Ở đây cần các trường con dạng "tên: nội dung", không phải danh sách (dòng bắt đầu bằng "- "). Hãy bỏ dấu "- " và viết các trường: post, name.
          44 │   - post: GIÁM ĐỐC
             │   ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('an empty file', () => {
    expect(file('tep-rong.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/tep-rong.yaml
        Lỗi: Tệp trống. Hãy điền nội dung thông báo, hoặc tạo tệp mới từ mẫu: npm run new -- <tên-tệp>. Nếu tệp này tạo nhầm, hãy xóa nó.

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a file that is only comments', () => {
    expect(file('chi-co-chu-thich.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/chi-co-chu-thich.yaml
        Lỗi: Tệp chỉ có dòng chú thích (bắt đầu bằng #), chưa có nội dung thông báo. Hãy điền các trường của thông báo, hoặc tạo tệp mới từ mẫu: npm run new -- <tên-tệp>.

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('invalid phone numbers', () => {
    expect(file('so-dien-thoai-sai.yaml')).toMatchInlineSnapshot(`
      "Có 2 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/so-dien-thoai-sai.yaml:23:14 (dòng 23, cột 14)
        Trường: hotlines.contacts[0].phone (Số điện thoại của người trực thứ 1)
        Lỗi: Số điện thoại không hợp lệ. Viết số Việt Nam như khi quay số, ví dụ "0934.336.639" hoặc "0225.3842.689"; số dịch vụ ngắn như "1022" cũng được.
          23 │       phone: "0934.336"
             │              ^

      ✗ tests/fixtures/invalid/so-dien-thoai-sai.yaml:27:14 (dòng 27, cột 14)
        Trường: hotlines.contacts[1].phone (Số điện thoại của người trực thứ 2)
        Lỗi: Số điện thoại không hợp lệ. Viết số Việt Nam như khi quay số, ví dụ "0934.336.639" hoặc "0225.3842.689"; số dịch vụ ngắn như "1022" cũng được.
          27 │       phone: gọi Văn phòng Sở
             │              ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a link with http:// instead of https://', () => {
    expect(file('dia-chi-web-http.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/dia-chi-web-http.yaml:31:8 (dòng 31, cột 8)
        Trường: facebook.url (Địa chỉ trang Facebook)
        Lỗi: Địa chỉ phải bắt đầu bằng https:// (có chữ s), không phải http://. Hãy sửa "http://" thành "https://".
          31 │   url: http://www.facebook.com/haiphongdofa
             │        ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a javascript: link', () => {
    expect(file('dia-chi-web-javascript.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/dia-chi-web-javascript.yaml:31:8 (dòng 31, cột 8)
        Trường: facebook.url (Địa chỉ trang Facebook)
        Lỗi: Chỉ chấp nhận địa chỉ web bắt đầu bằng https://; "javascript:" không được phép. Hãy dán địa chỉ trang, ví dụ https://www.facebook.com/tentrang
          31 │   url: javascript:alert(document.cookie)
             │        ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a link on another host that looks like facebook.com', () => {
    expect(file('dia-chi-web-sai-trang.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/dia-chi-web-sai-trang.yaml:31:8 (dòng 31, cột 8)
        Trường: facebook.url (Địa chỉ trang Facebook)
        Lỗi: Địa chỉ này không thuộc facebook.com. Hãy dán địa chỉ trang Facebook của cơ quan, ví dụ https://www.facebook.com/tentrang
          31 │   url: https://facebook.com.lua-dao.example/haiphongdofa
             │        ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('text that is not a link', () => {
    expect(file('dia-chi-web-khong-phai-url.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/dia-chi-web-khong-phai-url.yaml:31:8 (dòng 31, cột 8)
        Trường: facebook.url (Địa chỉ trang Facebook)
        Lỗi: Đây không phải một địa chỉ web đầy đủ. Hãy dán nguyên địa chỉ, bắt đầu bằng https://, ví dụ https://www.facebook.com/tentrang
          31 │   url: trang Facebook của Sở
             │        ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('an impossible date (30 February)', () => {
    expect(file('ngay-khong-co-that.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/ngay-khong-co-that.yaml:12:7 (dòng 12, cột 7)
        Trường: date (Ngày ban hành)
        Lỗi: Ngày này không có trên lịch (ví dụ 30/02). Hãy kiểm tra lại ngày và tháng.
          12 │ date: 2026-02-30
             │       ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('values outside the allowed choices', () => {
    expect(file('gia-tri-khong-cho-phep.yaml')).toMatchInlineSnapshot(`
      "Có 2 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/gia-tri-khong-cho-phep.yaml:13:15 (dòng 13, cột 15)
        Trường: documentType (Tên loại văn bản)
        Lỗi: "THONG BAO" không phải giá trị được chấp nhận ở đây. Hãy viết đúng một trong: "THÔNG BÁO".
          13 │ documentType: THONG BAO
             │               ^

      ✗ tests/fixtures/invalid/gia-tri-khong-cho-phep.yaml:20:18 (dòng 20, cột 18)
        Trường: hotlines.contacts[0].honorific (Danh xưng của người trực thứ 1)
        Lỗi: Danh xưng phải là "Ông" hoặc "Bà".
          20 │     - honorific: Anh
             │                  ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('domain rules: closing without ./., sequence 0', () => {
    expect(file('quy-tac-noi-dung.yaml')).toMatchInlineSnapshot(`
      "Có 2 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/quy-tac-noi-dung.yaml:9:13 (dòng 9, cột 13)
        Trường: number.sequence (Số thứ tự)
        Lỗi: Số thứ tự phải là số nguyên dương, ví dụ 12; để trống khi chưa vào sổ.
          9 │   sequence: 0
            │             ^

      ✗ tests/fixtures/invalid/quy-tac-noi-dung.yaml:39:10 (dòng 39, cột 10)
        Trường: closing (Câu kết)
        Lỗi: Câu kết của văn bản phải kết thúc bằng "./." (Nghị định 30/2020/NĐ-CP). Hãy thêm "./." vào cuối câu.
          39 │ closing: Sở Ngoại vụ trân trọng thông báo.
             │          ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a field tens of thousands of characters long: the line is shown cut around the column', () => {
    expect(file('truong-qua-dai.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/truong-qua-dai.yaml:35:9 (dòng 35, cột 9)
        Trường: hours.text (Thời gian, như văn bản ghi)
        Lỗi: Nội dung quá dài: 19.999 ký tự, tối đa 5.000 ký tự. Hãy kiểm tra xem có dán nhầm hay dán thừa không.
          35 │   text: Trong giờ hành chính các ngày làm việc. Trong giờ hành chính các ngày làm việc. Trong giờ hà…
             │         ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a "billion laughs" alias bomb is refused without expanding it', () => {
    expect(file('bom-bi-danh.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/bom-bi-danh.yaml:44:11 (dòng 44, cột 11)
        Lỗi: Tệp dùng bí danh YAML ("*a") ở 81 chỗ. Thông báo không dùng neo (&) và bí danh (*): hãy viết đầy đủ nội dung ở từng chỗ. Nếu dấu * hoặc & là chữ bình thường, hãy đặt cả nội dung trong dấu nháy kép.
          44 │ lol0: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
             │           ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('two documents in one file', () => {
    expect(file('nhieu-tai-lieu.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/nhieu-tai-lieu.yaml:34:1 (dòng 34, cột 1)
        Lỗi: Lỗi cú pháp YAML: Tệp có thêm một dòng "---", tức là bắt đầu thông báo thứ hai. Mỗi tệp chỉ chứa một thông báo: hãy xóa dòng "---" này (nếu phần sau là một thông báo khác, hãy chuyển nó sang tệp riêng).
          34 │ ---
             │ ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a top-level list instead of fields', () => {
    expect(file('danh-sach-o-ngoai-cung.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/danh-sach-o-ngoai-cung.yaml:4:1 (dòng 4, cột 1)
        Lỗi: Tệp phải gồm các trường dạng "tên: nội dung", mỗi trường một dòng sát lề trái (ví dụ "place: Hải Phòng"), nhưng ở đây là một danh sách (các dòng bắt đầu bằng "- "). Hãy viết lại theo mẫu (npm run new -- <tên-tệp>).
          4 │ - place: Hải Phòng
            │ ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a top-level line of text instead of fields', () => {
    expect(file('chi-mot-dong-chu.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/chi-mot-dong-chu.yaml:4:1 (dòng 4, cột 1)
        Lỗi: Tệp phải gồm các trường dạng "tên: nội dung", mỗi trường một dòng sát lề trái (ví dụ "place: Hải Phòng"), nhưng ở đây là một dòng chữ đơn lẻ. Hãy viết lại theo mẫu (npm run new -- <tên-tệp>).
          4 │ Thông báo lịch trực đường dây nóng
            │ ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a file not saved as UTF-8 (Windows code page): points at the first broken character', () => {
    expect(file('khong-phai-utf8.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/khong-phai-utf8.yaml:11:9 (dòng 11, cột 9)
        Lỗi: Tệp không được lưu bằng bảng mã UTF-8 (có ký tự hỏng ở dòng này), nên chữ tiếng Việt có thể bị sai. Hãy lưu lại với bảng mã UTF-8 (trong VS Code: bấm tên bảng mã ở thanh dưới cùng → "Save with Encoding" → "UTF-8"), rồi kiểm tra lại các chữ có dấu.
          11 │ place: H�i Ph�ng
             │         ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a file saved as UTF-16', () => {
    expect(file('luu-bang-utf16.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/luu-bang-utf16.yaml
        Lỗi: Tệp được lưu bằng bảng mã UTF-16. Hãy lưu lại với bảng mã UTF-8 (trong VS Code: bấm tên bảng mã ở thanh dưới cùng → "Save with Encoding" → "UTF-8").

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a YAML tag such as !!js/function', () => {
    expect(file('the-yaml.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/the-yaml.yaml:42:10 (dòng 42, cột 10)
        Lỗi: Không dùng thẻ YAML (bắt đầu bằng "!") trong thông báo. Nếu đây là chữ bình thường, hãy đặt cả nội dung trong dấu nháy kép, ví dụ: text: "Sở Ngoại vụ thông báo như sau:"
          42 │ archive: !!js/function "function () { return 1 }"
             │          ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('absurd nesting', () => {
    expect(file('long-qua-sau.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/long-qua-sau.yaml:42:22 (dòng 42, cột 22)
        Lỗi: Tệp lồng nhau quá sâu (hơn 12 cấp); một thông báo chỉ có vài cấp. Hãy viết lại theo mẫu (npm run new -- <tên-tệp>).
          42 │ archive: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[…
             │                      ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a file name that cannot be a page address', () => {
    expect(file('Thong-Bao_Moi.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/Thong-Bao_Moi.yaml
        Lỗi: Tên tệp "Thong-Bao_Moi.yaml" chỉ được có chữ thường không dấu, chữ số và dấu gạch ngang (tên tệp là địa chỉ trang web). Hãy đổi tên, ví dụ duong-day-nong-2026-05.yaml.

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a missing space after a colon or a list dash', () => {
    expect(file('thieu-dau-cach.yaml')).toMatchInlineSnapshot(`
      "Có 2 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/thieu-dau-cach.yaml:11:7 (dòng 11, cột 7)
        Lỗi: Thiếu dấu cách sau dấu hai chấm. Hãy viết: place: Hải Phòng
          11 │ place:Hải Phòng
             │       ^

      ✗ tests/fixtures/invalid/thieu-dau-cach.yaml:41:4 (dòng 41, cột 4)
        Lỗi: Thiếu dấu cách sau dấu gạch đầu dòng. Hãy viết: - Các phòng thuộc Sở
          41 │   -Các phòng thuộc Sở
             │    ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('curly quotes from Word get a hint', () => {
    expect(file('dau-nhay-cong.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/dau-nhay-cong.yaml:23:14 (dòng 23, cột 14)
        Trường: hotlines.contacts[0].phone (Số điện thoại của người trực thứ 1)
        Lỗi: Số điện thoại không hợp lệ. Viết số Việt Nam như khi quay số, ví dụ "0934.336.639" hoặc "0225.3842.689"; số dịch vụ ngắn như "1022" cũng được. Lưu ý: dấu nháy cong “ ” (thường do Word hoặc điện thoại tự đổi) không phải dấu nháy của YAML; hãy gõ lại bằng dấu nháy thẳng ".
          23 │       phone: “0934.336.639”
             │              ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a forgotten "- " before a new list item: one message, with the likely fix', () => {
    expect(file('thieu-gach-muc-moi.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/thieu-gach-muc-moi.yaml:24:7 (dòng 24, cột 7)
        Trường: hotlines.contacts[0].honorific (Danh xưng của người trực thứ 1)
        Lỗi: Các trường "honorific", "name", "post", "phone" được viết hai lần trong cùng một mục (lần đầu từ dòng 20). Nếu đây là một mục mới của danh sách, hãy thêm dấu "- " trước trường đầu tiên của mục đó (thẳng hàng với dấu "- " ở trên). Nếu không, hãy xóa các dòng thừa.
          24 │       honorific: Bà
             │       ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('empty texts in a translation', () => {
    expect(file('ban-dich-de-trong.yaml')).toMatchInlineSnapshot(`
      "Có 3 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/ban-dich-de-trong.yaml:70:14 (dòng 70, cột 14)
        Trường: translations.en.subject (Trích yếu nội dung, bản dịch tiếng Anh)
        Lỗi: Không được để trống. Hãy viết nội dung ngay sau dấu hai chấm.
          70 │     subject: ""
             │              ^

      ✗ tests/fixtures/invalid/ban-dich-de-trong.yaml:80:11 (dòng 80, cột 11)
        Trường: translations.en.hotlines.contacts[1].post (Chức vụ đã dịch của mục chức vụ thứ 2, bản dịch tiếng Anh)
        Lỗi: Trường "post" (Chức vụ đã dịch) đang để trống. Hãy viết nội dung ngay sau "post: ". Ví dụ: Chief of Office of the Department of Foreign Affairs
          80 │           post:
             │           ^

      ✗ tests/fixtures/invalid/ban-dich-de-trong.yaml:103:8 (dòng 103, cột 8)
        Trường: translations.en.recipients[1] (Nơi nhận thứ 2, bản dịch tiếng Anh)
        Lỗi: Mục thứ 2 của danh sách đang để trống. Hãy viết nội dung ngay sau dấu "- ", hoặc xóa dòng này.
          103 │       -
              │        ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a translation without "reviewed" and without its closing sentence', () => {
    expect(file('ban-dich-thieu-truong.yaml')).toMatchInlineSnapshot(`
      "Có 2 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/ban-dich-thieu-truong.yaml:64:3 (dòng 64, cột 3)
        Trường: translations.en.reviewed (Sở đã duyệt bản dịch, bản dịch tiếng Anh)
        Lỗi: Thiếu trường bắt buộc "reviewed" (Sở đã duyệt bản dịch). Hãy thêm một dòng "reviewed: …" trong bản dịch tiếng Anh. true khi Sở đã duyệt bản dịch; false khi chưa. Khi chưa duyệt, trang web nói rõ điều đó với người đọc.
          64 │   en:
             │   ^

      ✗ tests/fixtures/invalid/ban-dich-thieu-truong.yaml:64:3 (dòng 64, cột 3)
        Trường: translations.en.closing (Câu kết, bản dịch tiếng Anh)
        Lỗi: Thiếu trường bắt buộc "closing" (Câu kết). Hãy thêm một dòng "closing: …" trong bản dịch tiếng Anh.
          64 │   en:
             │   ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a phone number or a name in a translation is refused: they come from the original; a misspelt key gets a suggestion', () => {
    expect(file('ban-dich-truong-la.yaml')).toMatchInlineSnapshot(`
      "Có 3 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/ban-dich-truong-la.yaml:70:5 (dòng 70, cột 5)
        Trường: translations.en.sujbect (trường lạ trong bản dịch tiếng Anh)
        Lỗi: Trường "sujbect" không có trong mẫu thông báo. Có phải ý bạn là "subject" (Trích yếu nội dung, bản dịch tiếng Anh)? Hãy sửa tên trường cho đúng.
          70 │     sujbect: Trial hotline schedule
             │     ^

      ✗ tests/fixtures/invalid/ban-dich-truong-la.yaml:79:11 (dòng 79, cột 11)
        Trường: translations.en.hotlines.contacts[0].phone (trường lạ trong mục chức vụ thứ 1, bản dịch tiếng Anh)
        Lỗi: Trường "phone" (Số điện thoại) không dịch: trang web luôn lấy nó từ bản gốc tiếng Việt, nên bản dịch không thể ghi khác (số điện thoại, địa chỉ web, ngày tháng, số hiệu, họ tên, danh xưng…). Hãy xóa dòng này khỏi bản dịch.
          79 │           phone: "0934.336.639"
             │           ^

      ✗ tests/fixtures/invalid/ban-dich-truong-la.yaml:107:7 (dòng 107, cột 7)
        Trường: translations.en.signer.name (trường lạ trong người ký, bản dịch tiếng Anh)
        Lỗi: Trường "name" (Họ và tên người ký) không dịch: trang web luôn lấy nó từ bản gốc tiếng Việt, nên bản dịch không thể ghi khác (số điện thoại, địa chỉ web, ngày tháng, số hiệu, họ tên, danh xưng…). Hãy xóa dòng này khỏi bản dịch.
          107 │       name: Tran Van Ky
              │       ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a language code written wrong, and Vietnamese as a translation', () => {
    expect(file('ban-dich-ma-ngon-ngu-sai.yaml')).toMatchInlineSnapshot(`
      "Có 2 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/ban-dich-ma-ngon-ngu-sai.yaml:64:3 (dòng 64, cột 3)
        Trường: translations.English (Bản dịch "English")
        Lỗi: Mã ngôn ngữ viết bằng chữ thường theo ISO 639-1, ví dụ en (tiếng Anh), ko (tiếng Hàn), ja (tiếng Nhật), zh (tiếng Trung).
          64 │   English:
             │   ^

      ✗ tests/fixtures/invalid/ban-dich-ma-ngon-ngu-sai.yaml:106:3 (dòng 106, cột 3)
        Trường: translations.vi (Bản dịch tiếng Việt)
        Lỗi: Tiếng Việt là bản gốc, không phải bản dịch. Hãy xóa mục "vi" này; bản dịch chỉ dành cho ngôn ngữ khác.
          106 │   vi:
              │   ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a translation into a language the site does not offer', () => {
    expect(file('ban-dich-ngon-ngu-chua-co.yaml')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/ban-dich-ngon-ngu-chua-co.yaml:64:3 (dòng 64, cột 3)
        Trường: translations.ja (Bản dịch tiếng Nhật)
        Lỗi: Trang web chưa có tiếng Nhật (ja): ngôn ngữ này không có trong content/site.yaml. Hãy thêm mục translations.ja vào content/site.yaml (tên trang web bằng ngôn ngữ đó), hoặc xóa bản dịch này.
          64 │   ja:
             │   ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('replaces: a name with .yaml, one that cannot be a file name, one written twice', () => {
    expect(file('thay-the-sai-cach-ghi.yaml')).toMatchInlineSnapshot(`
      "Có 3 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/thay-the-sai-cach-ghi.yaml:16:5 (dòng 16, cột 5)
        Trường: replaces[0] (Tên tệp của thông báo được thay thế thứ 1)
        Lỗi: Chỉ ghi tên tệp, không có phần đuôi .yaml, ví dụ duong-day-nong-2026-01.
          16 │   - duong-day-nong-2026-01.yaml
             │     ^

      ✗ tests/fixtures/invalid/thay-the-sai-cach-ghi.yaml:17:5 (dòng 17, cột 5)
        Trường: replaces[1] (Tên tệp của thông báo được thay thế thứ 2)
        Lỗi: Tên tệp chỉ có chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ duong-day-nong-2026-01. Hãy chép đúng tên tệp của thông báo cũ (không có .yaml).
          17 │   - Duong day nong 2026-02
             │     ^

      ✗ tests/fixtures/invalid/thay-the-sai-cach-ghi.yaml:19:5 (dòng 19, cột 5)
        Trường: replaces[3] (Tên tệp của thông báo được thay thế thứ 4)
        Lỗi: Tên "duong-day-nong-2026-03" đã có ở mục thứ 3 của danh sách này. Hãy xóa dòng thừa.
          19 │   - duong-day-nong-2026-03
             │     ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a file over the size limit is refused before it is parsed', () => {
    const bytes = new TextEncoder().encode(`subject: ${'Rất dài. '.repeat(MAX_FILE_BYTES / 8)}\n`);
    expect(messagesForBytes('qua-lon.yaml', bytes)).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/qua-lon.yaml
        Lỗi: Tệp quá lớn (385 KB); một thông báo chỉ khoảng 5 KB, tối đa 256 KB. Hãy kiểm tra xem có dán nhầm nội dung khác vào tệp không.

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a field of megabytes is refused by the size limit too', () => {
    const bytes = new TextEncoder().encode(`subject: ${'x'.repeat(4 * 1024 * 1024)}\n`);
    expect(messagesForBytes('mot-truong-4mb.yaml', bytes)).toMatch(/^Có 1 lỗi .*\n\n✗ tests\/fixtures\/invalid\/mot-truong-4mb\.yaml\n  Lỗi: Tệp quá lớn \(4 MB\)/);
  });

  it('the original written wrong: a Windows path, and a hash one digit short (before the PDF is even read)', () => {
    expect(file('ban-goc-ghi-sai.yaml')).toMatchInlineSnapshot(`
      "Có 2 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid/ban-goc-ghi-sai.yaml:48:9 (dòng 48, cột 9)
        Trường: original.file (Tệp PDF bản gốc)
        Lỗi: Dùng dấu "/" để ngăn thư mục, không dùng dấu "\\" (ví dụ ban-goc/15-TB-NV.signed.pdf).
          48 │   file: ..\\ban-goc\\15-TB-NV.signed.pdf
             │         ^

      ✗ tests/fixtures/invalid/ban-goc-ghi-sai.yaml:49:11 (dòng 49, cột 11)
        Trường: original.sha256 (Mã SHA-256 của tệp bản gốc)
        Lỗi: Mã SHA-256 phải gồm đúng 64 ký tự 0–9, a–f, không có dấu cách. Cách tính trên Windows: certutil -hashfile <tệp>.pdf SHA256; trên macOS: shasum -a 256 <tệp>.pdf (docs/huong-dan-bien-tap.md).
          49 │   sha256: 4fa8cdc271b8b65082fa8122e4895cc912a7a9d9976348753390fbd23c828a3
             │           ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('covers every file of the corpus, and names none that is missing', () => {
    expect(invalidFixtures().filter((f) => !named.has(f))).toEqual([]);
    expect([...named].filter((f) => !invalidFixtures().includes(f))).toEqual([]);
  });
});
