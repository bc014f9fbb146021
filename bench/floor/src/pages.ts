/** Reads the floor's pages from FLOOR_TEXT_DIR: `<slug>.txt`, one paragraph per line. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface FloorPage {
  slug: string;
  paragraphs: string[];
}

let cache: FloorPage[] | undefined;

export function pages(): FloorPage[] {
  const dir = process.env.FLOOR_TEXT_DIR;
  if (!dir) throw new Error('FLOOR_TEXT_DIR is not set: the floor is built by `npm run bench`.');
  cache ??= readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ slug: f.slice(0, -4), paragraphs: readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean) }));
  return cache;
}
