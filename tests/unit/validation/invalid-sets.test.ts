/**
 * The corpus of mistakes across files (tests/fixtures/invalid-sets/<case>/): each folder
 * is a set of notices, each valid on its own, that together leave residents unsure which
 * notice is in force. For each, the exact messages staff read, as `npm run validate` prints
 * them for that folder: at the line of the `replaces` entry, naming the other file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblems, noticeFiles, validateAll, validateSource } from '../../../src/pipeline/validate.ts';
import { CHAIN, chainFile } from '../../support/chain.ts';
import { FIXTURES, ROOT } from '../../support/paths.ts';

const SETS = path.join(FIXTURES, 'invalid-sets');
const folder = (name: string) => path.relative(ROOT, path.join(SETS, name));
/** The messages for one case's folder, validated together. */
function set(name: string): string {
  const { problems } = validateAll(noticeFiles(folder(name)));
  if (!problems.length) throw new Error(`${name} was accepted`);
  return formatProblems(problems);
}
const named = new Set([...readFileSync(fileURLToPath(import.meta.url), 'utf8').matchAll(/\bset\('([^']+)'\)/g)].map((m) => m[1]!));

describe('each mistake across files is refused at the replaces entry, naming both files', () => {
  it('a name that matches no notice: suggests the nearest file', () => {
    expect(set('ten-khong-co')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid-sets/ten-khong-co/thong-bao-moi-2026-03.yaml:16:5 (dòng 16, cột 5)
        Trường: replaces[0] (Tên tệp của thông báo được thay thế thứ 1)
        Lỗi: Không có thông báo nào tên "thong-bao-cu-2026-02" (trong tests/fixtures/invalid-sets/ten-khong-co không có tệp thong-bao-cu-2026-02.yaml). Có phải ý bạn là "thong-bao-cu-2026-01" (tệp thong-bao-cu-2026-01.yaml)? Hãy chép đúng tên tệp của thông báo được thay thế, không có phần đuôi .yaml.
          16 │   - thong-bao-cu-2026-02
             │     ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a notice that replaces itself', () => {
    expect(set('tu-thay-the')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid-sets/tu-thay-the/thong-bao-2026-03.yaml:16:5 (dòng 16, cột 5)
        Trường: replaces[0] (Tên tệp của thông báo được thay thế thứ 1)
        Lỗi: Thông báo không thể thay thế chính nó: "thong-bao-2026-03" là tên của chính tệp này. Hãy ghi tên tệp của thông báo cũ, hoặc xóa dòng này.
          16 │   - thong-bao-2026-03
             │     ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a notice that replaces itself is refused by its own file, as the staff form (which sees that file alone) validates it', () => {
    const file = path.join(FIXTURES, 'invalid-sets', 'tu-thay-the', 'thong-bao-2026-03.yaml');
    const r = validateSource(file, readFileSync(file));
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems.map((p) => [p.line, p.col, p.path, p.message])).toEqual([
      [16, 5, ['replaces', 0], 'Thông báo không thể thay thế chính nó: "thong-bao-2026-03" là tên của chính tệp này. Hãy ghi tên tệp của thông báo cũ, hoặc xóa dòng này.'],
    ]);
  });

  it('a cycle: each notice in it is told the whole cycle', () => {
    expect(set('vong-tron')).toMatchInlineSnapshot(`
      "Có 3 lỗi trong 3 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid-sets/vong-tron/thong-bao-a.yaml:16:5 (dòng 16, cột 5)
        Trường: replaces[0] (Tên tệp của thông báo được thay thế thứ 1)
        Lỗi: Các thông báo thay thế nhau thành vòng tròn: thong-bao-a.yaml thay thế thong-bao-b.yaml, thong-bao-b.yaml thay thế thong-bao-c.yaml, thong-bao-c.yaml thay thế thong-bao-a.yaml. Như vậy không thông báo nào còn hiệu lực. Chỉ thông báo mới hơn thay thế thông báo cũ hơn: hãy xóa tên ở dòng này, hoặc ở tệp có thông báo mới hơn.
          16 │   - thong-bao-b
             │     ^

      ✗ tests/fixtures/invalid-sets/vong-tron/thong-bao-b.yaml:16:5 (dòng 16, cột 5)
        Trường: replaces[0] (Tên tệp của thông báo được thay thế thứ 1)
        Lỗi: Các thông báo thay thế nhau thành vòng tròn: thong-bao-b.yaml thay thế thong-bao-c.yaml, thong-bao-c.yaml thay thế thong-bao-a.yaml, thong-bao-a.yaml thay thế thong-bao-b.yaml. Như vậy không thông báo nào còn hiệu lực. Chỉ thông báo mới hơn thay thế thông báo cũ hơn: hãy xóa tên ở dòng này, hoặc ở tệp có thông báo mới hơn.
          16 │   - thong-bao-c
             │     ^

      ✗ tests/fixtures/invalid-sets/vong-tron/thong-bao-c.yaml:16:5 (dòng 16, cột 5)
        Trường: replaces[0] (Tên tệp của thông báo được thay thế thứ 1)
        Lỗi: Các thông báo thay thế nhau thành vòng tròn: thong-bao-c.yaml thay thế thong-bao-a.yaml, thong-bao-a.yaml thay thế thong-bao-b.yaml, thong-bao-b.yaml thay thế thong-bao-c.yaml. Như vậy không thông báo nào còn hiệu lực. Chỉ thông báo mới hơn thay thế thông báo cũ hơn: hãy xóa tên ở dòng này, hoặc ở tệp có thông báo mới hơn.
          16 │   - thong-bao-a
             │     ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('replacing a draft, which never took effect', () => {
    expect(set('thay-the-ban-du-thao')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid-sets/thay-the-ban-du-thao/thong-bao-2026-03.yaml:16:5 (dòng 16, cột 5)
        Trường: replaces[0] (Tên tệp của thông báo được thay thế thứ 1)
        Lỗi: Không thể thay thế du-thao-2026-02.yaml: đó là bản dự thảo (chưa có đủ số và ngày ký), chưa từng có hiệu lực. Chỉ thông báo đã ban hành mới bị thay thế. Nếu bản dự thảo đó không dùng nữa, hãy xóa tệp du-thao-2026-02.yaml; nếu không, hãy xóa dòng này.
          16 │   - du-thao-2026-02
             │     ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it("replacing another body's notice", () => {
    expect(set('khac-co-quan')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid-sets/khac-co-quan/thong-bao-2026-03.yaml:16:5 (dòng 16, cột 5)
        Trường: replaces[0] (Tên tệp của thông báo được thay thế thứ 1)
        Lỗi: so-du-lich-2026-01.yaml là thông báo của Sở Du lịch thành phố Hải Phòng, còn thông báo này của Sở Ngoại vụ thành phố Hải Phòng: một cơ quan chỉ thay thế thông báo của chính mình. Hãy kiểm tra lại tên ở dòng này, hoặc trường "issuer.fullName" của hai tệp.
          16 │   - so-du-lich-2026-01
             │     ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('a replacement dated before the notice it replaces', () => {
    expect(set('ngay-truoc')).toMatchInlineSnapshot(`
      "Có 1 lỗi trong 1 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid-sets/ngay-truoc/thong-bao-thay-the.yaml:16:5 (dòng 16, cột 5)
        Trường: replaces[0] (Tên tệp của thông báo được thay thế thứ 1)
        Lỗi: Thông báo này đề ngày 28/02/2026, trước ngày của thông báo mà nó thay thế (thong-bao-2026-03.yaml, ngày 10/03/2026). Thông báo thay thế phải ra cùng ngày hoặc sau thông báo cũ. Hãy kiểm tra lại ngày của hai tệp, hoặc tên ở dòng này.
          16 │   - thong-bao-2026-03
             │     ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('one notice named by two (an issued notice and a draft): both are told', () => {
    expect(set('hai-noi-thay-the')).toMatchInlineSnapshot(`
      "Có 2 lỗi trong 2 tệp thông báo. Hãy sửa từng lỗi dưới đây rồi kiểm tra lại (npm run validate).

      ✗ tests/fixtures/invalid-sets/hai-noi-thay-the/du-thao-2026-06.yaml:16:5 (dòng 16, cột 5)
        Trường: replaces[0] (Tên tệp của thông báo được thay thế thứ 1)
        Lỗi: thong-bao-2026-01.yaml cũng được thong-bao-2026-03.yaml (dòng 16) ghi là thay thế. Mỗi thông báo chỉ được một thông báo khác thay thế, nếu không người dân không biết thông báo nào đang có hiệu lực. Hãy giữ tên "thong-bao-2026-01" ở một tệp và xóa ở tệp còn lại; một bản dự thảo mới thì ghi tên thông báo mới nhất.
          16 │   - thong-bao-2026-01
             │     ^

      ✗ tests/fixtures/invalid-sets/hai-noi-thay-the/thong-bao-2026-03.yaml:16:5 (dòng 16, cột 5)
        Trường: replaces[0] (Tên tệp của thông báo được thay thế thứ 1)
        Lỗi: thong-bao-2026-01.yaml cũng được du-thao-2026-06.yaml (dòng 16) ghi là thay thế. Mỗi thông báo chỉ được một thông báo khác thay thế, nếu không người dân không biết thông báo nào đang có hiệu lực. Hãy giữ tên "thong-bao-2026-01" ở một tệp và xóa ở tệp còn lại; một bản dự thảo mới thì ghi tên thông báo mới nhất.
          16 │   - thong-bao-2026-01
             │     ^

      Cách đọc và sửa lỗi: docs/huong-dan-bien-tap.md"
    `);
  });

  it('covers every case of the corpus, and names none that is missing', () => {
    const cases = readdirSync(SETS).sort();
    expect(cases.filter((c) => !named.has(c))).toEqual([]);
    expect([...named].filter((c) => !cases.includes(c))).toEqual([]);
  });
});

describe('the same checks wherever notices are validated', () => {
  it('npm run validate <file> checks it against the notices beside it: a valid name is not refused', () => {
    const dir = folder('hai-noi-thay-the');
    const files = noticeFiles(dir);
    const one = files.find((f) => f.endsWith('thong-bao-2026-03.yaml'))!;
    // Alone, its name matches no notice; with its folder as context, the real mistake shows.
    expect(validateAll([one]).problems.map((p) => p.message)).toEqual([expect.stringMatching(/^Không có thông báo nào tên "thong-bao-2026-01"/)]);
    // Both sides of the mistake are shown: the given file's, and the draft's that names the same notice.
    const draft = files.find((f) => f.endsWith('du-thao-2026-06.yaml'))!;
    expect(validateAll([one], files).problems.map((p) => [p.file, p.line, p.related])).toEqual([
      [one, 16, [draft]],
      [draft, 16, [one]],
    ]);
    // A file of the folder that has nothing to do with the given one is not reported.
    const unrelated = noticeFiles(folder('vong-tron'));
    expect(validateAll([one], [...files, ...unrelated]).problems).toHaveLength(2);
  });

  it('the fixture chain (issued, its replacement, a draft naming that) is accepted', () => {
    const chain = Object.values(CHAIN).map(chainFile);
    expect(chain).toHaveLength(3);
    expect(validateAll(chain).problems).toEqual([]);
  });
});
