/**
 * The kinds of notice (src/kinds/index.ts): a file chooses its kind with `kind:`, a file
 * without one is the default kind (every notice written before there were kinds), and a
 * kind that does not exist gets a Vietnamese message at its line naming those that do.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, DEFAULT_KIND, kindOf } from './index.ts';
import { validateSource } from '../pipeline/validate.ts';
import { formatNotice } from '../yaml-format/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED = 'content/notices/duong-day-nong-2026-05.yaml';
const seed = readFileSync(path.join(ROOT, SEED), 'utf8');
/** The seed with `kind: <value>` written after its first line (the schema comment). */
const withKind = (value: string) => seed.replace(/^(#[^\n]*\n)/, `$1kind: ${value}\n\n`);
const check = (text: string) => validateSource(SEED, new TextEncoder().encode(text));

describe('the kinds of notice', () => {
  it('a file without `kind` is the default kind, the hotline notice', () => {
    const r = check(seed);
    expect(r.ok).toBe(true);
    expect(DEFAULT_KIND.id).toBe('hotline');
    if (r.ok) expect(kindOf(r.data)).toBe(DEFAULT_KIND);
  });

  it('`kind: hotline` names the same kind, and the data is otherwise the same', () => {
    const plain = check(seed);
    const named = check(withKind('hotline'));
    expect(named.ok && plain.ok).toBe(true);
    if (!named.ok || !plain.ok) return;
    expect(kindOf(named.data).id).toBe('hotline');
    const { kind, ...rest } = named.data;
    expect(kind).toBe('hotline');
    expect(rest).toEqual(plain.data);
  });

  it('a kind that does not exist is refused at its line, with the kinds that exist, in Vietnamese', () => {
    const r = check(withKind('lich-tiep-cong-dan'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    const [p] = r.problems;
    expect(p!.line).toBe(2);
    expect(p!.path).toEqual(['kind']);
    expect(p!.message).toContain('Không có loại thông báo "lich-tiep-cong-dan"');
    for (const k of KINDS) expect(p!.message).toContain(`${k.id} (${k.title})`);
  });

  it('the canonical layout writes `kind` first, before the frame', () => {
    const formatted = formatNotice(withKind('hotline'));
    const keys = formatted.split('\n').filter((l) => /^[a-zA-Z]/.test(l)).map((l) => l.split(':')[0]);
    expect(keys.slice(0, 3)).toEqual(['kind', 'issuer', 'number']);
  });

  it('each kind has its folder, its template and an id a file can name', () => {
    for (const k of KINDS) {
      expect(k.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(existsSync(path.join(ROOT, k.template)), k.template).toBe(true);
      expect(path.dirname(k.template)).toBe(`src/kinds/${k.id}`);
    }
  });
});
