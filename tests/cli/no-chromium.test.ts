/**
 * A build on a machine without Chromium (CHROMIUM_PATH pointing nowhere) still makes the
 * site: it says in Vietnamese that it made no PDF and why, and no page links a PDF that is
 * not there. The originals are published all the same (they need no browser). With
 * PDF_REQUIRED=1, as the deploy workflow sets it, the same build fails instead.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT, FIXTURE_CONTENT, SEED_SLUG } from '../support/paths.ts';
import { SIGNED_SLUG } from '../support/signing/site-originals.ts';
import { npmRun } from '../support/npm.ts';

const work = mkdtempSync(path.join(tmpdir(), 'no-chromium-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const NOWHERE = path.join(work, 'khong-co-chromium');

async function build(env: Record<string, string>): Promise<{ code: number; out: string }> {
  const r = await npmRun(['build'], { CHROMIUM_PATH: NOWHERE, ...env });
  return { code: r.code, out: r.code === 0 ? r.stdout : `${r.stdout}${r.stderr}` };
}

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' });

describe('a build without Chromium', () => {
  const out = path.join(work, 'site');
  let result: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    // The fixture site's content: notices with and without an original.
    result = await build({ CONTENT_DIR: FIXTURE_CONTENT, OUT_DIR: out });
  }, 240_000);

  it('succeeds, and says in Vietnamese that it made no PDF, and why', () => {
    expect(result.code, result.out).toBe(0);
    expect(result.out).toContain(`KHÔNG tạo bản PDF nào: không tìm thấy Chromium ở ${NOWHERE}.`);
    expect(result.out).toContain('không trang nào có liên kết "Tải bản PDF"');
    expect(result.out).toContain('apt-get install chromium');
  });

  it('has no PDF of any page, and no page links one', () => {
    const pdfs = files(out).filter((f) => f.endsWith('.pdf'));
    // Only the originals, which are copied, not printed.
    expect(pdfs.every((f) => f.endsWith('-ban-goc.pdf'))).toBe(true);
    for (const f of files(out).filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(path.join(out, f), 'utf8');
      expect(html, f).not.toContain('Tải bản PDF');
      expect(html, f).not.toContain('<!--pdf');
      for (const m of html.matchAll(/href="\/([^"]+\.pdf)"/g)) expect(existsSync(path.join(out, m[1]!)), `${f} → ${m[1]}`).toBe(true);
    }
  });

  it('still publishes the signed original, linked from its page', () => {
    const html = readFileSync(path.join(out, 'thong-bao', SIGNED_SLUG, 'index.html'), 'utf8');
    expect(html).toContain(`href="/thong-bao/${SIGNED_SLUG}/${SIGNED_SLUG}-ban-goc.pdf"`);
    expect(html).toContain('Tải bản gốc có chữ ký số');
    expect(existsSync(path.join(out, 'thong-bao', SIGNED_SLUG, `${SIGNED_SLUG}-ban-goc.pdf`))).toBe(true);
  });

  it('leaves a notice without an original with no "Tải văn bản" block at all', () => {
    const html = readFileSync(path.join(out, 'thong-bao', SEED_SLUG, 'index.html'), 'utf8');
    expect(html).not.toContain('Tải văn bản');
  });
});

describe('a build where Chromium is there but will not start', () => {
  const out = path.join(work, 'broken');
  // A program that exits at once: the pages were written with the PDF link, which must come out again.
  const BROKEN = '/bin/false';
  let result: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    result = await build({ CONTENT_DIR: CONTENT, OUT_DIR: out, CHROMIUM_PATH: BROKEN });
  }, 240_000);

  it('succeeds, says Chromium would not start, and no page links a PDF', () => {
    expect(result.code, result.out).toBe(0);
    expect(result.out).toContain(`KHÔNG tạo bản PDF nào: không khởi động được Chromium ở ${BROKEN}`);
    const pages = files(out).filter((x) => x.endsWith('.html'));
    expect(pages).toContain(path.join('thong-bao', SEED_SLUG, 'index.html'));
    for (const f of pages) {
      const html = readFileSync(path.join(out, f), 'utf8');
      expect(html, f).not.toContain('Tải bản PDF');
      expect(html, f).not.toContain('<!--pdf');
    }
    expect(files(out).filter((f) => f.endsWith('.pdf'))).toEqual([]);
  });
});

describe('a build without Chromium where PDFs are required (PDF_REQUIRED=1, the deploy workflow)', () => {
  const out = path.join(work, 'required');
  let result: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    result = await build({ CONTENT_DIR: CONTENT, OUT_DIR: out, PDF_REQUIRED: '1' });
  }, 240_000);

  it('fails, saying why, and publishes nothing', () => {
    expect(result.code).not.toBe(0);
    expect(result.out).toContain(`Không tạo được bản PDF: không tìm thấy Chromium ở ${NOWHERE}.`);
    expect(result.out).toContain('Trang web cũ vẫn giữ nguyên');
    expect(existsSync(out)).toBe(false);
  });
});
