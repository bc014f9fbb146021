/**
 * The staff form's bundle is reused only while every file it was made from is unchanged:
 * a stale form (old fields, an old preview) would be worse than a slower build.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedBundle, saveBundle } from '../../src/integrations/admin.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setup() {
  dir = mkdtempSync(path.join(tmpdir(), 'admin-cache-'));
  const input = path.join(dir, 'main.ts');
  writeFileSync(input, 'export const fields = 1;');
  const cache = path.join(dir, 'cache');
  saveBundle([input], new Map([['cms.js', new TextEncoder().encode('console.log(1)')]]), cache);
  return { input, cache };
}

describe('the staff form bundle cache', () => {
  it('gives back the same files while the inputs are unchanged', () => {
    const { cache } = setup();
    const files = cachedBundle(cache);
    expect(files && new TextDecoder().decode(files.get('cms.js'))).toBe('console.log(1)');
  });

  it('is not used once an input changed', () => {
    const { input, cache } = setup();
    writeFileSync(input, 'export const fields = 2;');
    expect(cachedBundle(cache)).toBeNull();
  });

  it('is not used once an input is gone, or when it is not there at all', () => {
    const { input, cache } = setup();
    rmSync(input);
    expect(cachedBundle(cache)).toBeNull();
    expect(cachedBundle(path.join(dir, 'none'))).toBeNull();
  });
});
