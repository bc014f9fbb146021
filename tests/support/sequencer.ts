/**
 * The order test files start in. The run's wall time is at least its longest file plus the
 * test sites that file waits for, so the longest files start first, the command-line files
 * (their own builds) among them, and the many short unit files fill the end. Files not
 * listed keep Vitest's order (by its cache of past durations, else by size).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The longest files, measured on this machine (README: how the suite is organised). */
const FIRST = [
  'tests/admin/github.test.ts',
  'tests/cli/build-refuses.test.ts',
  'tests/a11y/layout.test.ts',
  'tests/cli/no-chromium.test.ts',
  'tests/a11y/keyboard.test.ts',
  'tests/cli/originals-refused.test.ts',
  'tests/privacy/privacy.test.ts',
];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = FIRST.findIndex((p) => f.moduleId.endsWith(p));
      return i < 0 ? FIRST.length : i;
    };
    return sorted.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
  }
}
