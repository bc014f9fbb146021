/**
 * Vitest global setup: runs `npm run build` once so every test reads the same, real
 * built site in dist/. A failed build fails the whole run with the build's own output.
 */
import { execFileSync } from 'node:child_process';

export default function setup() {
  if (process.env.SKIP_SITE_BUILD === '1') return; // for quick unit-only runs by hand
  try {
    execFileSync('npm', ['run', '-s', 'build'], { stdio: 'pipe', encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}
