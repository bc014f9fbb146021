/**
 * `npm run validate [files…]`: checks every notice (or only the files given) with the
 * same code the build uses, prints every problem, and exits 1 if there is any.
 */
import { noticeFiles, validateAll, formatProblems } from '../src/lib/validate.ts';

const args = process.argv.slice(2);
const files = args.length ? args : noticeFiles();
const { notices, problems } = validateAll(files);
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Hợp lệ: ${notices.length} tệp thông báo.`);
