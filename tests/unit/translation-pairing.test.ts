/**
 * A translation behind its original (issue 20): the official notice is the Vietnamese one,
 * so a person added, removed or moved, a paragraph more, a section the translation lacks,
 * never blocks a save. What cannot be paired safely is shown in Vietnamese, marked lang="vi"
 * with "(not yet translated)", and staff are warned in Vietnamese, naming the person or field.
 * People are paired with their translated posts by the Vietnamese post (`of`), never by
 * position: removing the second of three people must not give the third the second's post.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Notice, translationWarnings } from '../../src/schema/notice.ts';
import { buildNoticeView } from '../../src/model/notice.ts';
import { documentHtml } from '../../src/components/document-html.ts';
import { contactVCard } from '../../src/outputs/vcard.ts';
import { translator } from '../../src/i18n/index.ts';
import { links } from '../../src/lib/urls.ts';
import { formatWarnings, validateFile } from '../../src/pipeline/validate.ts';
import type { HotlineFile } from '../../src/kinds/hotline/index.ts';
import { FIXTURES, ROOT, SITE_URL, fixtureNotice } from '../support/paths.ts';

const FIXTURE = path.join(FIXTURES, 'translation/ban-dich-hop-le.yaml');
const WARNINGS = path.join(FIXTURES, 'translation-warnings');

/** The valid translated fixture with a third person (Phó Chánh Văn phòng), translated too. */
function threePeople(): HotlineFile {
  const n = parse(readFileSync(FIXTURE, 'utf8')) as HotlineFile;
  n.hotlines.contacts.push({ honorific: 'Ông', name: 'Lê Văn Ba', post: 'Phó Chánh Văn phòng', phone: '0225.3842.689' });
  n.translations!.en!.hotlines.contacts.push({ of: 'Phó Chánh Văn phòng', post: 'Deputy Chief of Office' });
  return n;
}

const valid = (n: unknown) => Notice.parse(n) as HotlineFile;
const english = (n: HotlineFile) => buildNoticeView('thu-nghiem', n, translator('en'), links(SITE_URL, '/'), { lang: 'en' });
const posts = (n: HotlineFile) => english(n).contacts.map((c) => [c.name, c.post]);
const paths = (n: HotlineFile) => translationWarnings(n).map((w) => w.path.join('.'));

