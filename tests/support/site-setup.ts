/**
 * Setup file of the site and command-line projects, run in the worker before each test file
 * is loaded: builds (or waits for, or reuses) the test sites the file reads, and only those.
 * Which ones: the constants of tests/support/paths.ts the file imports (DIST, FIXTURE_DIST,
 * FIXTURE_CONTENT, SEARCH_DIST, BASE_DIST, KO_DIST), directly or through a module of tests/
 * it imports (tests/data/notices.ts, for example). A file that reaches a site another way
 * calls ensureSites() from build-site.ts itself; openSite() ensures its own site.
 */
import { expect } from 'vitest';
import { ensureSites, sitesRead } from './build-site.ts';

const file = expect.getState().testPath;
if (file) await ensureSites(sitesRead(file));
