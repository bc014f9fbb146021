/**
 * Vitest global setup: builds, with the real `npm run build`,
 *  - dist/: the site as published (content/notices/), and
 *  - the fixture site: the published notices plus tests/fixtures/site/ (a second notice,
 *    and cases that exercise what one notice alone cannot),
 * once, so every test reads real built files. A failed build fails the run with the
 * build's own output.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST, FIXTURE_DIST, FIXTURE_NOTICES, ROOT } from './paths.ts';

function build(env: Record<string, string>) {
  try {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8', env: { ...process.env, ...env } });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}

export default function setup() {
  if (process.env.SKIP_SITE_BUILD === '1') return; // quick unit-only runs by hand
  build({ OUT_DIR: DIST });

  const notices = path.join(ROOT, '.test-results/fixture-notices');
  rmSync(notices, { recursive: true, force: true });
  mkdirSync(notices, { recursive: true });
  for (const dir of [path.join(ROOT, 'content/notices'), FIXTURE_NOTICES]) {
    for (const f of readdirSync(dir)) cpSync(path.join(dir, f), path.join(notices, f));
  }
  build({ OUT_DIR: FIXTURE_DIST, NOTICES_DIR: notices });
}
