/**
 * Vitest global setup: builds, with the real `npm run build`,
 *  - dist/: the site as published (content/notices/), and
 *  - the fixture site: the published notices plus tests/fixtures/site/ (a second notice,
 *    and cases that exercise what one notice alone cannot), and
 *  - the search site: the published notices plus the second notice only, so a search
 *    test can say exactly which notice a query must find and which it must not,
 * once, so every test reads real built files. A failed build fails the run with the
 * build's own output.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST, FIXTURE_DIST, FIXTURE_NOTICES, ROOT, SEARCH_DIST, SECOND_SLUG } from './paths.ts';

function build(env: Record<string, string>) {
  try {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8', env: { ...process.env, ...env } });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}

/** A notices folder made of the published notices plus the fixture files `extra` keeps. */
function noticesFolder(name: string, extra: (file: string) => boolean): string {
  const notices = path.join(ROOT, '.test-results', name);
  rmSync(notices, { recursive: true, force: true });
  mkdirSync(notices, { recursive: true });
  const published = path.join(ROOT, 'content/notices');
  for (const f of readdirSync(published)) cpSync(path.join(published, f), path.join(notices, f));
  for (const f of readdirSync(FIXTURE_NOTICES).filter(extra)) cpSync(path.join(FIXTURE_NOTICES, f), path.join(notices, f));
  return notices;
}

export default function setup() {
  if (process.env.SKIP_SITE_BUILD === '1') return; // quick unit-only runs by hand
  build({ OUT_DIR: DIST });
  build({ OUT_DIR: FIXTURE_DIST, NOTICES_DIR: noticesFolder('fixture-notices', () => true) });
  build({ OUT_DIR: SEARCH_DIST, NOTICES_DIR: noticesFolder('search-notices', (f) => f === `${SECOND_SLUG}.yaml`) });
}
