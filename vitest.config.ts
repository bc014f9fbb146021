import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the site once (the real `npm run build`) before any test reads dist/.
    globalSetup: ['tests/support/build-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser tests each start Chromium; two cores, so keep parallelism modest.
    maxWorkers: 2,
    // The JSON report is what .ci/run turns into the "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: '.test-results/results.json' }]],
  },
});