describe('people paired with their translated posts by the Vietnamese post', () => {
  it('three people, all translated: each their own post, no warning', () => {
    const n = valid(threePeople());
    expect(posts(n)).toEqual([
      ['Đỗ Văn Thử', 'Chief of Office'],
      ['Trần Thị Nghiệm', 'Officer'],
      ['Lê Văn Ba', 'Deputy Chief of Office'],
    ]);
    expect(translationWarnings(n)).toEqual([]);
    expect(english(n).untranslated).toEqual([]);
  });

  it('removing the second of three people: the third keeps its own post, and the second\'s entry is not published', () => {
    const n = threePeople();
    n.hotlines.contacts.splice(1, 1);
    const v = valid(n);
    expect(posts(v)).toEqual([
      ['Đỗ Văn Thử', 'Chief of Office'],
      ['Lê Văn Ba', 'Deputy Chief of Office'],
    ]);
    // The stale entry: a warning at its line, and its text nowhere on the English page.
    expect(translationWarnings(v)).toEqual([
      {
        path: ['translations', 'en', 'hotlines', 'contacts', 1, 'of'],
        message:
          'Mục dịch này dành cho "Chuyên viên", nhưng bản gốc không còn mục nào như vậy, nên nó không được đăng. Nếu bản gốc đã sửa chữ đó, hãy chép lại nguyên văn chữ mới vào "of"; nếu mục đó đã bỏ, hãy xóa mục dịch này.',
      },
    ]);
    expect(documentHtml(english(v).document)).not.toContain('Officer');
  });

  it('reordering the people changes nothing of who holds which post', () => {
    const n = threePeople();
    n.hotlines.contacts.reverse();
    expect(posts(valid(n))).toEqual([
      ['Lê Văn Ba', 'Deputy Chief of Office'],
      ['Trần Thị Nghiệm', 'Officer'],
      ['Đỗ Văn Thử', 'Chief of Office'],
    ]);
  });

  it('a person added without English: saved all the same, the post shown in Vietnamese, marked, and a warning naming the person', () => {
    const n = parse(readFileSync(FIXTURE, 'utf8')) as HotlineFile;
    n.hotlines.contacts.push({ honorific: 'Bà', name: 'Nguyễn Thị Thử', post: 'Chuyên viên Văn phòng Sở', phone: '0225.3842.689' });
    const r = Notice.safeParse(n);
    expect(r.success).toBe(true);
    const v = english(r.data as HotlineFile);
    expect(v.contacts.map((c) => c.post)).toEqual(['Chief of Office', 'Officer', 'Chuyên viên Văn phòng Sở']);
    expect(v.untranslated).toEqual(['Chuyên viên Văn phòng Sở']);
    const html = documentHtml(v.document);
    expect(html).toContain('Ms <span lang="vi">Nguyễn Thị Thử</span>, <span lang="vi">Chuyên viên Văn phòng Sở</span> <span class="untranslated">(not yet translated)</span>, phone');
    // Her vCard says its title is Vietnamese; the others' are English.
    expect(contactVCard(v, 2, 'https://x/3.vcf')).toContain('\r\nTITLE;LANGUAGE=vi:Chuyên viên Văn phòng Sở\r\n');
    expect(contactVCard(v, 0, 'https://x/1.vcf')).toContain('\r\nTITLE:Chief of Office\r\n');
    // The translated posts around it are not marked.
    expect(html).toContain('Đỗ Văn Thử</span>, Chief of Office, phone');
    expect(translationWarnings(r.data as HotlineFile)).toEqual([
      {
        path: ['translations', 'en', 'hotlines', 'contacts'],
        // The staff form also shows it at her own post.
        origin: ['hotlines', 'contacts', 2, 'post'],
        message:
          'Chức vụ của người trực thứ 3 (Bà Nguyễn Thị Thử, Chuyên viên Văn phòng Sở) chưa có trong bản dịch tiếng Anh (en): trang dịch hiện "Chuyên viên Văn phòng Sở" bằng tiếng Việt (ghi rõ "chưa dịch"). Hãy thêm vào bản dịch một mục với of: "Chuyên viên Văn phòng Sở" (chép nguyên văn) và bản dịch của nó.',
      },
    ]);
  });

  it('a changed post: the old entry is stale, the new post in Vietnamese until its entry is written', () => {
    const n = threePeople();
    n.hotlines.contacts[2]!.post = 'Phó Chánh Văn phòng Sở';
    const v = valid(n);
    expect(posts(v)[2]).toEqual(['Lê Văn Ba', 'Phó Chánh Văn phòng Sở']);
    expect(paths(v)).toEqual(['translations.en.hotlines.contacts.2.of', 'translations.en.hotlines.contacts']);
  });

  it('two people with the same post share its one entry', () => {
    const n = threePeople();
    n.hotlines.contacts[2]!.post = 'Chuyên viên';
    n.translations!.en!.hotlines.contacts.pop();
    const v = valid(n);
    expect(posts(v).map(([, post]) => post)).toEqual(['Chief of Office', 'Officer', 'Officer']);
    expect(translationWarnings(v)).toEqual([]);
  });
});

