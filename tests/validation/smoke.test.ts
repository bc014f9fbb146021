/**
 * `npm run smoke`, the browser check of a pull request that changes only notices: it
 * passes on the built site, and fails, naming the notice and what is wrong, when a
 * notice's page is missing from what was built.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT, SEARCH_DIST, SEED_YAML } from '../support/paths.ts';

function smoke(args: string[], env: Record<string, string>): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync('npm', ['run', '-s', 'smoke', '--', ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, ...env } }) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

describe('npm run smoke', () => {
  it('passes on the published site, for the notices a pull request changed', () => {
    const r = smoke([path.relative(ROOT, SEED_YAML), 'README.md'], { OUT_DIR: DIST });
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('Đã xem thử 1 thông báo trong trình duyệt');
  });

  it('fails, naming the notice, when its page was not built', () => {
    const r = smoke([], { OUT_DIR: SEARCH_DIST, CONTENT_DIR: path.join(ROOT, '.test-results/fixture-content') });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/✗ .*data-escape-thu-nghiem-2026-03\.yaml\n  - trang trả về mã 404/);
    expect(r.out).toContain('Trang của 2 thông báo có vấn đề');
  });
});
