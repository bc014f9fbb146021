/**
 * The YAML writer (src/yaml-format/): updates that change only what the data changes,
 * one canonical style for everything written, and `npm run format`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { LINE_WIDTH, UnsupportedYamlError, YamlSyntaxError, formatNotice, formatYaml, newNoticeYaml, newYaml, updateNoticeYaml } from '../../src/yaml-format/index.ts';
import { readSource } from '../../src/yaml-format/source.ts';
import { normalizeStrings, validateSource } from '../../src/pipeline/validate.ts';
import { FIXTURES, FIXTURE_NOTICE_FILES, FIXTURE_NOTICES, ROOT, SEED_YAML } from '../support/paths.ts';

const seedSource = readFileSync(SEED_YAML, 'utf8');
/** The seed as staff wrapped it by hand, before `npm run format`: a real file not in the canonical style. */
const handWrapped = readFileSync(path.join(FIXTURES, 'yaml/seed-hand-wrapped.yaml'), 'utf8');
const TEMPLATE = path.join(ROOT, 'src/kinds/hotline/template.yaml');
const templateSource = readFileSync(TEMPLATE, 'utf8');
const read = (text: string) => parse(text.replace(/^\uFEFF/, ''), { version: '1.2', logLevel: 'error' });
/** The seed's data as a form would hand it over, after `change`. */
function seedWith(change: (n: Record<string, any>) => void, source = seedSource): Record<string, any> {
  const n = normalizeStrings(read(source)) as Record<string, any>;
  change(n);
  return n;
}
const update = (change: (n: Record<string, any>) => void, source = seedSource) => updateNoticeYaml(source, seedWith(change, source));

/** A line diff (longest common subsequence): the lines only `a` has and the lines only `b` has. */
function lineDiff(a: string, b: string): { removed: string[]; added: string[] } {
  const x = a.split('\n');
  const y = b.split('\n');
  const l = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) for (let j = y.length - 1; j >= 0; j--) l[i][j] = x[i] === y[j] ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) (i++, j++);
    else if (j >= y.length || (i < x.length && l[i + 1][j] >= l[i][j + 1])) removed.push(x[i++]);
    else added.push(y[j++]);
  }
  return { removed, added };
}

const comments = (text: string) => readSource(text.replace(/^\uFEFF/, '')).comments.map((c) => c.text);
const width = (line: string) => line.normalize('NFC').length;

