/**
 * Each notice file's validation result kept between builds (src/pipeline/validation/cache.ts):
 * a file that passed is not checked again while its bytes, name, options and the validator's
 * code are the same, and what the cache gives is exactly what validating it gives; anything
 * else is checked again, and a damaged cache is ignored.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticeFiles, validateAll, ValidationCache, validatorFingerprint } from '../../../src/pipeline/validate.ts';
import { FIXTURE_NOTICES, SEED_YAML } from '../../support/paths.ts';

/** The fixture notices and the seed in a folder of their own, and an empty cache folder. */
function setUp() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'validation-cache-'));
  const notices = path.join(dir, 'notices');
  cpSync(FIXTURE_NOTICES, notices, { recursive: true, filter: (f) => !/\.pdf$/.test(f) });
  cpSync(SEED_YAML, path.join(notices, path.basename(SEED_YAML)));
  return { notices, cacheDir: path.join(dir, 'cache'), files: noticeFiles(notices) };
}

const options = { languages: ['en'] };

describe('the validation cache', () => {
  it('gives, for unchanged files, exactly what validating them gives, without checking them again', () => {
    const { files, cacheDir } = setUp();
    expect(files.length).toBeGreaterThan(5);
    const plain = validateAll(files, [], options);
    expect(plain.problems).toEqual([]);

    const first = new ValidationCache(cacheDir);
    expect(validateAll(files, [], options, first)).toStrictEqual(plain);
    expect(first).toMatchObject({ checked: files.length, reused: 0 });
    first.save();

    const second = new ValidationCache(cacheDir);
    const again = validateAll(files, [], options, second);
    expect(second).toMatchObject({ checked: 0, reused: files.length, damaged: false });
    // Same data, same positions, same prototypes (node:v8 keeps what JSON would lose).
    expect(again).toStrictEqual(plain);
  });

  it('checks again a changed file, and refuses it if it is now wrong; the others still come from the cache', () => {
    const { files, cacheDir } = setUp();
    const first = new ValidationCache(cacheDir);
    validateAll(files, [], options, first);
    first.save();

    const changed = files.find((f) => path.basename(f) === path.basename(SEED_YAML))!;
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(/^subject: /m, 'subject: Sửa đổi – '));
    const second = new ValidationCache(cacheDir);
    const r = validateAll(files, [], options, second);
    expect(second).toMatchObject({ checked: 1, reused: files.length - 1 });
    expect(r.notices.find((n) => n.file === changed)?.data.subject).toMatch(/^Sửa đổi – /);
    second.save();

    // Now broken: refused with its message, never the result it had before.
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(/^date: .*$/m, 'date: "ngày mai"'));
    const third = new ValidationCache(cacheDir);
    const broken = validateAll(files, [], options, third);
    expect(broken.notices.map((n) => n.file)).not.toContain(changed);
    expect(broken.problems.map((p) => p.file)).toContain(changed);
    third.save();
    // A refused file is not kept: checked again every time.
    const fourth = new ValidationCache(cacheDir);
    validateAll(files, [], options, fourth);
    expect(fourth).toMatchObject({ checked: 1, reused: files.length - 1 });
  });

  it('still runs the checks across files on the whole set', () => {
    const { files, cacheDir } = setUp();
    const first = new ValidationCache(cacheDir);
    validateAll(files, [], options, first);
    first.save();
    // Two files at one address: a check across files, whatever the cache holds.
    const twin = files[0]!.replace(/\.yaml$/, '.yml');
    cpSync(files[0]!, twin);
    const r = validateAll([...files, twin], [], options, new ValidationCache(cacheDir));
    expect(r.problems.map((p) => p.message).join('\n')).toMatch(/trùng tên trang/);
  });

  it('checks every file again when the options or the validator change', () => {
    const { files, cacheDir } = setUp();
    const first = new ValidationCache(cacheDir, 'code-1');
    validateAll(files, [], options, first);
    first.save();
    const otherCode = new ValidationCache(cacheDir, 'code-2');
    validateAll(files, [], options, otherCode);
    expect(otherCode).toMatchObject({ checked: files.length, reused: 0 });
    const otherLanguages = new ValidationCache(cacheDir, 'code-1');
    validateAll(files, [], { languages: ['en', 'fr'] }, otherLanguages);
    expect(otherLanguages).toMatchObject({ checked: files.length, reused: 0 });
  });

  it("names the validator's code: a change to a schema file changes the fingerprint", () => {
    const src = mkdtempSync(path.join(os.tmpdir(), 'validator-src-'));
    for (const d of ['lib', 'schema']) cpSync(path.join(import.meta.dirname, '../../../src', d), path.join(src, d), { recursive: true });
    const before = validatorFingerprint(src);
    expect(validatorFingerprint(src)).toBe(before);
    const fields = path.join(src, 'schema', 'fields.ts');
    writeFileSync(fields, `${readFileSync(fields, 'utf8')}\n// changed\n`);
    expect(validatorFingerprint(src)).not.toBe(before);
  });

  it('ignores a damaged or cut-short cache file and checks every file again', () => {
    const { files, cacheDir } = setUp();
    const first = new ValidationCache(cacheDir);
    validateAll(files, [], options, first);
    first.save();
    const [file] = readdirSync(cacheDir).map((f) => path.join(cacheDir, f));
    const bytes = readFileSync(file!);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 10]! ^= 0xff;
    writeFileSync(file!, flipped);
    const damaged = new ValidationCache(cacheDir);
    expect(validateAll(files, [], options, damaged)).toStrictEqual(validateAll(files, [], options));
    expect(damaged).toMatchObject({ damaged: true, checked: files.length, reused: 0 });

    writeFileSync(file!, bytes.subarray(0, bytes.length >> 1));
    const cut = new ValidationCache(cacheDir);
    validateAll(files, [], options, cut);
    expect(cut).toMatchObject({ damaged: true, checked: files.length, reused: 0 });
  });
});