describe('lists of texts: taken only when they have the original\'s shape, otherwise in Vietnamese whole', () => {
  it('a recipient added to the original: no refusal, the recipients in Vietnamese on the English page, with a warning', () => {
    const n = parse(readFileSync(FIXTURE, 'utf8')) as HotlineFile;
    n.recipients.push('Sở Tư pháp');
    const v = valid(n);
    expect(english(v).document.recipients.lines.slice(0, 3)).toEqual(['Các phòng thuộc Sở;', 'Thanh tra thành phố;', 'Sở Tư pháp;']);
    expect(english(v).untranslated).toEqual(['Các phòng thuộc Sở', 'Thanh tra thành phố', 'Sở Tư pháp']);
    expect(translationWarnings(v).map((w) => w.message)).toEqual([
      'Bản dịch có 2 nơi nhận, bản gốc có 3 nơi nhận: trang bản dịch tiếng Anh (en) hiện cả danh sách này bằng tiếng Việt (ghi rõ "chưa dịch") cho đến khi bản dịch có đúng 3 mục, cùng thứ tự như bản gốc.',
    ]);
  });

  it('a responsibility with a "+" line more in the original: the responsibilities in Vietnamese, the heading translated', () => {
    const n = parse(readFileSync(FIXTURE, 'utf8')) as HotlineFile;
    n.responsibilities!.items[0]!.items!.push('Lưu hồ sơ.');
    const v = english(valid(n));
    const section = documentHtml(v.document);
    expect(section).toContain('Responsibilities');
    expect(section).toContain('<span lang="vi">Lưu hồ sơ.</span> <span class="untranslated">(not yet translated)</span>');
  });
});

describe('the opening paragraphs', () => {
  it('one paragraph fewer in the translation: both of the original\'s shown in Vietnamese, marked; the cited documents untouched', () => {
    const n = valid(parse(readFileSync(path.join(WARNINGS, 'ban-dich-so-doan-khac.yaml'), 'utf8')));
    const v = english(n);
    const paragraphs = v.document.body.slice(0, 2).map((b) => (b.type === 'paragraph' ? b.content.join('') : ''));
    expect(paragraphs).toEqual(n.opening.map((p) => p.text));
    expect(v.untranslated).toEqual(n.opening.map((p) => p.text));
    expect(v.localized.opening[0]!.cites).toEqual(n.opening[0]!.cites);
  });
});

