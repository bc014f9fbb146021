/**
 * The order test files start in. The run's wall time is at least its longest file plus the
 * test sites that file waits for, and three workers share two cores: the longest files start
 * first and the many short ones fill the end, so no worker is left with a long file while
 * the others have finished. The lengths are those of a clean-clone run of this machine
 * (tests/support/durations.json, written by `node tests/support/durations.ts` from the run's
 * JSON report); a file not in it (a new one) starts after the files of 10 s or more, in
 * Vitest's own order (its cache of past durations, else file size).
 */
import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const DURATIONS: Record<string, number> = JSON.parse(readFileSync(new URL('./durations.json', import.meta.url), 'utf8')).seconds;
/** Where a file of unknown length goes: among the files of this many seconds. */
const UNKNOWN = 10;

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const length = (f: TestSpecification) => {
      const known = Object.keys(DURATIONS).find((p) => f.moduleId.endsWith(`/${p}`));
      return known === undefined ? UNKNOWN : DURATIONS[known]!;
    };
    return sorted
      .map((f, i) => ({ f, i, s: length(f) }))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .map(({ f }) => f);
  }
}