describe('updateNoticeYaml', () => {
  it('returns the file byte for byte when the data is what it already holds', () => {
    for (const file of [SEED_YAML, ...FIXTURE_NOTICE_FILES]) {
      const source = readFileSync(file, 'utf8');
      // Normalised to NFC, as the site's loader hands data over: decomposed text stays as written.
      expect(updateNoticeYaml(source, normalizeStrings(read(source))), file).toBe(source);
    }
  });

  it('keeps a key written with no value, with or without a comment, when the form hands none', () => {
    const bare = seedSource.replace(/^  sequence: .*$/m, '  sequence:');
    expect(bare).toContain('\n  sequence:\n');
    const data = seedWith((n) => delete n.number.sequence, bare);
    expect(updateNoticeYaml(bare, data)).toBe(bare);
  });

  it('changes exactly one line when one phone number changes', () => {
    const out = update((n) => (n.hotlines.contacts[0].phone = '0934.336.640'));
    const before = seedSource.split('\n');
    const after = out.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [[before[i], line]]));
    expect(changed).toEqual([['      phone: "0934.336.639"', '      phone: "0934.336.640"']]);
  });

  it('keeps every comment, quoting style and >- wrapping it does not change', () => {
    const out = update((n) => {
      n.place = 'Thành phố Hải Phòng';
      n.hours.text = 'Giờ hành chính: thứ Hai đến thứ Sáu.';
    });
    expect(lineDiff(seedSource, out)).toEqual({
      removed: ['place: Hải Phòng', '  text: Trong giờ hành chính tất cả các ngày làm việc trong tuần.'],
      added: ['place: Thành phố Hải Phòng', '  text: "Giờ hành chính: thứ Hai đến thứ Sáu."'],
    });
    expect(out.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/notice.schema.json');
  });

  it('removes an optional block with exactly its lines', () => {
    const expected = seedSource.replace(/\nfacebook:\n(?: {2}.*\n)+/, '');
    expect(expected).not.toBe(seedSource);
    expect(update((n) => delete n.facebook)).toBe(expected);
    // What a form sends for a block whose fields were all cleared.
    expect(update((n) => (n.facebook = { heading: '', name: '', url: '', managedBy: '' }))).toBe(expected);
  });

  it('writes no empty value: undefined, null, "", [] and {} add nothing', () => {
    const out = update((n) => {
      n.hotlines.contacts[0].email = '';
      n.hours.schedule = [];
      n.address.coordinates = {};
      n.signer.authority = undefined;
      n.signer.onBehalfOf = null;
      n.recipients.push('');
      n.opening[1].cites = [{ type: '', number: null }];
    });
    expect(out).toBe(seedSource);
  });

  it('removes a field emptied in the form, with its key', () => {
    const out = update((n) => (n.hotlines.contacts[1].post = ''));
    expect(lineDiff(seedSource, out)).toEqual({ removed: ['      post: Phó Trưởng phòng Lãnh sự - Người Việt Nam ở nước ngoài'], added: [] });
  });

  it("keeps the draft's empty sequence with its comment, and fills it in on that line", () => {
    for (const empty of [null, undefined, '']) expect(update((n) => (n.number.sequence = empty))).toBe(seedSource);
    expect(lineDiff(seedSource, update((n) => (n.number.sequence = 12)))).toEqual({
      removed: ['  sequence:        # để trống khi chưa vào sổ'],
      added: ['  sequence: 12     # để trống khi chưa vào sổ'],
    });
  });

  it('adds a hotline as canonical lines only, after the others, keys in schema order', () => {
    const out = update((n) =>
      n.hotlines.contacts.push({ phone: '0225.3842.689', post: 'Chuyên viên: phòng "Lãnh sự" #2', name: 'Nguyễn Văn An', honorific: 'Ông', email: '' }),
    );
    const added = ['    - honorific: Ông', '      name: Nguyễn Văn An', '      post: "Chuyên viên: phòng \\"Lãnh sự\\" #2"', '      phone: "0225.3842.689"'];
    expect(lineDiff(seedSource, out)).toEqual({ removed: [], added });
    expect(out).toContain(`      phone: "0969.661.341"\n${added.join('\n')}\n\nfacebook:`);
    expect(read(out).hotlines.contacts[2].post).toBe('Chuyên viên: phòng "Lãnh sự" #2');
  });

  it('puts new keys where the schema orders them', () => {
    const out = update((n) => {
      n.hotlines.contacts[0].email = 'vanphong@haiphong.gov.vn';
      n.address.coordinates = { lon: 106.6838, lat: 20.8651 };
      n.hours.schedule = [{ closes: '11:30', opens: '07:30', days: ['Mo', 'Tu'] }];
      n.signer = { name: n.signer.name, post: 'PHÓ GIÁM ĐỐC', onBehalfOf: 'GIÁM ĐỐC', authority: 'KT.' };
      n.translations!.en!.signer = { post: 'DEPUTY DIRECTOR', onBehalfOf: 'DIRECTOR' };
    });
    expect(out).toContain('      phone: "0934.336.639"\n      email: vanphong@haiphong.gov.vn\n    - honorific: Bà');
    expect(out).toContain('  text: Trong giờ hành chính tất cả các ngày làm việc trong tuần.\n  schedule:\n    - days:\n        - Mo\n        - Tu\n      opens: "07:30"\n      closes: "11:30"\n\naddress:');
    expect(out).toContain('Thành phố Hải Phòng.\n  coordinates:\n    lat: 20.8651\n    lon: 106.6838\n\nresponsibilities:');
    expect(out).toContain('signer:\n  authority: KT.\n  onBehalfOf: GIÁM ĐỐC\n  post: PHÓ GIÁM ĐỐC\n  name: Trần Thị Quỳnh Trang\n');
    // Inside a translation too, the keys follow the schema (its record of languages included).
    expect(out).toContain('    signer:\n      onBehalfOf: DIRECTOR\n      post: DEPUTY DIRECTOR\n');
    expect(validateSource(SEED_YAML, Buffer.from(out)).ok).toBe(true);
  });

  it('puts a new top-level section between its neighbours, with the blank lines of the layout', () => {
    const withoutFacebook = update((n) => delete n.facebook);
    const again = updateNoticeYaml(withoutFacebook, seedWith(() => {}));
    expect(again).toMatch(/"0969\.661\.341"\n\nfacebook:\n {2}heading: >-\n(?: {4}.*\n)+ {2}name: .*\n {2}url: .*\n {2}managedBy: .*\n\nhours:\n/);
    expect(read(again)).toEqual(read(seedSource));
    // A key kept with the next one (place, then date) goes right above it.
    const withoutPlace = update((n) => delete n.place);
    expect(updateNoticeYaml(withoutPlace, seedWith(() => {}))).toBe(seedSource);
  });

  it('edits a list item by item: other items keep their bytes', () => {
    const removedFirst = update((n) => n.hotlines.contacts.shift());
    expect(lineDiff(seedSource, removedFirst)).toEqual({
      removed: ['    - honorific: Ông', '      name: Đỗ Quang Minh', '      post: Chánh Văn phòng Sở Ngoại vụ', '      phone: "0934.336.639"'],
      added: [],
    });
    const recipients = update((n) => {
      n.recipients.splice(2, 1, 'Các sở, ban, ngành thành phố');
      n.recipients.splice(4, 0, 'yes');
    });
    expect(lineDiff(seedSource, recipients)).toEqual({ removed: ['  - Các sở, ban, ngành TP'], added: ['  - Các sở, ban, ngành thành phố', '  - "yes"'] });
  });

  it('refolds a changed long text, and only that text', () => {
    const out = update((n) => (n.opening[1].text = n.opening[1].text.replace('như sau:', 'cụ thể như sau:')), handWrapped);
    const { removed, added } = lineDiff(handWrapped, out);
    expect(removed).toEqual(handWrapped.split('\n').slice(38, 43));
    expect(added.every((l) => l.startsWith('      ') && width(l) <= LINE_WIDTH)).toBe(true);
    expect(read(out).opening[1].text).toBe(seedWith(() => {}).opening[1].text.replace('như sau:', 'cụ thể như sau:'));
  });

  it('keeps CRLF line ends, the byte-order mark and decomposed text of a file', () => {
    const file = path.join(FIXTURE_NOTICES, 'thu-nghiem-ky-tu-dac-biet-2026-03.yaml');
    const source = readFileSync(file, 'utf8');
    const out = update((n) => (n.hotlines.contacts[0].phone = '0225.3842.690'), source);
    expect(out.startsWith('\uFEFF')).toBe(true);
    expect(out.split('\n').slice(0, -1).every((l) => l.endsWith('\r'))).toBe(true);
    const a = source.split('\n');
    expect(out.split('\n').filter((l, i) => l !== a[i])).toEqual(['      phone: "0225.3842.690"\r']);
  });

  it('fills in the template and keeps its comments', () => {
    const out = updateNoticeYaml(templateSource, seedWith(() => {}));
    expect(read(out)).toEqual(read(seedSource));
    for (const c of comments(templateSource)) expect(out).toContain(c);
    // The commented-out "cites" of the first paragraph stay with it, before the second paragraph.
    expect(out).toMatch(/issuer: Ủy ban nhân dân thành phố Hải Phòng\n {4}# Nếu đoạn viện dẫn[^\n]*\n(?: {4}#.*\n)+ {2}- text: >-\n {6}Nhằm/);
    expect(out).toContain('  sequence:        # số thứ tự khi đã vào sổ');
    expect(out).toContain('date: "2026-05"    # ngày ban hành');
    expect(formatNotice(out)).toBe(out);
  });

  it('writes canonical files canonically: an update of a formatted file stays formatted', () => {
    const formatted = formatNotice(seedSource);
    const changes: ((n: Record<string, any>) => void)[] = [
      (n) => (n.hotlines.contacts[0].phone = '0934.336.640'),
      (n) => n.hotlines.contacts.push({ honorific: 'Bà', name: 'Lê Thị Hoa', post: 'Chuyên viên', phone: '1022' }),
      (n) => delete n.facebook,
      (n) => (n.opening[0].text = `${n.opening[0].text} Bổ sung: “mới” # không phải chú thích.`),
      (n) => (n.address.coordinates = { lat: 20.86, lon: 106.68 }),
      (n) => (n.responsibilities.items[0].items = ['Một việc.', 'Hai việc: rất dài '.repeat(12).trim()]),
      (n) => (n.number.sequence = 7),
      (n) => (n.date = '2026-05-15'),
    ];
    for (const change of changes) {
      const out = update(change, formatted);
      expect(formatNotice(out)).toBe(out);
    }
  });

  it('never writes block text where a comment line below would become part of it', () => {
    const long = 'Văn bản dài '.repeat(12).trim();
    // A comment indented under an empty key: `>-` text there would take the comment in.
    const out = updateNoticeYaml('hours:\n  text:\n      # ghi chú sâu\nplace: x\n', { hours: { text: long }, place: 'x' });
    expect(read(out)).toEqual({ hours: { text: long }, place: 'x' });
    expect(out).toContain('      # ghi chú sâu\n');
    // A file indented by 4 with the template's comments (as another tool may write it).
    const template4 = parseDocument(templateSource).toString({ indent: 4 });
    const filled = updateNoticeYaml(template4, seedWith(() => {}));
    expect(read(filled)).toEqual(read(seedSource));
    expect(comments(filled).sort()).toEqual(expect.arrayContaining(comments(template4).sort()));
  });

  it('removes the comment lines indented under a removed entry with it', () => {
    const source = 'opening:\n  - text: Một\n    # bỏ dấu # để viện dẫn:\n    # cites:\n  - text: Hai\nplace: x\n';
    expect(updateNoticeYaml(source, { opening: [{ text: 'Hai' }], place: 'x' })).toBe('opening:\n  - text: Hai\nplace: x\n');
  });

  it('refuses a file that is not valid YAML', () => {
    expect(() => updateNoticeYaml('issuer: "không đóng\nplace: x\n', {})).toThrow(YamlSyntaxError);
  });

  it('survives random form edits of every kind of file: the result holds the data, a canonical file stays canonical', () => {
    const sources = [seedSource, templateSource, parseDocument(templateSource).toString({ indent: 4 }), ...FIXTURE_NOTICE_FILES.map((f) => readFileSync(f, 'utf8'))];
    let seed = 11;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const texts = ['Hải Phòng', 'Địa chỉ: số 1', '#2', 'yes', '12', '“Công sở”', 'rất dài '.repeat(20).trim(), '', 'hai\ndòng', ' đầu cách'];
    const mutate = (v: unknown): unknown => {
      if (Array.isArray(v)) {
        const a = v.map((x) => (rnd(4) ? x : mutate(x)));
        const op = rnd(6);
        if (op === 0 && a.length) a.splice(rnd(a.length), 1);
        if (op === 1) a.splice(rnd(a.length + 1), 0, structuredClone(a[rnd(a.length)] ?? 'mới'));
        if (op === 2) a.reverse();
        return a;
      }
      if (v && typeof v === 'object') {
        const o: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) if (rnd(10)) o[k] = rnd(10) < 3 ? mutate(x) : x;
        if (rnd(8) === 0) o.extra = texts[rnd(texts.length)];
        return o;
      }
      if (typeof v === 'string') return rnd(3) ? v : texts[rnd(texts.length)];
      return v === null && rnd(2) ? 5 : v;
    };
    for (let i = 0; i < 100; i++) {
      const source = sources[rnd(sources.length)];
      const canonical = rnd(2) === 1;
      const base = canonical ? formatNotice(source) : source;
      const data = mutate(read(base));
      const out = updateNoticeYaml(base, data); // throws if the result would not hold the data
      if (canonical) expect(formatNotice(out)).toBe(out);
    }
  });
});

