/**
 * `npm run build`: the only way the site is built, locally and in CI.
 *
 * 1. Validate every notice first: any problem stops here, before anything is written.
 * 2. Build with Astro into a fresh sibling folder, never into the live one.
 * 3. Post-build steps (search index) run on that folder; any failure stops the build.
 * 4. Only then swap it into place, so a failed build leaves the previous site as it was
 *    and a host never sees a half-written one.
 *
 * Environment: NOTICES_DIR (default content/notices), OUT_DIR (default dist).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { NOTICES_DIR, noticeFiles, formatProblems } from '../src/lib/validate.ts';
import { validateWithHashes, writeHandOff, VALIDATED_ENV } from '../src/lib/validated-notices.ts';

const notices = process.env.NOTICES_DIR ?? NOTICES_DIR;
const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;
/** What step 1 validated, handed to the content loader so it need not validate again. */
const handOff = `${outDir}.validated.json`;

function fail(message: string): never {
  console.error(`\n✗ Không xây dựng được trang web. ${message}`);
  rmSync(staging, { recursive: true, force: true });
  rmSync(handOff, { force: true });
  process.exit(1);
}

function run(cmd: string, args: string[], what: string) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NOTICES_DIR: notices, [VALIDATED_ENV]: handOff } });
  if (r.status !== 0) fail(`${what} thất bại (mã ${r.status ?? r.signal}). Trang web cũ vẫn giữ nguyên.`);
}

const { notices: valid, problems } = validateWithHashes(noticeFiles(notices));
if (problems.length) {
  console.error(formatProblems(problems));
  fail('Hãy sửa các lỗi trên rồi chạy lại. Trang web cũ vẫn giữ nguyên.');
}
if (valid.length === 0) fail(`Không có thông báo nào trong ${notices}.`);

rmSync(staging, { recursive: true, force: true });
writeHandOff(handOff, valid);
const bin = (name: string) => path.resolve('node_modules/.bin', name);
run(bin('astro'), ['build', '--outDir', staging], 'Astro');
rmSync(handOff, { force: true });
for (const step of postBuildSteps(staging)) run(step.cmd, step.args, step.what);

rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`✓ Đã xây dựng ${valid.length} thông báo vào ${path.relative(process.cwd(), outDir) || outDir}/`);

/** Steps that run on the staged site before it goes live. */
function postBuildSteps(_site: string): { cmd: string; args: string[]; what: string }[] {
  return [];
}