describe('npm run validate on translations behind their original', () => {
  const cases = readdirSync(WARNINGS).filter((f) => f.endsWith('.yaml')).sort();
  it.each(cases)('%s is valid, with warnings at the translation\'s lines', (name) => {
    const r = validateFile(path.relative(ROOT, path.join(WARNINGS, name)), { languages: ['en'] });
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.length).toBeGreaterThan(0);
    for (const w of r.warnings) {
      expect(w.line, w.message).toBeGreaterThan(0);
      expect(w.path.slice(0, 2)).toEqual(['translations', 'en']);
    }
  });

  it('the warnings as staff read them', () => {
    const out = (name: string) => {
      const r = validateFile(path.relative(ROOT, path.join(WARNINGS, name)), { languages: ['en'] });
      return r.ok ? formatWarnings(r.warnings) : 'refused';
    };
    expect(out('ban-dich-so-nguoi-truc-khac.yaml')).toMatchInlineSnapshot(`
      "Có 1 cảnh báo (trang web vẫn được dựng, nhưng nên sửa):

      ⚠ tests/fixtures/translation-warnings/ban-dich-so-nguoi-truc-khac.yaml:81:11 (dòng 81, cột 11)
        Trường: translations.en.hotlines.contacts[2].of (Chức vụ tiếng Việt của mục chức vụ thứ 3, bản dịch tiếng Anh)
        Cảnh báo: Mục dịch này dành cho "Phó Chánh Văn phòng", nhưng bản gốc không còn mục nào như vậy, nên nó không được đăng. Nếu bản gốc đã sửa chữ đó, hãy chép lại nguyên văn chữ mới vào "of"; nếu mục đó đã bỏ, hãy xóa mục dịch này.
          81 │         - of: Phó Chánh Văn phòng
             │           ^
      "
    `);
    expect(out('ban-dich-khac-muc.yaml')).toMatchInlineSnapshot(`
      "Có 2 cảnh báo (trang web vẫn được dựng, nhưng nên sửa):

      ⚠ tests/fixtures/translation-warnings/ban-dich-khac-muc.yaml:66:3 (dòng 66, cột 3)
        Trường: translations.en.facebook (Mục trang Facebook, bản dịch tiếng Anh)
        Cảnh báo: Bản gốc có mục trang Facebook mà bản dịch tiếng Anh (en) chưa có: trang dịch hiện phần này bằng tiếng Việt (ghi rõ "chưa dịch"). Hãy thêm "facebook:" vào bản dịch với các trường heading, managedBy.
          66 │   en:
             │   ^

      ⚠ tests/fixtures/translation-warnings/ban-dich-khac-muc.yaml:103:5 (dòng 103, cột 5)
        Trường: translations.en.signer (Người ký, bản dịch tiếng Anh)
        Cảnh báo: Bản gốc ký thay, ký thừa lệnh… (có "onBehalfOf") mà bản dịch tiếng Anh (en) chưa có: trang dịch hiện chức vụ người đứng đầu bằng tiếng Việt. Hãy thêm "onBehalfOf:" với chức vụ đã dịch.
          103 │     signer:
              │     ^
      "
    `);
    expect(out('ban-dich-thieu-so-hieu.yaml')).toMatchInlineSnapshot(`
      "Có 1 cảnh báo (trang web vẫn được dựng, nhưng nên sửa):

      ⚠ tests/fixtures/translation-warnings/ban-dich-thieu-so-hieu.yaml:72:9 (dòng 72, cột 9)
        Trường: translations.en.opening[0].text (Nội dung đoạn văn của đoạn mở đầu thứ 1, bản dịch tiếng Anh)
        Cảnh báo: Đoạn dịch thiếu số hiệu "1413/QĐ-UBND" mà đoạn gốc viện dẫn, nên trang dịch hiện các đoạn mở đầu bằng tiếng Việt. Số hiệu văn bản không dịch: hãy chép nguyên "1413/QĐ-UBND" vào đoạn dịch.
          72 │       - text: In implementation of Decision No. 1314/QĐ-UBND dated 10 April 2026 of the City People'…
             │         ^
      "
    `);
  });
});

describe('a reception schedule: numbers to register keyed by their Vietnamese "who", rules counted', () => {
  const file = fixtureNotice('thu-nghiem-lich-tiep-cong-dan-2026');
  type Reception = { registration: { phones: { who: string; phone: string }[] }; rules: { items: string[] } };
  const load = () => parse(readFileSync(file, 'utf8')) as Reception & HotlineFile;
  const view = (n: unknown) => buildNoticeView('lich', Notice.parse(n), translator('en'), links(SITE_URL, '/'), { lang: 'en' });

  it('a number put before the translated one: each keeps its own "who", the new one in Vietnamese', () => {
    const n = load();
    n.registration.phones.unshift({ who: 'Thanh tra Sở', phone: '0225.3842.691' });
    const v = view(n);
    expect(v.localized.kind === 'reception' && (v.localized as unknown as Reception).registration.phones.map((p) => [p.who, p.phone])).toEqual([
      ['Thanh tra Sở', '0225.3842.691'],
      ['Office of the Department', '0225.3842.690'],
    ]);
    expect(v.untranslated).toEqual(['Thanh tra Sở']);
    expect(paths(Notice.parse(n) as HotlineFile)).toEqual(['translations.en.registration.phones']);
  });

  it('a rule added to the original: the rules in Vietnamese on the English page, with a warning', () => {
    const n = load();
    n.rules.items.push('Không mang theo vật dụng nguy hiểm.');
    const v = view(n);
    expect((v.localized as unknown as Reception).rules.items).toEqual(n.rules.items);
    expect(v.untranslated).toEqual(n.rules.items);
    expect(paths(Notice.parse(n) as HotlineFile)).toEqual(['translations.en.rules.items']);
  });
});
