/**
 * The validation stage of `npm run build`, alone: exactly step 1 of scripts/build.ts
 * (validate every notice, hand the result to the content loader), so its cost can be
 * measured apart from Astro. Usage: node bench/stages/validate.ts <notices-dir> <hand-off.json>
 */
import { noticeFiles, formatProblems } from '../../src/lib/validate.ts';
import { validateWithHashes, writeHandOff } from '../../src/lib/validated-notices.ts';

const [dir, handOff] = process.argv.slice(2);
if (!dir || !handOff) throw new Error('usage: validate.ts <notices-dir> <hand-off.json>');
const { notices, problems } = validateWithHashes(noticeFiles(dir));
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
writeHandOff(handOff, notices);
console.log(`${notices.length} valid`);
