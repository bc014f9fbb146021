/**
 * Setup file of the site and command-line projects, run in the worker before each test file
 * is loaded: builds (or waits for, or reuses) the test sites the file reads, and only those.
 * Which ones: the constants of tests/support/paths.ts the file imports (DIST, FIXTURE_DIST,
 * FIXTURE_CONTENT, SEARCH_DIST, BASE_DIST, KO_DIST), directly or through a module of tests/
 * it imports (tests/data/notices.ts, for example). A file that reaches a site another way
 * calls ensureSites() from build-site.ts itself; openSite() ensures its own site.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { ensureSites, SITE_OF_PATH, type SiteName } from './build-site.ts';
import { ROOT } from './paths.ts';

const TESTS = path.join(ROOT, 'tests');
const PATHS = path.join(TESTS, 'support/paths.ts');
/** Modules that name every site without reading any. */
const NOT_READERS = new Set([PATHS, path.join(TESTS, 'support/build-site.ts'), path.join(TESTS, 'support/site-setup.ts')]);

/** The sites a module and the modules of tests/ it imports name from paths.ts. */
export function sitesRead(file: string, seen = new Set<string>()): Set<SiteName> {
  const sites = new Set<SiteName>();
  if (seen.has(file)) return sites;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g)) {
    const target = path.resolve(path.dirname(file), m[2]!);
    if (target === PATHS) {
      for (const name of m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!)) if (SITE_OF_PATH[name]) sites.add(SITE_OF_PATH[name]);
    }
  }
  for (const m of source.matchAll(/(?:import|export)\s[^;]*?from\s+'(\.[^']+\.ts)'/g)) {
    const target = path.resolve(path.dirname(file), m[1]!);
    if (target.startsWith(TESTS + path.sep) && !NOT_READERS.has(target)) for (const s of sitesRead(target, seen)) sites.add(s);
  }
  return sites;
}

const file = expect.getState().testPath;
if (file) await ensureSites(sitesRead(file));
