/**
 * A build with any invalid notice fails before writing anything, with the Vietnamese
 * messages, and the site built before stays exactly as it was (no staging folder left).
 * Also: `npm run validate --format=github` prints GitHub annotations.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT, FIXTURES, SEED_YAML } from '../support/paths.ts';
import { INVALID } from '../unit/validation/helpers.ts';
import { npmRun, type NpmResult } from '../support/npm.ts';

const work = mkdtempSync(path.join(tmpdir(), 'build-refuses-'));
const outDir = path.join(work, 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const npm = npmRun;

/** A content folder: the published site.yaml, and these notice files. */
function contentWith(name: string, files: [from: string, as: string][]): string {
  const root = path.join(work, name);
  mkdirSync(path.join(root, 'notices'), { recursive: true });
  copyFileSync(path.join(CONTENT, 'site.yaml'), path.join(root, 'site.yaml'));
  for (const [from, as] of files) copyFileSync(from, path.join(root, 'notices', as));
  return root;
}

/** Every file under a folder with its size and modification time. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = path.join(d, f);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = `${s.size}:${s.mtimeMs}:${readFileSync(p).subarray(0, 64).toString('hex')}`;
    }
  };
  walk(dir);
  return out;
}

describe('a build with an invalid notice', () => {
  let before: Record<string, string>;
  let result: NpmResult;
  beforeAll(async () => {
    // A real site, built as a machine without Chromium builds it: its PDFs would only cost
    // the test their printing, since the refused build stops before Astro, let alone PDFs.
    const good = await npm(['build'], { OUT_DIR: outDir, CHROMIUM_PATH: path.join(work, 'khong-co-chromium') });
    expect(good.code, good.stderr).toBe(0);
    before = snapshot(outDir);

    const content = contentWith('invalid', [
      [SEED_YAML, path.basename(SEED_YAML)],
      [path.join(INVALID, 'so-dien-thoai-khong-nhay.yaml'), 'so-dien-thoai-khong-nhay.yaml'],
    ]);
    result = await npm(['build'], { OUT_DIR: outDir, CONTENT_DIR: content });
  }, 120_000);

  it('had a real site to protect', () => {
    expect(Object.keys(before)).toContain('index.html');
  });
  it('fails with a non-zero exit and the Vietnamese message naming file, line and field', () => {
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('so-dien-thoai-khong-nhay.yaml:23:14 (dòng 23, cột 14)');
    expect(result.stderr).toContain('Trường: hotlines.contacts[0].phone (Số điện thoại của người trực thứ 1)');
    expect(result.stderr).toContain('Số điện thoại phải đặt trong dấu nháy kép');
    expect(result.stderr).toContain('Trang web cũ vẫn giữ nguyên');
  });
  it('stops before Astro runs: no stack trace, no build output', () => {
    expect(result.stderr + result.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(result.stdout).not.toMatch(/astro|building/i);
  });
  it('leaves the previous site untouched and no staging folder behind', () => {
    expect(snapshot(outDir)).toEqual(before);
    expect(existsSync(`${outDir}.staging`)).toBe(false);
    expect(existsSync(`${outDir}.previous`)).toBe(false);
  });
});

describe('a build with two files at one address (x.yaml and x.yml)', () => {
  let result: NpmResult;
  beforeAll(async () => {
    const content = contentWith('same-address', [
      [SEED_YAML, 'duong-day-nong-2026-05.yaml'],
      [SEED_YAML, 'duong-day-nong-2026-05.yml'],
    ]);
    result = await npm(['build'], { OUT_DIR: path.join(work, 'same-address-site'), CONTENT_DIR: content });
  }, 120_000);

  it('is refused at validation, naming both files and the address, before Astro runs', () => {
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/duong-day-nong-2026-05\.yml\n\s+Lỗi: Tệp này trùng tên trang với .*duong-day-nong-2026-05\.yaml \(cùng địa chỉ \/thong-bao\/duong-day-nong-2026-05\/\)/);
    expect(result.stdout).not.toMatch(/astro|building|Chỉ mục/i);
    expect(existsSync(path.join(work, 'same-address-site'))).toBe(false);
  });

  it('is refused the same way by npm run validate', async () => {
    const r = await npm(['validate', '--', path.join(work, 'same-address', 'notices')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Tệp này trùng tên trang với');
  });
});

describe('a build whose notices leave it unclear which is in force (a replacement dated before the notice it replaces)', () => {
  const set = path.join(FIXTURES, 'invalid-sets', 'ngay-truoc');
  let result: NpmResult;
  beforeAll(async () => {
    const content = contentWith('lifecycle', readdirSync(set).map((f) => [path.join(set, f), f] as [string, string]));
    result = await npm(['build'], { OUT_DIR: path.join(work, 'lifecycle-site'), CONTENT_DIR: content });
  }, 120_000);

  it('is refused at validation, at the line of the replaces entry, naming the other file, before Astro runs', () => {
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/thong-bao-thay-the\.yaml:16:5 \(dòng 16, cột 5\)\n\s+Trường: replaces\[0\]/);
    expect(result.stderr).toContain('trước ngày của thông báo mà nó thay thế (thong-bao-2026-03.yaml, ngày 10/03/2026)');
    expect(result.stdout).not.toMatch(/astro|building|Chỉ mục/i);
    expect(existsSync(path.join(work, 'lifecycle-site'))).toBe(false);
  });

  it('is refused the same way by npm run validate given that one file, which sees the notices beside it', async () => {
    const r = await npm(['validate', '--', path.join(work, 'lifecycle', 'notices', 'thong-bao-thay-the.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('trước ngày của thông báo mà nó thay thế (thong-bao-2026-03.yaml');
  });
});

describe('npm run validate --format=github', () => {
  it('prints one ::error annotation per problem, with file, line, column and field', async () => {
    const r = await npm(['validate', '--', '--format=github', 'tests/fixtures/invalid/truong-la.yaml', 'tests/fixtures/invalid/tep-rong.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatchInlineSnapshot(`
      "::error file=tests/fixtures/invalid/truong-la.yaml,line=11,col=1,title=plase (trường lạ ở cấp ngoài cùng của tệp)::Trường "plase" không có trong mẫu thông báo. Có phải ý bạn là "place" (Địa danh)? Hãy sửa tên trường cho đúng.
      ::error file=tests/fixtures/invalid/truong-la.yaml,line=27,col=7,title=hotlines.contacts[1].fone (trường lạ trong người trực thứ 2)::Trường "fone" không có trong mẫu thông báo. Có phải ý bạn là "phone" (Số điện thoại của người trực thứ 2)? Hãy sửa tên trường cho đúng.
      ::error file=tests/fixtures/invalid/tep-rong.yaml,title=Thông báo không hợp lệ::Tệp trống. Hãy điền nội dung thông báo, hoặc tạo tệp mới từ mẫu: npm run new -- <tên-tệp>. Nếu tệp này tạo nhầm, hãy xóa nó.
      Có 3 lỗi trong 2 tệp thông báo.
      "
    `);
  });
  it('exits 0 and prints no annotation for valid notices', async () => {
    const r = await npm(['validate', '--', '--format=github']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('::error');
  });
});

describe('a translation behind its original (a person added, not yet translated)', () => {
  const file = 'tests/fixtures/site/thu-nghiem-ban-dich-chua-du-2026-04.yaml';
  it('is not refused by npm run validate: exit 0, with a Vietnamese warning naming the person', async () => {
    const r = await npm(['validate', '--', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('✓ Hợp lệ: 1 tệp thông báo.');
    expect(r.stderr).toContain(`⚠ ${file}:81:7 (dòng 81, cột 7)`);
    expect(r.stderr).toContain('Cảnh báo: Chức vụ của người trực thứ 3 (Bà Phạm Thị Mới, Chuyên viên Văn phòng Sở) chưa có trong bản dịch tiếng Anh (en)');
  });
  it('is a ::warning annotation, not an ::error, in --format=github', async () => {
    const r = await npm(['validate', '--', '--format=github', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^::warning file=${file.replace(/[.]/g, '\\.')},line=81,col=7,title=Cảnh báo::Chức vụ của người trực thứ 3`, 'm'));
    expect(`${r.stdout}${r.stderr}`).not.toContain('::error');
  });
});
