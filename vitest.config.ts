import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/support/sequencer.ts';

/**
 * Three projects, all run by `npm test` (`--project <name>` runs one):
 *  - unit: tests/unit/ and the kinds' own tests (src/kinds/<kind>/, beside what they test), no
 *    built site (`npm run test:unit`);
 *  - cli: tests/cli/, the real `npm run build` and `npm run validate` as commands, each test
 *    building its own throwaway site; they wait for no test site;
 *  - site: everything else, on the test sites in Chromium. Each test site is built when the
 *    first test file that reads it starts, once (tests/support/build-site.ts).
 * Every project's global setup (tests/support/global-setup.ts) first checks the system tools
 * (installing them when it can). Each worker starts one Chromium, which its test files connect
 * to (tests/support/browser.ts).
 */
const globalSetup = ['tests/support/global-setup.ts'];
const setupFiles = ['tests/support/site-setup.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // expect.poll() waits for what a user would see (a field redrawn, a request answered). Its
    // default, 1 s, is shorter than one redraw of the staff form when three workers share two
    // cores; a check that never comes true still fails, later.
    expect: { poll: { timeout: 10_000 } },
    // Two cores. A third worker keeps them busy while one waits on a build, a dev server or
    // the HTML checker (which run in processes of their own).
    maxWorkers: 3,
    // The longest files first (tests/support/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    // The JSON report is what .ci/run turns into the "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: '.test-results/results.json' }]],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/kinds/**/*.test.ts'], globalSetup } },
      { extends: true, test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], globalSetup, setupFiles } },
      {
        extends: true,
        test: { name: 'site', include: ['tests/**/*.test.ts'], exclude: ['tests/unit/**', 'tests/cli/**'], globalSetup, setupFiles },
      },
    ],
  },
});
