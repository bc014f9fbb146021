/**
 * Whatever the file holds, the validator answers with problems: it never throws, never
 * hangs, never changes a prototype, and never accepts a file it could not fully read.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { noticeFiles, validateAll, validateSource, validateFile } from '../../../src/pipeline/validate.ts';
import { INVALID, invalidFixtures } from './helpers.ts';
import { SEED_YAML } from '../../support/paths.ts';

const seed = readFileSync(SEED_YAML, 'utf8');
const bytes = (s: string) => new TextEncoder().encode(s);

afterEach(() => {
  // Nothing a notice says may reach Object.prototype.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

describe('dangerous keys', () => {
  it('refuses __proto__ and constructor as unknown keys and pollutes nothing', () => {
    const r = validateSource('x.yaml', bytes(`${seed}\n__proto__:\n  polluted: "có"\nconstructor:\n  prototype:\n    polluted: "có"\n`));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path.join('.'))).toEqual(['__proto__', 'constructor']);
  });

  it('refuses __proto__ nested inside a contact too', () => {
    const src = seed.replace('      phone: "0934.336.639"\n', '      phone: "0934.336.639"\n      __proto__: { polluted: "có" }\n');
    const r = validateSource('x.yaml', bytes(src));
    expect(r.ok ? [] : r.problems.map((p) => p.path.join('.'))).toEqual(['hotlines.contacts.0.__proto__']);
  });

  it('does not take a YAML merge key (<<) as a way to inject fields', () => {
    const r = validateSource('x.yaml', bytes(`${seed}\n<<: { polluted: "có" }\n`));
    expect(r.ok ? [] : r.problems.map((p) => p.path.join('.'))).toEqual(['<<']);
  });
});

describe('bombs and garbage finish with a refusal', () => {
  it('refuses a billion-laughs alias bomb (this test finishing is the point)', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 12; i++) levels.push(`l${i}: &a${i} [${Array(9).fill(i === 1 ? '*a' : `*a${i - 1}`).join(',')}]`);
    const r = validateSource('x.yaml', bytes(levels.join('\n')));
    expect(r.ok ? [] : r.problems[0].message).toMatch(/bí danh YAML/);
  });

  it('refuses a single alias too: notices never need them', () => {
    const src = seed.replace('archive: VT', 'archive: &vt VT\nplace2: *vt');
    const r = validateSource('x.yaml', bytes(src));
    expect(r.ok ? '' : r.problems.map((p) => p.message).join('\n')).toMatch(/bí danh YAML \("\*vt"\)/);
  });

  it('refuses 100 000 levels of nesting without overflowing the stack', () => {
    const r = validateSource('x.yaml', bytes(`subject: ${'['.repeat(100_000)}`));
    expect(r.ok).toBe(false);
  });

  it('never throws on arbitrary bytes, and never accepts them', () => {
    let seedValue = 42;
    const random = () => ((seedValue = (seedValue * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ['\t', ' ', '\n', ':', '-', '"', "'", '[', ']', '{', '}', '&', '*', '!', '#', '|', '>', '%', '@', 'a', 'đ', '\u0300', '\r', '?', ','];
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 5 + Math.floor(random() * 200) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const r = validateSource('x.yaml', bytes(text));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
    }
    const raw = Uint8Array.from({ length: 4096 }, () => Math.floor(random() * 256));
    expect(validateSource('x.yaml', raw).ok).toBe(false);
  });

  it('mutating each line of the seed never crashes the validator', () => {
    const lines = seed.split('\n');
    for (let i = 0; i < lines.length; i++) {
      for (const mutate of [(l: string) => ` ${l}`, (l: string) => `${l}: x`]) {
        const copy = [...lines];
        copy[i] = mutate(copy[i]);
        expect(() => validateSource('x.yaml', bytes(copy.join('\n')))).not.toThrow();
      }
    }
  });

  it('answers every file of the invalid corpus with at least one located problem', () => {
    for (const f of invalidFixtures()) {
      // As the site validates them: it offers English (a translation into Japanese is refused).
      const r = validateFile(path.join(INVALID, f), { languages: ['en'] });
      expect(r.ok, f).toBe(false);
    }
  });

  it('refuses two files that would publish at the same address', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'slug-'));
    try {
      writeFileSync(path.join(dir, 'thong-bao.yaml'), seed);
      writeFileSync(path.join(dir, 'thong-bao.yml'), seed);
      const { notices, problems } = validateAll(noticeFiles(dir));
      expect(notices.length).toBe(2);
      expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('trùng tên trang')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a missing file instead of throwing', () => {
    const r = validateFile('content/notices/khong-co-tep-nay.yaml');
    expect(r.ok ? '' : r.problems[0].message).toMatch(/không có tệp này/);
  });
});
