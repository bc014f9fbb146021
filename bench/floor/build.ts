/**
 * Builds the floor as `astro build --outDir <dir>` would, through Astro's JavaScript API
 * like scripts/build.ts, so that the floor's phases are recorded the same way as ours
 * (scripts/lib/build-phases.ts, written to BUILD_PHASES). Run from bench/floor/ by
 * `npm run bench`: `node build.ts <outDir>`.
 */
import { phaseRecorder } from '../../scripts/lib/build-phases.ts';

const phases = phaseRecorder();
phases.mark('start Node, load the build script');
const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node build.ts <outDir>');
const { build } = await import('astro');
await build({ root: import.meta.dirname, outDir, integrations: [phases.integration()] });
phases.mark('astro: build:done hooks (ours: sitemap, vCards, open data)');
phases.save();
