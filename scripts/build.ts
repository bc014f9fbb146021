/**
 * `npm run build` (scripts/lib/build-site.ts does the work). This first line turns on
 * Node's code cache before any module of the build is loaded, as the `astro` command does
 * for its own: the validator, zod, yaml and Astro's runtime are compiled once per machine,
 * not once per build.
 */
import module from 'node:module';

module.enableCompileCache?.();
await import('./lib/build-site.ts');
