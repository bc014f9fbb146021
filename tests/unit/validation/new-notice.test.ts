/**
 * `npm run new -- <slug>` creates a notice from the template: it refuses a bad name and
 * never overwrites; the new file fails validation with a message per blank until filled,
 * and a filled copy passes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { validateSource } from '../../../src/pipeline/validate.ts';
import { ROOT } from '../../support/paths.ts';

const content = mkdtempSync(path.join(tmpdir(), 'new-notice-'));
const dir = path.join(content, 'notices');
mkdirSync(dir);
afterAll(() => rmSync(content, { recursive: true, force: true }));

function run(...args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(path.join(ROOT, 'node_modules/.bin/node'), ['scripts/new-notice.ts', ...args], {
      cwd: ROOT, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, CONTENT_DIR: content },
    });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

describe('npm run new', () => {
  it('refuses a name that cannot be a page address, and suggests one', () => {
    const r = run('Đường dây nóng 2026');
    expect(r.code).toBe(1);
    expect(r.out).toContain('chỉ được có chữ thường không dấu');
    expect(r.out).toContain('Gợi ý: npm run new -- duong-day-nong-2026');
    expect(existsSync(path.join(dir, 'Đường dây nóng 2026.yaml'))).toBe(false);
  });

  it('offers each kind\'s template, and refuses a kind that does not exist, naming those that do', () => {
    const r = run('thong-bao-loai-la-2026-07', '--kind=khong-co');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Không có loại thông báo "khong-co"');
    expect(r.out).toContain('hotline (Thông báo đường dây nóng)');
    expect(existsSync(path.join(dir, 'thong-bao-loai-la-2026-07.yaml'))).toBe(false);
    const ok = run('thong-bao-duong-day-nong-2026-08', '--kind=hotline');
    expect(ok.code).toBe(0);
    expect(readFileSync(path.join(dir, 'thong-bao-duong-day-nong-2026-08.yaml'), 'utf8')).toContain('Thông báo mới, tạo từ mẫu src/kinds/hotline/template.yaml');
  });

  it('creates the file, naming the schema relative to where it is', () => {
    const r = run('thong-bao-moi-2026-07');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã tạo');
    const text = readFileSync(path.join(dir, 'thong-bao-moi-2026-07.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${path.relative(dir, path.join(ROOT, 'schema/notice.schema.json'))}`);
  });

  it('refuses to overwrite an existing file', () => {
    const file = path.join(dir, 'thong-bao-moi-2026-07.yaml');
    writeFileSync(file, '# đã có nội dung\n');
    const r = run('thong-bao-moi-2026-07');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Đã có tệp');
    expect(readFileSync(file, 'utf8')).toBe('# đã có nội dung\n');
  });

  const template = readFileSync(path.join(ROOT, 'src/kinds/hotline/template.yaml'), 'utf8');

  it('gives, for the unfilled template, one message per blank, naming each field', () => {
    const r = validateSource('thong-bao-moi.yaml', Buffer.from(template));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path.join('.'))).toEqual([
      'date', 'subject', 'opening.0.text', 'hotlines.heading', 'hotlines.contacts.0.honorific', 'hotlines.contacts.0.name',
      'hotlines.contacts.0.post', 'hotlines.contacts.0.phone', 'hours.heading', 'hours.text', 'address.heading', 'address.text',
      'closing', 'recipients.0', 'signer.name',
    ]);
    expect(r.problems.every((p) => p.line > 0 && /đang để trống/.test(p.message))).toBe(true);
  });

  it('passes once filled in (comments kept)', () => {
    const doc = parseDocument(template);
    const fill: [string[], unknown][] = [
      [['date'], '2026-07-01'],
      [['subject'], 'Lịch trực đường dây nóng tháng 7'],
      [['opening', '0', 'text'], 'Sở Ngoại vụ thông báo lịch trực đường dây nóng như sau:'],
      [['hotlines', 'heading'], 'Số điện thoại đường dây nóng'],
      [['hotlines', 'contacts', '0', 'honorific'], 'Bà'],
      [['hotlines', 'contacts', '0', 'name'], 'Nguyễn Thị Mẫu'],
      [['hotlines', 'contacts', '0', 'post'], 'Chuyên viên Văn phòng Sở'],
      [['hotlines', 'contacts', '0', 'phone'], '0225.3842.689'],
      [['hours', 'heading'], 'Thời gian tiếp nhận:'],
      [['hours', 'text'], 'Trong giờ hành chính.'],
      [['address', 'heading'], 'Địa chỉ tiếp nhận:'],
      [['address', 'text'], 'Số 15 Trần Quang Khải, Phường Hồng Bàng, Thành phố Hải Phòng.'],
      [['closing'], 'Sở Ngoại vụ trân trọng thông báo./.'],
      [['recipients', '0'], 'Các phòng thuộc Sở'],
      [['signer', 'name'], 'Trần Văn Mẫu'],
    ];
    for (const [p, v] of fill) doc.setIn(p.map((s) => (/^\d+$/.test(s) ? Number(s) : s)), v);
    const filled = doc.toString();
    expect(filled).toContain('# MẪU THÔNG BÁO MỚI');
    const r = validateSource('thong-bao-moi.yaml', Buffer.from(filled));
    expect(r.ok ? [] : r.problems).toEqual([]);

    // The signed original, commented out at the end: uncommented and given its hash, it is valid too.
    const uncommented = template.replace(/^# (original:|  file:|  sha256:)/gm, '$1').replace('sha256: ""', `sha256: "${'0a'.repeat(32)}"`);
    expect(uncommented).toMatch(/^original:\n  file: 15-TB-NV\.signed\.pdf\n  sha256: "(0a){32}"$/m);
    const withOriginal = parseDocument(uncommented);
    for (const [p, v] of fill) withOriginal.setIn(p.map((s) => (/^\d+$/.test(s) ? Number(s) : s)), v);
    const o = validateSource('thong-bao-moi.yaml', Buffer.from(withOriginal.toString()));
    expect(o.ok && o.data.original).toEqual({ file: '15-TB-NV.signed.pdf', sha256: '0a'.repeat(32) });
  });

  it('shows how to name the notices it replaces: uncommenting the example gives a valid list', () => {
    expect(template).toMatch(/^# replaces:\n#   - duong-day-nong-2026-05$/m);
    const uncommented = template.replace(/^# (replaces:\n)# (  - duong-day-nong-2026-05)$/m, '$1$2');
    expect(parseDocument(uncommented).toJS().replaces).toEqual(['duong-day-nong-2026-05']);
  });
});
