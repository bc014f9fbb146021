/**
 * Writes tests/support/durations.json, the length of each test file that the sequencer
 * (tests/support/sequencer.ts) starts the longest first by, from a run's JSON report:
 * `node tests/support/durations.ts [.test-results/results.json]`, after a clean-clone `.ci/run`
 * (a run with the test sites already built would make the files that build them look short).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface Report {
  startTime: number;
  testResults: { name: string; startTime: number; endTime: number }[];
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const report: Report = JSON.parse(readFileSync(process.argv[2] ?? path.join(ROOT, '.test-results/results.json'), 'utf8'));
// Paths relative to the root of the run's own clone (the longest folder every file is under),
// which is not this one when the report comes from a clean clone beside it.
const runRoot = report.testResults
  .map((f) => path.dirname(f.name))
  .reduce((a, b) => {
    while (a !== b && !b.startsWith(a + path.sep)) a = path.dirname(a);
    return a;
  });
const seconds = Object.fromEntries(
  report.testResults
    .map((f) => [path.relative(runRoot, f.name), Math.round((f.endTime - f.startTime) / 100) / 10] as const)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
);
const measured = new Date(report.startTime).toISOString().slice(0, 10);
writeFileSync(path.join(ROOT, 'tests/support/durations.json'), JSON.stringify({ measured, seconds }, null, 2) + '\n');
console.log(`tests/support/durations.json: ${Object.keys(seconds).length} files, measured ${measured}`);
