/**
 * Global setup of the site tests: builds, with the real `npm run build`,
 *  - dist/: the site as published (content/), and
 *  - the fixture site: the published notices plus tests/fixtures/site/ (a second notice,
 *    and cases that exercise what one notice alone cannot, among them a notice with a
 *    signed original and one with a scanned original, whose PDFs and trust root are made
 *    now, into the site's content folder: tests/support/signing/site-originals.ts), and
 *  - the search site: the published notices plus the second notice only, so a search
 *    test can say exactly which notice a query must find and which it must not, and
 *  - the sub-folder site: the fixture notices under BASE_PATH at another address, as the
 *    Pages workflow deploys it, and
 *  - the second-language site: tests/fixtures/ko-site/, a content folder that adds Korean
 *    with a strings file and translation blocks only,
 * once, so every test reads real built files. A failed build fails the run with the
 * build's own output. The unit project (tests/unit/) needs none of this and does not wait.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdirSync, rmSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { BASE_DIST, BASE_PATH, BASE_SITE_URL, CMS_OWNER, CMS_REPO, CONTENT, DIST, FIXTURE_DIST, FIXTURE_NOTICES, KO_CONTENT, KO_DIST, ROOT, SEARCH_DIST, SECOND_SLUG } from './paths.ts';
import { writeSiteOriginals } from './signing/site-originals.ts';

const run = promisify(execFile);

async function build(env: Record<string, string>) {
  try {
    await run('npm', ['run', '-s', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed (${JSON.stringify(env)}):\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}

/** A content folder made of the published content plus the fixture notices `extra` keeps. */
export function contentFolder(name: string, extra: (file: string) => boolean): string {
  const root = path.join(ROOT, '.test-results', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(CONTENT, root, { recursive: true });
  for (const f of readdirSync(FIXTURE_NOTICES).filter(extra)) cpSync(path.join(FIXTURE_NOTICES, f), path.join(root, 'notices', f));
  return root;
}

export default async function setup() {
  if (process.env.SKIP_SITE_BUILD === '1') return; // quick runs by hand, against the last builds
  const fixtures = contentFolder('fixture-content', () => true);
  await writeSiteOriginals(fixtures);
  // Two builds at a time: the machine has two cores, and a build is mostly one.
  // The fixture sites' staff form saves to a repository the tests mock (tests/support/github-mock.ts).
  const editor = { CMS_REPO: `${CMS_OWNER}/${CMS_REPO}` };
  await Promise.all([build({ OUT_DIR: DIST }), build({ OUT_DIR: FIXTURE_DIST, CONTENT_DIR: fixtures, ...editor })]);
  await Promise.all([
    build({ OUT_DIR: SEARCH_DIST, CONTENT_DIR: contentFolder('search-content', (f) => f === `${SECOND_SLUG}.yaml`) }),
    build({ OUT_DIR: BASE_DIST, CONTENT_DIR: fixtures, BASE_PATH, SITE_URL: BASE_SITE_URL, ...editor }),
  ]);
  await build({ OUT_DIR: KO_DIST, CONTENT_DIR: KO_CONTENT, ...editor });
}
