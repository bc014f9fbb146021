/**
 * Astro's cache folder (`cacheDir`) for a build into `outDir`: one per output folder, since
 * builds of different sites may run at the same time (the tests do). Astro keeps the content
 * layer's data store and the incremental build's pages there, and the PDF step its printed
 * PDFs (src/outputs/pdf/cache.ts). The deploy workflow keeps node_modules/.astro/ between runs.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

export function buildCacheDir(outDir: string, root = process.cwd()): string {
  return path.resolve(root, 'node_modules/.astro', createHash('sha256').update(path.resolve(root, outDir)).digest('hex').slice(0, 12));
}
