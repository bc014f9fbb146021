/**
 * Reads the floor's pages from FLOOR_TEXT_DIR: one `.txt` file per page, one paragraph per
 * line; its path there is the page's path (`gia-lap-00001.txt` → /gia-lap-00001/). A page
 * under `en/` is in English; a file named `*.noindex.txt` is a page the search index leaves
 * out (as the real site leaves out its print previews).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface FloorPage {
  /** The page's path without slashes at either end: "gia-lap-00001", "en/gia-lap-00001", "gia-lap-00001/in". */
  path: string;
  lang: 'vi' | 'en';
  indexed: boolean;
  paragraphs: string[];
}

let cache: FloorPage[] | undefined;

export function pages(): FloorPage[] {
  const dir = process.env.FLOOR_TEXT_DIR;
  if (!dir) throw new Error('FLOOR_TEXT_DIR is not set: the floor is built by `npm run bench`.');
  cache ??= readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const indexed = !f.endsWith('.noindex.txt');
      const page = f.slice(0, indexed ? -'.txt'.length : -'.noindex.txt'.length).split(path.sep).join('/');
      return { path: page, lang: page.startsWith('en/') ? 'en' : 'vi', indexed, paragraphs: readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean) };
    });
  return cache;
}
