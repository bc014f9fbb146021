/**
 * The hand-off from `npm run build`'s validation to the content loader: it may save the
 * loader a second validation, but it must never let a file that changed (or appeared)
 * after validation reach the site unvalidated.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticeFiles } from '../../src/lib/validate.ts';
import { readHandOff, validatedNotices, validateWithHashes, writeHandOff } from '../../src/lib/validated-notices.ts';
import { SEED_SLUG, SEED_YAML } from '../support/paths.ts';

function folderWithSeed() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'handoff-'));
  cpSync(SEED_YAML, path.join(dir, `${SEED_SLUG}.yaml`));
  const handOff = path.join(dir, 'validated.json');
  const { notices, problems } = validateWithHashes(noticeFiles(dir));
  expect(problems).toEqual([]);
  writeHandOff(handOff, notices);
  return { dir, handOff, file: path.join(dir, `${SEED_SLUG}.yaml`) };
}

describe('the validation hand-off', () => {
  it('gives back the validated notices when the files are unchanged', () => {
    const { dir, handOff } = folderWithSeed();
    const notices = readHandOff(handOff, noticeFiles(dir));
    expect(notices?.map((n) => n.slug)).toEqual([SEED_SLUG]);
    expect(notices?.[0]?.data.hotlines.contacts[0]?.phone).toBe('0934.336.639');
  });

  it('is refused when a file changed after validation, and the change is then validated', () => {
    const { dir, handOff, file } = folderWithSeed();
    writeFileSync(file, readFileSync(file, 'utf8').replace('"0934.336.639"', '"0934.336"'));
    expect(readHandOff(handOff, noticeFiles(dir))).toBeNull();
    expect(validatedNotices(dir, handOff).problems.map((p) => p.message).join('\n')).toMatch(/Số điện thoại không hợp lệ/);
  });

  it('is refused when a notice was added after validation', () => {
    const { dir, handOff } = folderWithSeed();
    cpSync(SEED_YAML, path.join(dir, 'them-moi-2026-06.yaml'));
    expect(readHandOff(handOff, noticeFiles(dir))).toBeNull();
    expect(validatedNotices(dir, handOff).notices.map((n) => n.slug)).toEqual([SEED_SLUG, 'them-moi-2026-06']);
  });

  it('is ignored when missing or unreadable: the notices are validated instead', () => {
    const { dir } = folderWithSeed();
    writeFileSync(path.join(dir, 'broken.json'), '{');
    expect(readHandOff(path.join(dir, 'broken.json'), noticeFiles(dir))).toBeNull();
    expect(validatedNotices(dir, undefined).notices.map((n) => n.slug)).toEqual([SEED_SLUG]);
    expect(validatedNotices(dir, path.join(dir, 'missing.json')).notices.map((n) => n.slug)).toEqual([SEED_SLUG]);
  });
});
