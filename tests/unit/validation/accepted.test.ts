/**
 * Every kind's example notices (src/kinds/<kind>/examples/) are accepted, each as a notice of
 * its own kind, so an example added to a kind's folder is checked here with no test to change.
 * Unusual but valid files are accepted and normalised: a UTF-8 byte-order mark, Windows
 * line ends (CRLF), decomposed Vietnamese (NFD) stored as precomposed (NFC, as TCVN
 * 6909:2001 requires), and markup characters kept as plain text. YAML 1.2 types agree
 * with the editor: an unquoted date stays text.
 */
import type { HotlineFile } from '../../../src/kinds/hotline/index.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, kindOf } from '../../../src/kinds/index.ts';
import { calendarWarnings, loadDaysOff, offeredLanguages } from '../../../src/pipeline/content.ts';
import { noticeFiles, validateAll, validateFile, validateSource } from '../../../src/pipeline/validate.ts';
import { CONTENT, FIXTURE_NOTICES, FIXTURE_NOTICE_FILES, KIND_EXAMPLES, SEED_YAML } from '../../support/paths.ts';

describe("each kind's example notices (src/kinds/<kind>/examples/)", () => {
  it('every kind of the registry has examples, and every examples folder is a kind of the registry', () => {
    expect(Object.keys(KIND_EXAMPLES)).toEqual(KINDS.map((k) => k.id).sort());
    for (const [kind, dir] of Object.entries(KIND_EXAMPLES)) expect(noticeFiles(dir).length, kind).toBeGreaterThan(0);
  });

  // As the fixture site's build validates them: with the languages its site.yaml offers, beside every other notice it has.
  const options = { languages: offeredLanguages(CONTENT) ?? [] };
  const everyNotice = [...noticeFiles(path.join(CONTENT, 'notices')), ...FIXTURE_NOTICE_FILES];
  describe.each(Object.entries(KIND_EXAMPLES))('%s', (kind, dir) => {
    const files = noticeFiles(dir);
    it.each(files.map((f) => [path.basename(f), f]))('%s is valid, a notice of this kind', (_name, file) => {
      const r = validateFile(file, options);
      expect(r.ok ? [] : r.problems).toEqual([]);
      if (r.ok) expect(kindOf(r.data).id).toBe(kind);
    });
    it('pass the checks across files (replacements, one address each) beside every other notice of the fixture site', () => {
      expect(validateAll(files, everyNotice, options).problems).toEqual([]);
    });
    it('reach no year without its days-off file (content/days-off/)', () => {
      const { notices } = validateAll(files, [], options);
      expect(calendarWarnings(notices, loadDaysOff(CONTENT).daysOff, CONTENT)).toEqual([]);
    });
  });
});

export const SPECIAL = path.join(FIXTURE_NOTICES, 'thu-nghiem-ky-tu-dac-biet-2026-03.yaml');
const raw = readFileSync(SPECIAL);
const text = raw.toString('utf8');

describe('the special-characters fixture really is unusual', () => {
  it('starts with a BOM, uses CRLF, and has decomposed Vietnamese', () => {
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.split('\r\n').length).toBeGreaterThan(40);
    expect(text).not.toBe(text.normalize('NFC'));
    expect(text).toContain('Nguyễn Thị Hường'.normalize('NFD'));
  });
});

describe('accepted and normalised', () => {
  const r = validateFile(SPECIAL);
  it('is accepted', () => {
    expect(r.ok ? [] : r.problems).toEqual([]);
  });
  it('stores every string as NFC, without BOM or carriage returns', () => {
    if (!r.ok) throw new Error('refused');
    const json = JSON.stringify(r.data);
    expect(json).toBe(json.normalize('NFC'));
    expect(r.data.subject).toBe('Thử nghiệm chữ tổ hợp và ký tự đặc biệt trên trang thông báo');
    expect((r.data as HotlineFile).hotlines.contacts[0]!.name).toBe('Nguyễn Thị Hường');
    expect(json).not.toMatch(/\r|\uFEFF/);
  });
  it('keeps markup characters as the text they are', () => {
    if (!r.ok) throw new Error('refused');
    expect(r.data.opening[0].text).toContain('<script>alert(1)</script>');
    expect(r.data.opening[0].text).toContain('<b>không in đậm</b>');
    expect(r.data.opening[0].text).toContain('&amp;');
  });
  it('reports positions in the file as the editor shows them, BOM and CRLF notwithstanding', () => {
    const broken = text.replace('phone: "0225.3842.689"', 'phone: 0225.3842689');
    const res = validateSource('x.yaml', Buffer.from(broken, 'utf8'));
    const line = text.replace(/^\uFEFF/, '').split('\r\n').findIndex((l) => l.includes('phone:')) + 1;
    expect(res.ok ? null : res.problems.map((p) => [p.line, p.col, p.excerpt])).toEqual([[line, 14, '      phone: 0225.3842689']]);
  });
});

describe('YAML 1.2, as the editor reads it', () => {
  it('keeps an unquoted date as text', () => {
    const seed = readFileSync(SEED_YAML, 'utf8').replace(/^date: .*$/m, 'date: 2026-05-15');
    expect(seed).toContain('\ndate: 2026-05-15\n');
    const r = validateSource('x.yaml', Buffer.from(seed));
    expect(r.ok && r.data.date).toBe('2026-05-15');
  });
  it('does not read "yes", "no" or "on" as true/false (YAML 1.1 did)', () => {
    const seed = readFileSync(SEED_YAML, 'utf8').replace('archive: VT', 'archive: no');
    const r = validateSource('x.yaml', Buffer.from(seed));
    expect(r.ok && r.data.archive).toBe('no');
  });
});
