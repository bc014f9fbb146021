/**
 * The committed copy of the seed text is the agency's text, byte for byte. Where the
 * team's shared folder is present (our machines and CI), it is compared; elsewhere
 * (a clone on GitHub) the copy stands alone and this check has nothing to compare with.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_TEXT, SHARED_SEED_TEXT } from '../support/paths.ts';

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
