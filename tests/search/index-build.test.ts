/**
 * The search index is part of the build: when it cannot be written or would miss a
 * notice, `scripts/search-index.ts` fails (run inside `npm run build`, it stops the build
 * before the new site goes live; run on its own, as here, it exits non-zero). The happy
 * path is the real build of the global setup; here, the failures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIST, FIXTURE_NOTICES, SEARCH_DIST, ROOT, SEED_SLUG } from '../support/paths.ts';

function index(site: string) {
  return spawnSync(process.execPath, [path.join(ROOT, 'scripts/search-index.ts'), site], { cwd: ROOT, encoding: 'utf8' });
}

describe('the search index step', () => {
  it('fails when the site folder does not exist', () => {
    const r = index(path.join(tmpdir(), 'khong-co-thu-muc-nay'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('Chỉ mục tìm kiếm');
  });

  it('fails when a notice has no built page to point to', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'site-'));
    try {
      const r = index(empty);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(`không có trang /thong-bao/${SEED_SLUG}/`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it.each([
    ['the search site', SEARCH_DIST, 2],
    ['the fixture site', FIXTURE_DIST, readdirSync(FIXTURE_NOTICES).length + readdirSync(path.join(ROOT, 'content/notices')).length],
  ])('wrote an index of every notice into %s', (_name, dir, count) => {
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.vi.page_count).toBe(count);
  });
});
