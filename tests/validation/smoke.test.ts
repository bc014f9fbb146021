/**
 * `npm run smoke`, the browser check of a pull request that changes only notices: it
 * passes on the built site, and fails, naming the notice and what is wrong, when a
 * notice's page is missing from what was built.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, FIXTURE_CONTENT, ROOT, SEARCH_DIST, SEED_YAML } from '../support/paths.ts';
import { npmRun } from '../support/npm.ts';

async function smoke(args: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  const r = await npmRun(['smoke', '--', ...args], env);
  return { code: r.code, out: r.code === 0 ? r.stdout : r.stdout + r.stderr };
}

describe('npm run smoke', () => {
  it('passes on the published site, for the notices a pull request changed', async () => {
    const r = await smoke([path.relative(ROOT, SEED_YAML), 'README.md'], { OUT_DIR: DIST });
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('Đã xem thử 1 thông báo trong trình duyệt');
  });

  it('fails, naming each notice whose page was not built, and passes the others', { timeout: 180_000 }, async () => {
    // The fixture site's notices checked against the search site's pages: the notices
    // only the fixture site has are the ones with no page there.
    const content = FIXTURE_CONTENT;
    const slugs = readdirSync(path.join(content, 'notices')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
    const missing = slugs.filter((s) => !existsSync(path.join(SEARCH_DIST, 'thong-bao', s, 'index.html')));
    expect(missing).toContain('data-escape-thu-nghiem-2026-03');
    expect(missing.length).toBeLessThan(slugs.length);

    const r = await smoke([], { OUT_DIR: SEARCH_DIST, CONTENT_DIR: content });
    expect(r.code).toBe(1);
    for (const slug of missing) {
      expect(r.out).toContain(`✗ .test-results/fixture-content/notices/${slug}.yaml\n  - trang trả về mã 404: trang của thông báo này chưa được dựng`);
    }
    for (const slug of slugs.filter((s) => !missing.includes(s))) expect(r.out).toContain(`✓ .test-results/fixture-content/notices/${slug}.yaml: trang`);
    expect(r.out).toContain(`Trang của ${missing.length} thông báo có vấn đề`);
  });
});