describe('the yaml library', () => {
  // Why update.ts splices the source and canonical.ts lays out collections itself: printing
  // a parsed Document rewrites what nobody changed. If this ever fails, the library keeps
  // more of the source and these modules could lean on it further.
  it('reprints untouched >- text and comment spacing when a parsed Document is printed', () => {
    const printed = parseDocument(handWrapped).toString({ lineWidth: LINE_WIDTH });
    const { removed } = lineDiff(handWrapped, printed);
    expect(removed).toContain('  sequence:        # để trống khi chưa vào sổ');
    expect(removed).toContain('  kiến nghị, khiếu nại, tố cáo của tổ chức, cá nhân, doanh nghiệp');
  });

  it('moves comments to another node when a parsed Document is printed', () => {
    const printed = parseDocument(templateSource).toString();
    expect(printed).not.toContain('opening:           # các đoạn mở đầu');
    expect(printed).toContain('        # Mục trang Facebook'); // a column-0 comment, now indented under `phone:`
  });
});

describe('formatNotice', () => {
  const files = [
    SEED_YAML,
    TEMPLATE,
    ...FIXTURE_NOTICE_FILES,
    ...readdirSync(path.join(FIXTURES, 'invalid')).map((f) => path.join(FIXTURES, 'invalid', f)),
  ];

  it('keeps the data and every comment, and is idempotent (notices, fixtures, template, invalid corpus)', () => {
    let formatted = 0;
    for (const file of files) {
      const bytes = readFileSync(file);
      let source: string;
      try {
        source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        continue; // not UTF-8: the script reports it
      }
      let out: string;
      try {
        out = formatNotice(source);
      } catch (e) {
        // Only files that are not YAML, or hold an alias, may be refused.
        expect(e instanceof YamlSyntaxError || e instanceof UnsupportedYamlError, `${file}: ${e}`).toBe(true);
        continue;
      }
      formatted++;
      expect(read(out), file).toEqual(read(source));
      expect(comments(out), file).toEqual(comments(source));
      expect(formatNotice(out), file).toBe(out);
      if (/^\uFEFF?# yaml-language-server/.test(source)) expect(out.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/);
    }
    expect(formatted).toBeGreaterThan(20);
  });

  it('leaves the template as it is: it is written in the canonical style', () => {
    expect(formatNotice(templateSource)).toBe(templateSource);
  });

  it('leaves the seed as it is: it is in the canonical style (CI checks it: npm run format -- --check)', () => {
    expect(formatNotice(seedSource)).toBe(seedSource);
  });

  it('changes a hand-wrapped file only in the quoting of its date and the wrapping of its long texts', () => {
    const out = formatNotice(handWrapped);
    expect(read(out)).toEqual(read(handWrapped));
    const { removed, added } = lineDiff(handWrapped, out);
    const wrapped = (l: string) => /^ {2,}[^\s#-]/.test(l) && !/^\s*[A-Za-z]+:( |$)/.test(l);
    expect(removed.filter((l) => !wrapped(l))).toEqual(['date: 2026-05      # chưa có ngày: chỉ ghi năm và tháng']);
    expect(added.filter((l) => !wrapped(l))).toEqual(['date: "2026-05"    # chưa có ngày: chỉ ghi năm và tháng']);
  });

  it('keeps lines within the line width, except comments', () => {
    for (const file of [SEED_YAML, ...FIXTURE_NOTICE_FILES]) {
      const long = formatNotice(readFileSync(file, 'utf8')).split('\n').filter((l) => width(l) > LINE_WIDTH && !l.trimStart().startsWith('#'));
      expect(long, file).toEqual([]);
    }
  });

  it('writes flow lists as block lists and drops quotes that are not needed', () => {
    const out = formatNotice('hours:\n  schedule:\n    - days: [Mo, Tu]\n      opens: "07:30"\n  text: "Giờ hành chính"\n');
    expect(out).toBe('hours:\n  schedule:\n    - days:\n        - Mo\n        - Tu\n      opens: "07:30"\n  text: Giờ hành chính\n');
  });

  it('puts one blank line between top-level sections, none elsewhere, and keeps comment blocks', () => {
    const source = [
      '# đầu tệp',
      'issuer:',
      '  name: A',
      '',
      '',
      '  fullName: B',
      'place: Hải Phòng',
      '',
      'date: 2026-05',
      '# chú thích của mục văn bản',
      'documentType: THÔNG BÁO',
      'recipients:',
      '  - A',
      '',
      '  # nơi nhận thứ hai',
      '  - B',
      'archive: VT',
      '',
      '',
    ].join('\n');
    expect(formatNotice(source)).toBe(
      [
        '# đầu tệp',
        'issuer:',
        '  name: A',
        '  fullName: B',
        '',
        'place: Hải Phòng',
        'date: "2026-05"',
        '',
        '# chú thích của mục văn bản',
        'documentType: THÔNG BÁO',
        '',
        'recipients:',
        '  - A',
        '',
        '  # nơi nhận thứ hai',
        '  - B',
        'archive: VT',
        '',
      ].join('\n'),
    );
  });

  it('writes text in quotes where a comment line below would become part of a block text', () => {
    const long = 'Văn bản dài '.repeat(12).trim();
    const source = `hours:\n  text: ${long}\n      # ghi chú thụt sâu\nplace: x\n`;
    const out = formatNotice(source);
    expect(out).toBe(`hours:\n  text: ${long}\n      # ghi chú thụt sâu\n\nplace: x\n`);
  });

  it('writes LF line ends and no byte-order mark', () => {
    expect(formatNotice('\uFEFF# c\r\nplace: Hải Phòng\r\n')).toBe('# c\nplace: Hải Phòng\n');
  });

  it('refuses a file that is not valid YAML', () => {
    expect(() => formatNotice('place: "Hải Phòng\n')).toThrow(YamlSyntaxError);
  });
});

describe('canonical scalars', () => {
  /** The line written for `value` under `key` in a new file. */
  const lineFor = (key: string, value: unknown) => newYaml({ [key]: value }).trimEnd();

  it('double-quotes phone numbers, dates, and text YAML would read as something else', () => {
    const cases: [string, unknown, string][] = [
      ['phone', '1022', 'phone: "1022"'],
      ['phone', '0934.336.639', 'phone: "0934.336.639"'],
      ['date', '2026-05', 'date: "2026-05"'],
      ['a', '2026-05-15', 'a: "2026-05-15"'],
      ['a', 'true', 'a: "true"'],
      ['a', 'yes', 'a: "yes"'],
      ['a', 'Off', 'a: "Off"'],
      ['a', 'null', 'a: "null"'],
      ['a', '~', 'a: "~"'],
      ['a', '12', 'a: "12"'],
      ['a', '08:00', 'a: "08:00"'],
      ['a', '1e3', 'a: "1e3"'],
      ['a', '0o17', 'a: "0o17"'],
      ['a', 'Địa chỉ: số 1', 'a: "Địa chỉ: số 1"'],
      ['a', 'Phòng #2', 'a: "Phòng #2"'],
      ['a', '"Công sở" thân thiện', 'a: "\\"Công sở\\" thân thiện"'],
      ['a', '- mục', 'a: "- mục"'],
      ['a', '[mục]', 'a: "[mục]"'],
      ['a', '@tên', 'a: "@tên"'],
      ['a', ' thừa dấu cách', 'a: " thừa dấu cách"'],
      ['a', 'thừa dấu cách ', 'a: "thừa dấu cách "'],
      ['a', 'cột\tcột', 'a: "cột\\tcột"'],
      ['a', 'Hải Phòng', 'a: Hải Phòng'],
      ['a', 'Số 15, “Công sở thân thiện”: tốt', 'a: "Số 15, “Công sở thân thiện”: tốt"'],
      ['a', 'a#b và 1:2', 'a: a#b và 1:2'],
      ['a', 'https://www.facebook.com/haiphongdofa?locale=vi_VN', 'a: https://www.facebook.com/haiphongdofa?locale=vi_VN'],
      ['a', 12, 'a: 12'],
      ['a', 20.8651, 'a: 20.8651'],
      ['a', true, 'a: true'],
    ];
    for (const [key, value, line] of cases) {
      expect(lineFor(key, value), String(value)).toBe(line);
      expect(parse(line)[key]).toBe(value);
    }
  });

  it('writes text with line breaks as a literal block', () => {
    expect(lineFor('post', 'Chuyên viên\ndòng thứ hai')).toBe('post: |-\n  Chuyên viên\n  dòng thứ hai');
  });

  const url = `https://www.facebook.com/profile.php?id=${'1'.repeat(70)}&locale=vi_VN`;
  const texts = [
    'Thực hiện Quyết định số 1413/QĐ-UBND ngày 10/4/2026 của Ủy ban nhân dân thành phố ban hành Bộ tiêu chí “Công sở thân thiện” tại các sở, ban, ngành trên địa bàn thành phố Hải Phòng.',
    'Nội dung có dấu hai chấm: như sau: và dấu thăng # ở giữa câu, #đầu từ, và “ngoặc kép” cùng "nháy kép" \'nháy đơn\' \\ gạch chéo ngược, nhiều lần: a: b # c: d # e.',
    `Xem trang ${url} để biết thêm chi tiết về đường dây nóng của Sở Ngoại vụ thành phố Hải Phòng.`,
    `${url} ở đầu câu, rồi thêm chữ cho dài quá một dòng của tệp thông báo mẫu.`,
    'Hai  dấu cách  liền nhau   ba dấu cách, rồi chữ tiếp cho đủ dài để phải gấp dòng khi viết ra tệp YAML.',
    '- Bắt đầu bằng gạch đầu dòng, > dấu lớn hơn, | dấu sổ, và các ký tự & * ! % @ ` ở đầu từ cho đủ dài để gấp.',
    'Chữ tiếng Việt dạng tổ hợp (NFD): Thành phố Hải Phòng, Ủy ban nhân dân, đường dây nóng, tiếp nhận phản ánh, kiến nghị.'.normalize('NFD'),
    `${'Rất-dài-không-có-dấu-cách-'.repeat(6)}kết thúc bằng vài từ để có chỗ gấp.`,
  ];

  it('folds long text with >- at spaces only, and folding never changes the text', () => {
    for (const text of texts) {
      for (const data of [{ text }, { a: { b: [{ text }] } }, { items: [text] }]) {
        const out = newYaml(data);
        expect(read(out), text).toEqual(data);
        expect(out, text).toMatch(/>-\n/);
        expect(formatYaml(out)).toBe(out);
        for (const line of out.split('\n')) {
          // Longer than the width only when it is one word that cannot be folded.
          if (width(line) > LINE_WIDTH) expect(line.trim(), text).not.toMatch(/ /);
        }
      }
    }
    const out = newYaml({ text: texts[2] });
    expect(out).toContain(url);
  });

  it('never breaks a long address that has no space', () => {
    expect(lineFor('url', url)).toBe(`url: ${url}`);
  });

  it('reads back every string of the seed, the fixtures and odd generated text exactly', () => {
    const strings: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    for (const file of [SEED_YAML, ...FIXTURE_NOTICE_FILES]) collect(read(readFileSync(file, 'utf8')));
    // Deterministic "random" text from awkward pieces, many lengths.
    const pieces = ['Hải', 'Phòng', 'đường', 'dây', 'nóng:', ': ', ' #', '#', '“', '”', '"', "'", '\\', '-', '>', '|', '{', '}', '[', ']', ',', 'https://a.vn/x?y=1#z', '  ', 'yes', '12', '0934.336.639', '%', '@', '`', '!', '&', '*', '?', 'ủy', 'ban'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 150; n++) {
      let s = '';
      const len = next() % 60;
      for (let k = 0; k < len; k++) s += pieces[next() % pieces.length] + (next() % 3 ? ' ' : '');
      strings.push(s, s.trim());
    }
    // Each string once: the fixtures repeat many of the seed's (623 strings, 305 different).
    for (const s of new Set(strings.filter((x) => x !== ''))) {
      for (const data of [{ text: s }, { phone: s }, { a: [{ b: s }] }, { list: [s] }]) {
        const out = newYaml(data);
        expect(read(out), JSON.stringify(s)).toEqual(data);
        expect(formatYaml(out), JSON.stringify(s)).toBe(out);
      }
    }
  });
});

describe('newNoticeYaml', () => {
  it('writes a valid notice in the canonical style, starting with the schema line', () => {
    const out = newNoticeYaml(seedWith(() => {}));
    expect(out.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/notice.schema.json');
    expect(out).toContain('\n\nissuer:\n  parent: UBND THÀNH PHỐ HẢI PHÒNG\n');
    expect(out).toContain('\n\nplace: Hải Phòng\ndate: "2026-05"\n\ndocumentType: THÔNG BÁO\nsubject: >-\n');
    expect(out).toContain('\n\nrecipients:\n  - UBND thành phố (để b/c)\n');
    expect(out).toContain('  - Các phòng thuộc Sở\narchive: VT\n\nsigner:\n');
    // The draft's empty sequence is not data: a new file does not write it.
    expect(read(out)).toEqual(seedWith((n) => delete n.number.sequence));
    expect(validateSource(SEED_YAML, Buffer.from(out)).ok).toBe(true);
    expect(formatNotice(out)).toBe(out);
  });

  it('writes keys in the schema order whatever order the data has', () => {
    const data = seedWith(() => {});
    const reversed = Object.fromEntries(Object.entries(data).reverse());
    reversed.signer = { name: data.signer.name, post: data.signer.post };
    expect(newNoticeYaml(reversed)).toBe(newNoticeYaml(data));
  });

  it('names another schema path, or none', () => {
    expect(newNoticeYaml({ place: 'Hải Phòng' }, { schemaComment: 'yaml-language-server: $schema=../../../schema/notice.schema.json' })).toBe(
      '# yaml-language-server: $schema=../../../schema/notice.schema.json\n\nplace: Hải Phòng\n',
    );
    expect(newNoticeYaml({ place: 'Hải Phòng' }, { schemaComment: false })).toBe('place: Hải Phòng\n');
  });
});

describe('npm run format', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'format-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function run(...args: string[]): { code: number; out: string } {
    try {
      const out = execFileSync(path.join(ROOT, 'node_modules/.bin/node'), ['scripts/format.ts', ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
      return { code: 0, out };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { code: err.status, out: err.stdout + err.stderr };
    }
  }

  it('--check lists a file not in the canonical style, tells staff to run npm run format, exits 1 and writes nothing', () => {
    const file = path.join(dir, 'duong-day-nong-2026-05.yaml');
    writeFileSync(file, handWrapped);
    const r = run('--check', dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('duong-day-nong-2026-05.yaml: chưa đúng định dạng chuẩn');
    expect(r.out).toContain('Hãy chạy: npm run format');
    expect(readFileSync(file, 'utf8')).toBe(handWrapped);
  });

  it('rewrites the file, after which --check passes (exit 0)', () => {
    const file = path.join(dir, 'duong-day-nong-2026-05.yaml');
    const r = run(dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã định dạng lại');
    expect(readFileSync(file, 'utf8')).toBe(formatNotice(handWrapped));
    expect(run('--check', file)).toEqual({ code: 0, out: expect.stringContaining('đúng định dạng chuẩn') });
  });

  it('reports a file that is not valid YAML and leaves it as it is', () => {
    const bad = path.join(dir, 'loi-cu-phap.yaml');
    const text = readFileSync(path.join(FIXTURES, 'invalid/cu-phap-thieu-dau-nhay.yaml'), 'utf8');
    writeFileSync(bad, text);
    for (const args of [[bad], ['--check', bad]]) {
      const r = run(...args);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/loi-cu-phap\.yaml:\d+:\d+ \(dòng \d+, cột \d+\): tệp có lỗi cú pháp YAML/);
      expect(readFileSync(bad, 'utf8')).toBe(text);
    }
  });

  it('refuses an unknown option (exit 2)', () => {
    expect(run('--fix').code).toBe(2);
  });
});
