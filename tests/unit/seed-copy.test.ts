/**
 * The committed copy of the seed text is the agency's text, byte for byte. Where the
 * team's shared folder is present (our machines and CI), it is compared; elsewhere
 * (a clone on GitHub) the copy stands alone and this check has nothing to compare with.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ROOT, SEED_TEXT, SHARED_SEED_TEXT } from '../support/paths.ts';

const PRINT_RULES = path.join(ROOT, 'docs/print-rules.md');
const SHARED_PRINT_RULES = path.resolve(ROOT, '../shared/print-rules.md');

describe('the seed text the tests compare against', () => {
  it('is the agency text: it names both hotlines and the signer', () => {
    const text = readFileSync(SEED_TEXT, 'utf8');
    expect(text).toContain('0934.336.639');
    expect(text).toContain('0969.661.341');
    expect(text.trimEnd().endsWith('Trần Thị Quỳnh Trang')).toBe(true);
  });

  it.runIf(existsSync(SHARED_SEED_TEXT))('equals ../shared/seed byte for byte', () => {
    expect(readFileSync(SEED_TEXT).equals(readFileSync(SHARED_SEED_TEXT))).toBe(true);
  });
});

describe('the print rules the stylesheet cites', () => {
  it('are in the repository, with the rule numbers print.css cites', () => {
    const rules = readFileSync(PRINT_RULES, 'utf8');
    const css = readFileSync(path.join(ROOT, 'src/styles/print.css'), 'utf8');
    const cited = new Set([...css.matchAll(/\bR(\d+)\b/g)].map((m) => Number(m[1])));
    expect(cited.size).toBeGreaterThan(10);
    for (const n of cited) expect(rules, `R${n}`).toMatch(new RegExp(`^${n}\\. `, 'm'));
  });

  it.runIf(existsSync(SHARED_PRINT_RULES))('equal ../shared/print-rules.md byte for byte', () => {
    expect(readFileSync(PRINT_RULES).equals(readFileSync(SHARED_PRINT_RULES))).toBe(true);
  });
});
