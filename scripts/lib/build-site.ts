/**
 * `npm run build` (through scripts/build.ts): the only way the site is built, locally and in CI.
 *
 * 1. Validate the whole content folder first (src/pipeline/content.ts: the site's identity,
 *    every notice, the checks across notices, the signed originals): any problem stops here, before Astro
 *    starts and before anything is written.
 * 2. Build with Astro, in this process, into a fresh sibling folder, never into the live
 *    one. Astro's content loader, the vCards and open data, and the search index all read
 *    step 1's result; nothing is validated twice.
 * 3. Only then swap it into place, so a failed build leaves the previous site as it was
 *    and a host never sees a half-written one.
 *
 * Environment: CONTENT_DIR (default content/), OUT_DIR (default dist); SITE_URL and
 * BASE_PATH (read by astro.config.mjs only); BUILD_PHASES, a JSON file to write the CPU and
 * wall time of each step to (scripts/lib/build-phases.ts).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { formatProblems, formatWarnings } from '../../src/pipeline/validate.ts';
import { contentRoot, reloadContent } from '../../src/pipeline/content.ts';
import { phaseRecorder } from './build-phases.ts';
import { buildCacheDir } from './cache-dir.ts';

const phases = phaseRecorder();
phases.mark('start Node, load the build script');

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

function fail(message: string): never {
  console.error(`\n✗ Không xây dựng được trang web. ${message}`);
  rmSync(staging, { recursive: true, force: true });
  process.exit(1);
}

// Each notice file that passed in the last build with the same bytes (and the same validator) is not checked again.
const content = await reloadContent(contentRoot(), { cacheDir: buildCacheDir(outDir) });
if (content.problems.length) {
  console.error(formatProblems(content.problems));
  fail('Hãy sửa các lỗi trên rồi chạy lại. Trang web cũ vẫn giữ nguyên.');
}
if (content.warnings.length) console.warn(formatWarnings(content.warnings));
if (content.validation) console.log(`Kiểm tra nội dung: ${content.validation.checked} tệp thông báo được kiểm tra, ${content.validation.reused} tệp không đổi từ lần dựng trước (dùng lại kết quả từ bộ nhớ đệm).`);
phases.mark('validate every notice');

rmSync(staging, { recursive: true, force: true });
await astroBuild();

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
phases.mark('put the new site in place');
phases.save();
console.log(`✓ Đã xây dựng ${content.notices.length} thông báo vào ${path.relative(process.cwd(), outDir) || outDir}/`);

/**
 * Astro's own build (`astro build --outDir <staging>`), run in this process through Astro's
 * JavaScript API rather than as a second Node process: the content validated above is then
 * at hand for every step, and zod, yaml and libphonenumber are loaded once. Loaded only
 * now, after validation has passed.
 */
async function astroBuild() {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  try {
    const { build } = await import('astro');
    await build({ outDir: staging, cacheDir: buildCacheDir(outDir), integrations: [phases.integration()] });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    console.error(`✗ ${message}`);
    if (process.env.DEBUG && e instanceof Error) console.error(e.stack);
    fail('Astro thất bại. Trang web cũ vẫn giữ nguyên.');
  }
}
