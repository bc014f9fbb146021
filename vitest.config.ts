import { defineConfig } from 'vitest/config';

/**
 * Two projects, both run by `npm test`:
 *  - unit: tests/unit/ and the kinds' own tests (src/kinds/), no browser and no built site; runs alone in seconds (`npm run test:unit`);
 *  - site: everything else; its global setup first builds the test sites with the real
 *    `npm run build` (tests/support/build-site.ts), then reads them in Chromium.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser tests each start Chromium; two cores, so keep parallelism modest.
    maxWorkers: 2,
    // The JSON report is what .ci/run turns into the "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: '.test-results/results.json' }]],
    projects: [
      // A kind's tests live in its folder (src/kinds/<kind>/), beside what they test.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/kinds/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/unit/**'],
          globalSetup: ['tests/support/build-site.ts'],
        },
      },
    ],
  },
});
