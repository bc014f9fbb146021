/**
 * Builds the floor as `astro build --outDir <dir>` would, through Astro's JavaScript API
 * like scripts/build.ts, so that the floor's phases are recorded the same way as ours
 * (scripts/lib/build-phases.ts, written to BUILD_PHASES). Run from bench/floor/ by
 * `npm run bench`: `node build.ts <outDir>`.
 */
import module from 'node:module';
import { phaseRecorder } from '../../scripts/lib/build-phases.ts';

// As the `astro` command does, and as scripts/build.ts does: Node's code cache for every
// module loaded after this line (Astro's runtime is most of them).
module.enableCompileCache?.();
const phases = phaseRecorder();
phases.mark('start Node, load the build script');
const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node build.ts <outDir>');
const { build } = await import('astro');
await build({ root: import.meta.dirname, outDir, integrations: [phases.integration()] });
phases.mark('astro: build:done hooks (sitemap)');
phases.save();
