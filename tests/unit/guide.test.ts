/**
 * The staff guide's pictures (docs/anh/, made by `npm run guide:screenshots` from the real
 * form): every picture the guide shows exists, is a PNG, and none lies unused.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

const guide = readFileSync(path.join(ROOT, 'docs/huong-dan-bien-tap.md'), 'utf8');
const shown = [...guide.matchAll(/!\[([^\]]+)\]\((anh\/[^)]+)\)/g)].map((m) => ({ alt: m[1]!, file: m[2]! }));

describe('the staff guide\'s pictures', () => {
  it('show the form step by step, each with a description', () => {
    expect(shown.length).toBeGreaterThanOrEqual(7);
    for (const s of shown) expect(s.alt.length, s.file).toBeGreaterThan(10);
  });
  it('are PNG files that exist, and every file is shown', () => {
    for (const s of shown) expect([...readFileSync(path.join(ROOT, 'docs', s.file)).subarray(0, 4)], s.file).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(readdirSync(path.join(ROOT, 'docs/anh')).map((f) => `anh/${f}`).sort()).toEqual(shown.map((s) => s.file).sort());
  });
});
